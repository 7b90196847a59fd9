import type { OfferAssessment } from '../assess'
import type { Recommendation } from '../model/enums'
import type { Fen } from '../money'
import type { AnnualPay } from '../pay/annual-pay'
import { payRatesWrongSize, type RateWrongSize } from '../pay/rate-size'
import type { Range } from '../range'
import { reasonFrom, type Reason } from '../reason'
import { articleCitation, assumption } from '../ruleset/citation'
import type { Ruleset } from '../ruleset/ruleset-schema'

/**
 * Which of the offers being weighed to take. The article gives no such rule: its mover took the
 * best-paid of his four offers (L11, L14), and §6 gives each offer its verdict. Tidemark's choice,
 * marked as an assumption: the best verdict first, then the higher risk-adjusted value (§5's
 * priced downside, the one figure every readable offer has: a job taxed outside China has no
 * after-tax one), judged as the comparison's ★ is, by what it pays at least, then its top.
 *
 * Kept beside the function rather than in the ruleset's data because the ruleset's schema is not
 * this change's to edit; it carries a citation and an assumption note exactly as a ruleset rule.
 */
export const PICK_OFFER_RULE = {
  id: 'pick-offer',
  /** Risk-adjusted values this close (a share of the larger) are a tie: they rest on an assumed
   *  failure chance, so 1% is within what the estimate can tell apart. */
  tieShare: 0.01,
  citation: articleCitation(
    [14, 11],
    '最終,他拿到了 4 個 offer,最後選擇入職某造車新勢力',
    '最终，他拿到了 4 个 offer，最后选择入职某造车新势力',
    'Of his four offers the article’s mover took one: the best-paid of the roles he interviewed for (L11), at an employer keen to have him (L15).',
  ),
  assumption: assumption(
    'Which offer to take is not a rule of the article. Tidemark takes the best verdict first (accept, then negotiate; an offer to wait on or to decline is never the pick: L13, L34), then, between equal verdicts, the higher risk-adjusted value, judged like the ★ by what it pays at least, then by its top; within 1% of each other is a tie. The values are before tax: a job taxed outside mainland China has no after-tax figure to set beside the others’. An offer counted at an exchange rate of the wrong size (92 yuan for 1 HKD, a bank’s rate for 100) is not weighed, and while the current pay’s rate is of the wrong size no offer is picked: every figure set against it is off by as much. The article’s mover took the best-paid of his offers (L11): weighing in the failure chance is Tidemark’s choice.',
    '选哪个 offer 不是文章给出的规则。潮位先看建议（接受优先于谈判；建议观望或拒绝的 offer 不会被选中：L13、L34），建议相同时再看风险调整后的价值，和 ★ 一样先比至少能拿多少，再比最多能拿多少；相差在 1% 以内算持平。比较的是税前价值：不在中国内地纳税的工作没有可以并列比较的税后数字。按数量级有误的汇率折算的 offer（例如 1 港元 = 92 元，这是银行 100 港元的牌价）不参与比较；当前薪资的汇率数量级有误时不选任何 offer：以它为基准的数字都同样失真。文章里的跳槽者选了所面岗位中薪资最高的 offer（L11）：把失败的可能算进去是潮位的选择。',
  ),
} as const

/** From best to worst: an offer is picked only with one of the first two. */
const VERDICT_ORDER: readonly Recommendation[] = [
  'accept',
  'negotiate',
  'wait-and-watch',
  'decline',
]

export type PickVerdict = 'accept' | 'negotiate'

/** An offer the pick could weigh: its verdict and its risk-adjusted value. */
export interface WeighedOffer {
  offerId: string
  recommendation: Recommendation
  riskAdjusted: Range<Fen>
  /** False for a job taxed outside mainland China: it has no after-tax figure. */
  taxedInChina: boolean
}

/** A rate of the wrong size a pay's yuan figures rest on: the pay's own, else its options'. */
export interface RateWrongUnder {
  wrong: RateWrongSize
  of: 'pay' | 'options'
}

/**
 * An offer the pick could not weigh, and why: its pay unread, in a currency with no rate, or
 * counted at a rate of the wrong size (92 yuan for 1 HKD: its figures 100 times too large would
 * always win, look 31).
 */
export type UnweighedOffer =
  | { offerId: string; why: 'pay-unread' | 'pending' }
  | { offerId: string; why: 'no-exchange-rate'; currency: string }
  | ({ offerId: string; why: 'rate-wrong-size' } & RateWrongUnder)

