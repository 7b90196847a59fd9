import type { TFunction } from 'i18next'
import type { OfferAssessment } from '../../domain/assess'
import type { Offer } from '../../domain/model/offer'
import type { StoredOffer } from '../../data/records'
import type { Fen } from '../../domain/money'
import type { Range } from '../../domain/range'
import type { Reason } from '../../domain/reason'
import { checklistApplies } from '../../domain/risk/transition-risk'
import type { Ruleset } from '../../domain/ruleset/ruleset-schema'
import { formatChangeRange, formatFenRange, formatPoints } from '../format/amount'
import { statedBase } from '../format/stated-pay'
import type { LiveAssessment } from '../hooks/use-assessment'
import type { UiLanguage } from '../i18n/i18n'
import { formatNumber, formatShare, verdictName } from '../reasons/names'
import { placeholderCap, severanceLabel } from '../screens/offers/verdict/DownsideSection'
import { optionsNotCountedIfItFails } from '../screens/offers/verdict/downside-options'
import { riskLinesByPlace } from '../screens/offers/verdict/cited-risk-lines'
import { questionsFor } from '../screens/offers/verdict/questions-text'
import { unreadableWords } from '../screens/offers/verdict/unreadable-words'
import { optionsUncountedText } from '../screens/offers/verdict/options-uncounted'
import {
  notCountedVerdictText,
  payPartsNotCounted,
} from '../screens/offers/verdict/pay-not-counted'
import { offerReasonText } from '../reasons/offer-reason-text'
import { daysLeft, deadlineLooksMistyped, isOpen } from '../deadlines/deadline-reminders'
import { daysLeftText, formatDay, formatDeadlineDate } from '../deadlines/deadline-text'
import { convertedAtText } from '../format/rate-wrong'
import { citationText } from './citation-text'

type Assessed = Extract<OfferAssessment, { ok: true }>

/** One figure: "Yearly total, typical year: 1.14M/yr". */
export interface OfferFigure {
  label: string
  value: string
  /** What the figure holds or rests on, said after it. */
  note: string | null
}

/** One line of a list: a reason (with its source) or a question (with what it settles). */
export interface OfferListItem {
  text: string
  detail: string | null
  assumption: boolean
  /**
   * The sentence behind a reason, as the self-assessment's reasons give it: the article's words
   * (繁體; null for a law) and their rendering in the reader's language. Absent for an item that
   * is not a reason (a question to ask).
   */
  quote?: { words: string | null; rendering: string }
}

/** A numbered list, and what its points come to, said after it. */
export interface OfferList {
  /** What the list holds ("What makes up the risk:"); null without a label. */
  label: string | null
  items: OfferListItem[]
  /** Said after the list: "These come to +60 of 121 risk points…"; null for nothing. */
  after: string | null
}

/** A part of the offer, each writer lays out alike: figures, then sentences, then its lists. */
export interface OfferBlock {
  kind: 'about' | 'pay' | 'unreadable' | 'risk' | 'downside' | 'recommendation' | 'questions'
  heading: string
  figures: OfferFigure[]
  sentences: string[]
  lists: OfferList[]
}

/**
 * One offer as a document's section: the same text in the offer's own export and in the full
 * report, written by both writers (Markdown and the printed page). Text is plain.
 */
export interface OfferReport {
  offerId: string
  /** "Offer: 某造车新势力 · 大模型算法工程师". */
  heading: string
  blocks: OfferBlock[]
}

/** An offer's name: its company and role. */
export function offerName(offer: Pick<Offer, 'company' | 'role'>): string {
  return [offer.company, offer.role].filter(Boolean).join(' · ')
}

interface Words {
  t: TFunction
  language: UiLanguage
  ruleset: Ruleset
}

/**
 * What the engine says about one offer, in the order a reader weighs it: the offer's own facts
 * (its status, the answer's deadline, the city and where it is taxed: trial 23 L6, a printed
 * offer left out what the offers' table shows), then the pay as read, its
 * totals and after tax, the raise; the risk and what makes it up; what a failed move costs;
 * the recommendation and why; the questions still to ask. An offer whose pay could not be read
 * says why, in the verdict's words, and still lists its questions.
 */
