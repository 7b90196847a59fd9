import type { TFunction } from 'i18next'
import type { Fen } from '../../../../domain/money'
import type { Reason } from '../../../../domain/reason'
import type { Range } from '../../../../domain/range'
import type {
  OfferPick,
  RateWrongUnder,
  UnweighedOffer,
  WeighedOffer,
} from '../../../../domain/recommend/pick-offer'
import { formatFenRange } from '../../../format/amount'
import { formatNumber, joinList, spaceMixedScripts } from '../../../reasons/names'
import type { TextContext } from './compare-text'

/** The pick in words: who (the headline), why in one sentence naming what decided, then notes. */
export interface PickText {
  headline: string
  sentence: string
  notes: string[]
}

/**
 * The words of pickOffer's answer. `nameOf` gives an offer's company; `hidden` counts the offers
 * the user hid from the comparison, which the pick, like the table, leaves out.
 */
export function pickText(
  pick: OfferPick,
  nameOf: (offerId: string) => string,
  hidden: number,
  context: TextContext,
): PickText {
  const { t, language, ruleset } = context
  const months = formatNumber(ruleset.downside.horizonMonths, language)
  const value = (range: Range<Fen>) => formatFenRange(range, language)
  const verdictOf = (offer: WeighedOffer) =>
    t('offerCompare.pick.otherVerdict', {
      company: nameOf(offer.offerId),
      verdict: t(`offerCompare.pick.verdicts.${offer.recommendation}`),
    })
  const list = (offers: readonly WeighedOffer[]) => joinList(offers.map(verdictOf), language)
  const number = new Intl.NumberFormat(language)
  // The rate, and what 1 unit is about: "100 times too large" where a hundredth is right.
  const rateValues = ({ wrong, of }: RateWrongUnder) => ({
    key: `${of}${wrong.per100 ? '100' : ''}` as const,
    values: {
      currency: wrong.currency,
      rate: number.format(wrong.rate),
      typical: number.format(wrong.typical),
    },
  })
  const unweighed = (offer: UnweighedOffer) => {
    const company = nameOf(offer.offerId)
    if (offer.why === 'rate-wrong-size') {
      const { key, values } = rateValues(offer)
      return t(`offerCompare.pick.rateWrong.${key}`, { ...values, company })
    }
    return t(`offerCompare.pick.why.${offer.why}`, {
      company,
      currency: 'currency' in offer ? offer.currency : '',
    })
  }
  const notes: string[] = []
  const worthMore = (staying: Range<Fen> | null, offer: WeighedOffer | undefined) => {
    if (staying && offer)
      notes.push(
        t('offerCompare.pick.stayingWorthMore', {
          months,
          staying: value(staying),
          value: value(offer.riskAdjusted),
          company: nameOf(offer.offerId),
        }),
      )
  }
  const weighedById = new Map(pick.weighed.map((offer) => [offer.offerId, offer]))
  let headline: string
  let sentence: string

  switch (pick.kind) {
    case 'take': {
      const company = nameOf(pick.offerId)
      headline = t(
        pick.verdict === 'negotiate' ? 'offerCompare.pick.takeNegotiate' : 'offerCompare.pick.take',
        { company },
      )
      const others = pick.weighed.filter((offer) => offer.offerId !== pick.offerId)
      if (pick.decidedBy === 'only-offer') {
        // "Only offer" where the others shown could not be weighed: the note says why.
        sentence = t(
          pick.notWeighed.length > 0
            ? `offerCompare.pick.onlyWeighed.${pick.verdict}`
            : `offerCompare.pick.onlyOffer.${pick.verdict}`,
        )
      } else if (pick.decidedBy === 'verdict' || !pick.runnerUp) {
        sentence = t(`offerCompare.pick.verdict.${pick.verdict}`, {
          count: pick.weighed.length,
          others: list(others),
        })
      } else {
        const { runnerUp } = pick
        const rest = others.filter((offer) => offer.offerId !== runnerUp.offerId)
        sentence = [
          t(`offerCompare.pick.value.${pick.verdict}`, {
            other: nameOf(runnerUp.offerId),
            value: value(weighedById.get(pick.offerId)?.riskAdjusted ?? runnerUp.riskAdjusted),
            otherValue: value(runnerUp.riskAdjusted),
            months,
          }),
          ...(rest.length > 0 ? [t('offerCompare.pick.valueOthers', { others: list(rest) })] : []),
        ].join(language === 'zh-CN' ? '' : ' ')
      }
      worthMore(pick.stayingWorthMore, weighedById.get(pick.offerId))
      break
    }
    case 'tie': {
      const tied = pick.offerIds.flatMap((id) => weighedById.get(id) ?? [])
      const rest = pick.weighed.filter((offer) => !pick.offerIds.includes(offer.offerId))
      headline = t('offerCompare.pick.tie', {
        companies: joinList(
          tied.map((offer) => nameOf(offer.offerId)),
          language,
        ),
      })
      sentence = [
        t(`offerCompare.pick.tieText.${pick.verdict}`, {
          months,
          values: joinList(
            tied.map((offer) =>
              t('offerCompare.pick.valueOf', {
                company: nameOf(offer.offerId),
                value: value(offer.riskAdjusted),
              }),
            ),
            language,
          ),
        }),
        ...(rest.length > 0 ? [t('offerCompare.pick.valueOthers', { others: list(rest) })] : []),
      ].join(language === 'zh-CN' ? '' : ' ')
      worthMore(pick.stayingWorthMore, tied[0])
      break
    }
    case 'stay': {
      headline = t('offerCompare.pick.stay')
      const only = pick.weighed.length === 1 ? pick.weighed[0] : undefined
      // Two keys, not plural forms: Chinese has one plural form, which read a single offer as
      // “你的 1 个 offer 规则都建议观望或拒绝（拒绝）”.
      sentence = only
        ? t('offerCompare.pick.stayOne', {
            verdicts: t(`offerCompare.pick.verdicts.${only.recommendation}`),
          })
        : t('offerCompare.pick.stayMany', {
            count: pick.weighed.length,
            verdicts: list(pick.weighed),
          })
      break
    }
    case 'current-rate-wrong': {
      // No pick: every figure it would weigh is set against the current pay (look 31).
      headline = t('offerCompare.pick.noneWeighed')
      const { key, values } = rateValues(pick)
      sentence = t(`offerCompare.pick.currentRateWrong.${key}`, values)
      break
    }
    case 'none-weighed':
      headline = t('offerCompare.pick.noneWeighed')
      sentence = t('offerCompare.pick.noneWeighedText', {
        list: joinList(pick.notWeighed.map(unweighed), language),
      })
      break
  }
  if ((pick.kind === 'take' || pick.kind === 'tie') && pick.taxedAbroad.length > 0)
    notes.push(
      t('offerCompare.pick.beforeTax', {
        count: pick.taxedAbroad.length,
        companies: joinList(pick.taxedAbroad.map(nameOf), language),
      }),
    )
  if (pick.kind !== 'none-weighed' && pick.notWeighed.length > 0)
    notes.push(
      t('offerCompare.pick.notWeighed', {
        list: joinList(pick.notWeighed.map(unweighed), language),
      }),
    )
  if (hidden > 0) notes.push(t('offerCompare.pick.hidden', { count: hidden }))
  const spaced = (text: string) => spaceMixedScripts(text, language)
  return { headline: spaced(headline), sentence: spaced(sentence), notes: notes.map(spaced) }
}

/** The rules a pick's reasons come from (pickOffer gives no others). */
const PICK_REASON_IDS = [
  'pick-offer',
  'downside',
  'strength-before-pay',
  'wait-for-commitment',
] as const
type PickReasonId = (typeof PICK_REASON_IDS)[number]
const isPickReason = (ruleId: string): ruleId is PickReasonId =>
  (PICK_REASON_IDS as readonly string[]).includes(ruleId)

/** A pick's reason in words: its own rule, or a rule that set offers aside or decided. */
export function pickReasonText(reason: Reason, t: TFunction, months: number): string {
  return isPickReason(reason.ruleId)
    ? t(`offerCompare.pick.reasons.${reason.ruleId}`, { months })
    : reason.ruleId
}