interface PickBase {
  /** Every offer weighed, best first (verdict, then value). */
  weighed: WeighedOffer[]
  notWeighed: UnweighedOffer[]
  /** The rule of the pick, and the rules that set offers aside or decided between them. */
  reasons: Reason[]
}

export type OfferPick =
  | (PickBase & {
      kind: 'take'
      offerId: string
      verdict: PickVerdict
      /** The only offer weighed; the only one with the best verdict; or the higher value. */
      decidedBy: 'only-offer' | 'verdict' | 'value'
      /** Under 'value', the offer it was set against (the next with the same verdict). */
      runnerUp: WeighedOffer | null
      /** Staying's value over the same horizon where it is worth more than the pick. */
      stayingWorthMore: Range<Fen> | null
      /** The offers weighed by value that are taxed outside mainland China, where the others
       *  include one taxed in it: the values compared are before tax. Empty otherwise. */
      taxedAbroad: string[]
    })
  | (PickBase & {
      kind: 'tie'
      /** The offers sharing the best verdict and, within the tie share, the best value. */
      offerIds: string[]
      verdict: PickVerdict
      stayingWorthMore: Range<Fen> | null
      taxedAbroad: string[]
    })
  /** Every offer weighed is to wait on or to decline: staying is the answer. */
  | (PickBase & { kind: 'stay' })
  /** No offer could be weighed. */
  | (PickBase & { kind: 'none-weighed' })
  /**
   * The current pay is counted at a rate of the wrong size: every offer's verdict (its raise)
   * and risk-adjusted value (its months back at the current pay), and staying's value, rest on
   * it, so no pick is made.
   */
  | (PickBase & { kind: 'current-rate-wrong' } & RateWrongUnder)

const close = (a: number, b: number, share: number) =>
  Math.abs(a - b) <= share * Math.max(Math.abs(a), Math.abs(b))

/** Positive when `a` is worth more: by the low end, then the high end, each within the tie share. */
export function compareValues(a: Range<Fen>, b: Range<Fen>, share = PICK_OFFER_RULE.tieShare) {
  if (!close(a.low, b.low, share)) return a.low - b.low
  if (!close(a.high, b.high, share)) return a.high - b.high
  return 0
}

const verdictRank = (offer: WeighedOffer) => VERDICT_ORDER.indexOf(offer.recommendation)

/** The first rate of the wrong size `pay`'s yuan figures rest on, or null. */
function rateWrongUnder(
  pay: Pick<AnnualPay, 'currency' | 'rateToCny' | 'options'>,
): RateWrongUnder | null {
  const wrong = payRatesWrongSize(pay)
  if (wrong.pay) return { wrong: wrong.pay, of: 'pay' }
  if (wrong.options) return { wrong: wrong.options, of: 'options' }
  return null
}

function unweighed(offerId: string, assessment: OfferAssessment | undefined): UnweighedOffer {
  if (!assessment) return { offerId, why: 'pending' }
  if (assessment.ok) {
    const rate = rateWrongUnder(assessment.pay)
    if (rate) return { offerId, why: 'rate-wrong-size', ...rate }
  }
  if (!assessment.ok && assessment.error.code === 'no-exchange-rate')
    return { offerId, why: 'no-exchange-rate', currency: assessment.error.currency }
  return { offerId, why: 'pay-unread' }
}

/**
 * The pick among `offers` (the ones being weighed, in the order shown), against staying's value
 * over the same horizon (null without a readable current pay). Null when there is no offer.
 *
 * An offer counted at an exchange rate of the wrong size is not weighed: its yuan figures, and
 * the verdict judged by its raise, are off by as much (92 for 1 HKD, a bank's rate for 100, made
 * it the pick, 100 times too large). Where `currentPay`'s rate is of the wrong size, no pick is
 * made: every offer is set against it.
 */