export function offerReport(
  live: LiveAssessment,
  assessed: OfferAssessment,
  { t, language, now }: { t: TFunction; language: UiLanguage; now: Date },
): OfferReport {
  const words: Words = { t, language, ruleset: live.ruleset }
  const offer = live.input.offers.find((candidate) => candidate.id === assessed.offerId)
  const stored = live.sources.offers.find((candidate) => candidate.id === assessed.offerId)
  const blocks: OfferBlock[] = offer
    ? [aboutBlock(offer, stored, live.input.profile.city, words, now)]
    : []
  blocks.push(
    ...(assessed.ok
      ? [
          payBlock(assessed, offer, words, live.assessment.currentPay?.ok === false),
          riskBlock(assessed, words),
          downsideBlock(assessed, words),
          recommendationBlock(assessed, words),
        ]
      : [unreadableBlock(assessed, words)]),
  )
  if (offer) blocks.push(questionsBlock(offer, words))
  return {
    offerId: assessed.offerId,
    heading: t('report.offer.heading', { name: offer ? offerName(offer) : assessed.offerId }),
    blocks,
  }
}

/**
 * The offer's facts as the offers' table and form hold them: its status and since when, the
 * day to answer by (with the days left while it is open), the city whose figures its tax uses,
 * and whether it is taxed in mainland China. `stored` is absent for an offer being drafted.
 */
function aboutBlock(
  offer: Offer,
  stored: StoredOffer | undefined,
  profileCity: string,
  { t, language }: Words,
  now: Date,
): OfferBlock {
  const figures: OfferFigure[] = []
  if (stored) {
    figures.push({
      label: t('offerStatus.columns.status'),
      value: t(`offerStatus.statuses.${stored.status}`),
      note: stored.statusDate
        ? t('offerStatus.since', { date: formatDay(stored.statusDate, language, now) })
        : null,
    })
    if (stored.deadline !== undefined) {
      const mistyped = deadlineLooksMistyped(stored.deadline, now)
      figures.push({
        label: t('offerStatus.columns.deadline'),
        value: mistyped ? stored.deadline : formatDeadlineDate(stored.deadline, language, now),
        note: mistyped
          ? t('offerStatus.daysLeft.mistyped')
          : isOpen(stored)
            ? daysLeftText(t, daysLeft(stored.deadline, now))
            : null,
      })
    }
  }
  const city = (offer.city ?? '').trim()
  if (city || profileCity.trim())
    figures.push({
      label: t('report.offer.about.city'),
      value: city || profileCity.trim(),
      note: city ? null : t('report.offer.about.cityFromProfile'),
    })
  figures.push({
    label: t('report.offer.about.tax'),
    value: t(
      offer.taxedInChina ? 'report.offer.about.taxedInChina' : 'report.offer.about.taxedAbroad',
    ),
    note: null,
  })
  return {
    kind: 'about',
    heading: t('report.offer.about.heading'),
    figures,
    sentences: [],
    lists: [],
  }
}

/** Why the pay could not be read, as the verdict says it (the parser's own refusal first). */
export function unreadableText(
  assessed: Extract<OfferAssessment, { ok: false }>,
  t: TFunction,
): string {
  const { error } = assessed
  return t(`offerVerdict.unreadable.code.${assessed.refusal ?? error.code}`, {
    fragment: 'fragment' in error ? error.fragment : '',
    currency: 'currency' in error ? error.currency : '',
  })
}

function unreadableBlock(
  assessed: Extract<OfferAssessment, { ok: false }>,
  { t }: Words,
): OfferBlock {
  // The verdict's own words (a rate to set, when that is what is missing).
  const { key: words, values, whatLine } = unreadableWords(assessed.error)
  return {
    kind: 'unreadable',
    heading: t(`${words}.title`, values),
    figures: [],
    sentences: [
      t(`${words}.intro`, values),
      ...(whatLine ? [unreadableText(assessed, t)] : []),
      t(`${words}.fix`, values),
    ],
    lists: [],
  }
}

const same = (a: Range<Fen>, b: Range<Fen>) => a.low === b.low && a.high === b.high

/**
 * `payUncounted`: a current pay is saved but cannot be counted, so no raise is (review 20).
 * `offer`: the offer as stored, whose pay text may name a part no figure counts; said after the
 * figures in the verdict's words, so a printed total does not pass for the whole pay (review
 * 22 #4: "另有股票" was left out of the totals with nothing saying so).
 */
function payBlock(
  assessed: Assessed,
  offer: Offer | undefined,
  { t, language }: Words,
  payUncounted: boolean,
): OfferBlock {
  const { pay, raise, afterTaxRecurring, afterTaxYearOne } = assessed
  const money = (range: Range<Fen>) => formatFenRange(range, language)
  const perYear = (range: Range<Fen>) => formatFenRange(range, language, 'year')
  const figure = (label: string, value: string, note: string | null = null): OfferFigure => ({
    label,
    value,
    note,
  })
  const figures: OfferFigure[] = []

  // A pay in another currency as it was written, before the yuan figures it is converted to.
  if (offer && offer.pay.currency !== 'CNY')
    figures.push(figure(t('report.offer.pay.asWritten'), statedBase(offer.pay, language)))
  // The pay as the engine read it: the base, then what comes on top.
  if (pay.monthlyBase && pay.months !== null) {
    figures.push(
      figure(
        t('report.offer.pay.base'),
        t('report.offer.pay.monthly', {
          monthly: formatFenRange(pay.monthlyBase, language, 'month'),
          months: formatNumber(pay.months, language),
        }),
        pay.extraMonthsBonus.high > 0
          ? t('report.offer.pay.extraMonths', { amount: money(pay.extraMonthsBonus) })
          : null,
      ),
    )
  } else {
    figures.push(figure(t('report.offer.pay.base'), perYear(pay.regularWages)))
  }
  if (pay.statedBonus.high > 0)
    figures.push(figure(t('report.offer.pay.bonus'), money(pay.statedBonus)))
  if (pay.stockAveragePerYear.high > 0)
    figures.push(
      figure(
        t('report.offer.pay.stock'),
        perYear(pay.stockAveragePerYear),
        same(pay.stockYearOne, pay.stockAveragePerYear)
          ? null
          : t('report.offer.pay.stockYearOne', { amount: money(pay.stockYearOne) }),
      ),
    )
  if (pay.options)
    figures.push(
      figure(
        t('report.offer.pay.options'),
        perYear(pay.options.expectedPerYear),
        t('report.offer.pay.optionsNote'),
      ),
    )
  // Options left out of the totals (not priced yet, or priced in a currency with no rate): the
  // export says so as the verdict does, not nothing.
  if (pay.optionsUncounted)
    figures.push(
      figure(t('report.offer.pay.options'), '–', optionsUncountedText(pay.optionsUncounted, t)),
    )
  if (pay.signOn.high > 0) figures.push(figure(t('report.offer.pay.signOn'), money(pay.signOn)))
  // A rate of the wrong size (saved before the check, or imported) is named where the yuan
  // figures it makes are given: a report leaves the app, the verdict's warning stays behind.
  const converted = convertedAtText(t, language, 'report', pay)

  // What it comes to: the totals, after tax, and the raise on the current pay.
  figures.push(figure(t('offerVerdict.pay.typical'), perYear(pay.totalRecurring), converted))
  if (!same(pay.totalYearOne, pay.totalRecurring))
    figures.push(
      figure(
        t('offerVerdict.pay.yearOne'),
        perYear(pay.totalYearOne),
        t('offerVerdict.pay.yearOneHint'),
      ),
    )
  if (afterTaxRecurring && afterTaxYearOne) {
    figures.push(figure(t('offerVerdict.pay.afterTax'), perYear(afterTaxRecurring.afterTax)))
    if (!same(afterTaxYearOne.afterTax, afterTaxRecurring.afterTax))
      figures.push(figure(t('offerVerdict.pay.afterTaxYearOne'), perYear(afterTaxYearOne.afterTax)))
  } else {
    figures.push(figure(t('offerVerdict.pay.afterTax'), '–', t('offerVerdict.pay.notTaxed')))
  }
  figures.push(
    raise
      ? figure(t('offerVerdict.pay.raise'), formatChangeRange(raise, language))
      : figure(
          t('offerVerdict.pay.raise'),
          '–',
          t(payUncounted ? 'report.offer.pay.raiseUncounted' : 'offerVerdict.pay.raiseNone'),
        ),
  )
  const notCounted = offer
    ? notCountedVerdictText(payPartsNotCounted(offer.pay), t, language)
    : null
  return {
    kind: 'pay',
    heading: t('offerVerdict.pay.title'),
    figures,
    sentences: notCounted === null ? [] : [notCounted],
    lists: [],
  }
}