export function pickOffer(
  offers: readonly { offerId: string; assessment: OfferAssessment | undefined }[],
  staying: Range<Fen> | null,
  ruleset: Ruleset,
  currentPay: Pick<AnnualPay, 'currency' | 'rateToCny' | 'options'> | null = null,
): OfferPick | null {
  if (offers.length === 0) return null
  const weighed: WeighedOffer[] = []
  const notWeighed: UnweighedOffer[] = []
  for (const { offerId, assessment } of offers) {
    if (assessment?.ok && rateWrongUnder(assessment.pay) === null)
      weighed.push({
        offerId,
        recommendation: assessment.recommendation.recommendation,
        riskAdjusted: assessment.downside.riskAdjusted,
        taxedInChina: assessment.afterTaxRecurring !== null,
      })
    else notWeighed.push(unweighed(offerId, assessment))
  }
  // Best first, by verdict then by the value's ends; stable, so equal offers keep the order shown.
  weighed.sort(
    (a, b) =>
      verdictRank(a) - verdictRank(b) ||
      b.riskAdjusted.low - a.riskAdjusted.low ||
      b.riskAdjusted.high - a.riskAdjusted.high,
  )
  const rules = ruleset.recommendation
  const count = (recommendation: Recommendation) =>
    weighed.filter((offer) => offer.recommendation === recommendation).length
  const setAside = [
    ...(count('decline') > 0
      ? [
          reasonFrom(rules.strengthBeforePay.id, rules.strengthBeforePay, 0, {
            offers: count('decline'),
          }),
        ]
      : []),
    ...(count('wait-and-watch') > 0
      ? [
          reasonFrom(rules.waitForCommitment.id, rules.waitForCommitment, 0, {
            offers: count('wait-and-watch'),
          }),
        ]
      : []),
  ]
  const pickReason = (kind: OfferPick['kind']) =>
    reasonFrom(PICK_OFFER_RULE.id, PICK_OFFER_RULE, 0, {
      kind,
      weighed: weighed.length,
      notWeighed: notWeighed.length,
    })
  const base = { weighed, notWeighed }

  const first = weighed[0]
  if (!first) return { ...base, kind: 'none-weighed', reasons: [pickReason('none-weighed')] }
  const currentRate = currentPay && rateWrongUnder(currentPay)
  if (currentRate)
    return {
      ...base,
      ...currentRate,
      kind: 'current-rate-wrong',
      reasons: [pickReason('current-rate-wrong')],
    }
  if (first.recommendation !== 'accept' && first.recommendation !== 'negotiate')
    return { ...base, kind: 'stay', reasons: [pickReason('stay'), ...setAside] }

  const verdict: PickVerdict = first.recommendation
  const sameVerdict = weighed.filter((offer) => offer.recommendation === verdict)
  // The best is the ★'s: what it pays at least, then its top (`weighed` is sorted so), or the
  // screen starred one offer and named another (a top 30% higher beat a low end 0.5% higher).
  // The tie share then only says which others are too close to call.
  const best = sameVerdict[0] ?? first
  const peers = [best, ...sameVerdict.filter((offer) => offer !== best)]
  const runnerUpOf = (others: readonly WeighedOffer[]) =>
    others.reduce<WeighedOffer | null>(
      (winner, offer) =>
        winner === null || compareValues(offer.riskAdjusted, winner.riskAdjusted) > 0
          ? offer
          : winner,
      null,
    )
  const tied = peers.filter((offer) => compareValues(offer.riskAdjusted, best.riskAdjusted) === 0)
  const byValue = peers.length > 1
  const downsideReason = reasonFrom(ruleset.downside.id, ruleset.downside, 0, {
    horizonMonths: ruleset.downside.horizonMonths,
  })
  // Between equal verdicts the downside's priced value decided: its rule follows the pick's.
  const reasons: Reason[] = [
    pickReason(tied.length > 1 ? 'tie' : 'take'),
    ...(byValue ? [downsideReason] : []),
    ...setAside,
  ]
  const stayingWorthMore = staying && compareValues(staying, best.riskAdjusted) > 0 ? staying : null
  // The values set against each other are before tax (an offer taxed abroad has no after-tax
  // figure). Where the offers weighed by value are taxed in both places, the ones taxed abroad
  // are named, so the words can say their tax could change the order (trial 23 #2).
  const abroad = peers.filter((offer) => !offer.taxedInChina)
  const taxedAbroad =
    byValue && abroad.length > 0 && abroad.length < peers.length
      ? abroad.map((offer) => offer.offerId)
      : []

  if (tied.length > 1)
    return {
      ...base,
      kind: 'tie',
      offerIds: tied.map((offer) => offer.offerId),
      verdict,
      stayingWorthMore,
      taxedAbroad,
      reasons,
    }
  return {
    ...base,
    kind: 'take',
    offerId: best.offerId,
    verdict,
    decidedBy: weighed.length === 1 ? 'only-offer' : byValue ? 'value' : 'verdict',
    runnerUp: byValue ? runnerUpOf(peers.slice(1)) : null,
    stayingWorthMore,
    taxedAbroad,
    reasons,
  }
}