function reasonItems(
  reasons: readonly Reason[],
  { t, language, ruleset }: Words,
  sentence: (reason: Reason) => string = (reason) => offerReasonText(reason, t, language, ruleset),
): OfferListItem[] {
  return reasons.map((reason) => {
    const cited = citationText(reason.citation, t, language)
    return {
      text: sentence(reason),
      detail: cited.source,
      assumption: reason.assumption,
      // Every figure answers "why?" with the article's sentence, not its line number alone
      // (new-user trial 11: the offer's export gave "文章第 36 行" and nothing more).
      quote: { words: cited.quote, rendering: cited.rendering },
    }
  })
}

function listLabel(label: string, t: TFunction): string {
  return t('report.offer.listLabel', { label })
}

/**
 * The risk and every line that makes it up, each once, as the verdict lists them (trials 15 and
 * 16: the lines were split between the recommendation's "Why" and the risk, differently from
 * one offer to the next).
 */
function riskBlock(assessed: Assessed, words: Words): OfferBlock {
  const { t, language } = words
  const { risk } = assessed
  const sum = t('offerVerdict.risk.sum')
  return {
    kind: 'risk',
    heading: t('offerVerdict.risk.title'),
    figures: [
      {
        label: t('report.offer.riskScore'),
        // "Risk: High, 100 of 100", as the table above says it: "Risk: High risk" said it twice.
        value: t('report.offer.riskValue', {
          level: t(`report.document.riskLevels.${risk.level}`),
          score: t('offerVerdict.risk.score', { score: formatNumber(risk.score, language) }),
        }),
        note: null,
      },
    ],
    sentences: risk.reasons.length > 0 ? [] : [sum],
    lists:
      risk.reasons.length > 0
        ? [
            {
              label: listLabel(t('offerVerdict.risk.reasons'), t),
              items: reasonItems(risk.reasons, words),
              after: sum,
            },
          ]
        : [],
  }
}

function downsideBlock(assessed: Assessed, words: Words): OfferBlock {
  const { t, language } = words
  const { downside } = assessed
  const { severance } = downside
  const placeholder = severance
    ? placeholderCap(severance, downside.reasons, words.ruleset, language)
    : null
  const months = formatNumber(downside.horizonMonths, language)
  const money = (range: Range<Fen>) => formatFenRange(range, language)
  const figures: OfferFigure[] = [
    {
      label: t('offerVerdict.downside.failureChance'),
      value: formatShare(downside.failureChance, language),
      note: null,
    },
    {
      label: t('offerVerdict.downside.headline', { months }),
      value: money(downside.headline),
      note: null,
    },
    {
      label: t(
        severance
          ? 'offerVerdict.downside.ifItFails'
          : 'offerVerdict.downside.ifItFailsNoSeverance',
        { months },
      ),
      value: money(downside.ifItFails),
      note: optionsNotCountedIfItFails(downside)
        ? t('offerVerdict.downside.ifItFailsNoOptions')
        : null,
    },
    severance
      ? {
          label: severanceLabel(severance, t, language),
          value: money(severance.amount),
          // A cap at the placeholder wage is an assumption, said as the verdict says it.
          note: placeholder
            ? t('offerVerdict.downside.severanceCapPlaceholder', placeholder)
            : null,
        }
      : {
          label: t('offerVerdict.downside.severanceUnknown'),
          value: t('offerVerdict.downside.severanceNotCounted'),
          note: t('offerVerdict.downside.severanceUnknownHint'),
        },
    {
      // As the verdict labels it: 24 months before tax, not a year's (8377ca8).
      label: t('offerVerdict.downside.riskAdjustedOver', { months }),
      value: money(downside.riskAdjusted),
      note: t(
        severance
          ? 'offerVerdict.downside.riskAdjustedOverHint'
          : 'offerVerdict.downside.riskAdjustedOverHintNoSeverance',
        { months },
      ),
    },
  ]
  return {
    kind: 'downside',
    heading: t('offerVerdict.downside.title'),
    figures,
    sentences: [],
    lists: [
      {
        label: listLabel(t('offerVerdict.downside.reasons'), t),
        items: reasonItems(downside.reasons, words),
        after: null,
      },
    ],
  }
}

/**
 * The recommendation and every reason behind it, as the verdict lists them: what it rests on
 * first (a skill modifier's points said to count toward the skill score, not the risk), then
 * the lines it cites from the risk, summed against the risk score (the risk above lists the
 * others).
 */
function recommendationBlock(assessed: Assessed, words: Words): OfferBlock {
  const { t, language, ruleset } = words
  const { recommendation } = assessed
  const value = recommendation.recommendation
  const fromRisk = riskLinesByPlace(assessed).cited
  const context = recommendation.reasons.filter((reason) => !fromRisk.includes(reason))
  const skillScore = (reason: Reason) =>
    reason.points === 0
      ? offerReasonText(reason, t, language, ruleset)
      : t('offerVerdict.recommendation.skillPoints', {
          sentence: offerReasonText({ ...reason, points: 0 }, t, language, ruleset),
          points: formatPoints(reason.points, language),
        })
  return {
    kind: 'recommendation',
    heading: t('offerVerdict.recommendation.label'),
    figures: [
      {
        label: t('offerVerdict.recommendation.label'),
        value: t(`offerVerdict.recommendation.value.${verdictName(recommendation)}`),
        note: null,
      },
    ],
    sentences: [
      value === 'accept' && !recommendation.payJudged
        ? t('offerVerdict.recommendation.gloss.acceptUnjudged')
        : t(`offerVerdict.recommendation.gloss.${value}`),
      ...(recommendation.payJudged ? [] : [t('offerVerdict.recommendation.payNotJudged')]),
      // Where the risk weighed in, where its points are: listed once, under the risk above.
      ...(fromRisk.length > 0
        ? [
            t('offerVerdict.recommendation.riskPointerAbove', {
              score: formatNumber(assessed.risk.score, language),
              part: t('offerVerdict.risk.title'),
            }),
          ]
        : []),
    ],
    lists: [
      ...(context.length > 0
        ? [
            {
              label: listLabel(t('offerVerdict.recommendation.why'), t),
              items: reasonItems(context, words, skillScore),
              after: null,
            },
          ]
        : []),
    ],
  }
}

function questionsBlock(offer: Offer, { t, language, ruleset }: Words): OfferBlock {
  const questions = questionsFor(offer, t, language, ruleset)
  return {
    kind: 'questions',
    heading: t('offerVerdict.questions.title'),
    figures: [],
    sentences: [
      questions.length === 0
        ? t(
            checklistApplies(offer)
              ? 'offerVerdict.questions.none'
              : 'offerVerdict.questions.noneNoChecklist',
          )
        : t('offerVerdict.questions.intro', { company: offer.company }),
    ],
    lists:
      questions.length === 0
        ? []
        : [
            {
              label: null,
              items: questions.map((question) => ({
                text: question.question,
                detail: t('offerVerdict.questions.settles', { item: question.itemName }),
                assumption: false,
              })),
              after: null,
            },
          ],
  }
}
