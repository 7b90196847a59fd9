import type { TFunction } from 'i18next'
import type { OfferAssessment, SkillAssessment } from '../../domain/assess'
import { premiumTotalUnreached } from '../../domain/recommend/pay-position'
import { tierRuleFor } from '../../domain/ruleset/lookup'
import { pointsAsShown } from '../../domain/skills/points-as-shown'
import { rateWrongSize } from '../../domain/pay/rate-size'
import { formatChangeRange, formatFenRange } from '../format/amount'
import { convertedAtText } from '../format/rate-wrong'
import type { LiveAssessment } from '../hooks/use-assessment'
import type { UiLanguage } from '../i18n/i18n'
import { formatNumber, joinList, verdictName } from '../reasons/names'
import { changedRules } from '../rule-labels/rule-labels'
import { pickOffer } from '../../domain/recommend/pick-offer'
import { isOpen } from '../deadlines/deadline-reminders'
import { pickReasonText, pickText } from '../screens/offers/compare/pick-text'
import { inEnteredOrder } from '../screens/offers/entered-order'
import { sortSkills } from '../screens/skills/editor/skill-list-view'
import { citationText, type CitationText } from './citation-text'
import { offerName, offerReport, unreadableText, type OfferReport } from './offer-report-model'
import { reportFrame, type ReportFrame, type ReportOptions } from './report-frame'
import { reportWords, type ReportWords } from './report-words'

export type { ReportOptions } from './report-frame'

export interface ReportSection<T> {
  heading: string
  items: T[]
  /** Said instead of the items when there are none. */
  empty: string
}

export interface ReportTable {
  columns: { label: string; numeric: boolean }[]
  rows: string[][]
}

export interface ReportSummaryLine {
  label: string
  value: string
  /** Where the figure comes from, when that matters to read it. */
  note: string | null
  assumption: boolean
}

export interface ReportReason extends CitationText {
  sentence: string
  assumption: boolean
}

/**
 * The self-assessment as a document: every text already in the user's language and every
 * figure formatted, so the Markdown writer and the printed page say exactly the same thing.
 * Text is plain (never Markdown or HTML): each writer escapes it its own way.
 */
export interface ReportModel extends ReportFrame {
  title: string
  summary: ReportSection<ReportSummaryLine>
  skills: ReportSection<string[]> & { columns: ReportTable['columns'] }
  /** The rules the user changed, each with the default; null while the rules are the article's
   *  (the subtitle says so) or the changes no longer apply (a notice says so). */
  changedRules: ReportSection<string> | null
  reasons: ReportSection<ReportReason>
  gaps: ReportSection<string>
  /** Each assumption's note, with the reasons (by number) that rest on it. */
  assumptions: ReportSection<string> & { intro: string }
  /** Null until the user has offers: the offers screen owns the full comparison. */
  offers:
    (ReportSection<string[]> & { columns: ReportTable['columns']; pick: ReportPick | null }) | null
  /** Each offer in full, in the order entered: the same section as the offer's own export. */
  offerReports: OfferReport[]
}

/** Which offer to take, as the comparison says it (trial 20 #5), with its reasons' sources. */
export interface ReportPick {
  heading: string
  answer: string
  sentence: string
  notes: string[]
  reasons: ReportReason[]
}

/** Where the expected yearly total came from, as the report's note says it. */
const TOTAL_NOTES = {
  'current-pay': 'report.document.summary.totalFromPay',
  'tier-floor': 'report.document.summary.totalFromPayFloor',
  tier: 'report.document.summary.totalFromTier',
  none: 'report.document.summary.totalNone',
} as const satisfies Record<SkillAssessment['expectedTotalBasis'], string>

/** The report of a live assessment, as of `now`. Pure: the same input gives the same report. */
export function buildReportModel(live: LiveAssessment, options: ReportOptions): ReportModel {
  const { t, language } = options
  const words = reportWords(t, language, live.ruleset)
  const { skills } = live.assessment
  const tierRule = tierRuleFor(live.ruleset, skills.tier)
  // Rounded together, as the Skills screen shows them (pointsAsShown), so the parts add up to
  // the score and each reads as on screen: NLP's 8.75 is +8.7 there, not +8.8 (trial 16 #8).
  const shownPoints = pointsAsShown(skills.reasons)
  const reasons = skills.reasons.map((reason, index) => ({
    sentence: words.reason({ ...reason, points: shownPoints[index] ?? reason.points }),
    ...citationText(reason.citation, t, language),
    assumption: reason.assumption,
  }))

  const offers = offersInEnteredOrder(live)
  const unreached = premiumTotalUnreached(
    skills.tier,
    skills.expectedTotal,
    skills.expectedTotalBasis,
    live.ruleset,
  )

  return {
    ...reportFrame(live, options),
    title: t('report.document.title'),
    summary: {
      heading: t('report.document.summary.heading'),
      empty: '',
      items: [
        {
          label: t('report.document.summary.tier'),
          value: words.tier(skills.tier),
          // 百万档 beside a total under a million says whose million it is (trial 19 #9).
          note: unreached
            ? t('report.document.summary.premiumTotalUnreached', {
                total: formatFenRange(unreached, language, 'year'),
              })
            : null,
          assumption: false,
        },
        {
          label: t('report.document.summary.score'),
          value: t('report.document.summary.scoreValue', {
            score: formatNumber(skills.score, language),
          }),
          note: null,
          assumption: false,
        },
        {
          label: t('report.document.summary.raise'),
          value: formatChangeRange(skills.expectedRaise, language),
          note: null,
          assumption: tierRule.assumption !== undefined,
        },
        // The pay the total is worked out from, where one is counted (trial 32 #12: the
        // report gave "your current pay × this tier's raise band" and no pay).
        ...(live.assessment.currentPay?.ok
          ? [
              {
                label: t('report.document.summary.currentPay'),
                value: formatFenRange(
                  live.assessment.currentPay.pay.totalRecurring,
                  language,
                  'year',
                ),
                // At a rate of the wrong size the total below and every raise rest on it, as the
                // pick says (review 31 #2: the summary printed it 100 times too large, unsaid).
                note: rateWrongSize(
                  live.assessment.currentPay.pay.currency,
                  live.assessment.currentPay.pay.rateToCny,
                )
                  ? convertedAtText(t, language, 'report', live.assessment.currentPay.pay)
                  : null,
                assumption: false,
              },
            ]
          : []),
        {
          label: t('report.document.summary.total'),
          value: skills.expectedTotal
            ? formatFenRange(skills.expectedTotal, language, 'year')
            : '–',
          // A saved pay that cannot be counted is not a missing one (review 20).
          note: t(
            live.assessment.currentPay?.ok === false &&
              (skills.expectedTotalBasis === 'none' || skills.expectedTotalBasis === 'tier')
              ? 'report.document.summary.totalPayUncounted'
              : TOTAL_NOTES[skills.expectedTotalBasis],
          ),
          // The yearly total the article gives an in-field PhD (L25, L17) is its own figure; a
          // total from the pay × the raise band rests on the band's assumption (review 20).
          assumption:
            skills.expectedTotal !== null &&
            skills.expectedTotalBasis !== 'tier' &&
            tierRule.assumption !== undefined,
        },
      ],
    },
    skills: skillsSection(live, words, t, language),
    changedRules: changedRulesSection(live, t, language),
    reasons: {
      heading: t('report.document.reasons.heading'),
      items: reasons,
      empty: t('report.document.reasons.none'),
    },
    gaps: {
      heading: t('report.document.gaps.heading'),
      items: skills.gaps.map((gap) => words.gap(gap, skills.tier)),
      empty: t(skills.score >= 100 ? 'report.document.gaps.atTop' : 'report.document.gaps.none'),
    },
    assumptions: assumptionsSection(live, words, t, language),
    offers: offersSection(live, offers, t, language),
    offerReports: offers.map((assessed) =>
      offerReport(live, assessed, { t, language, now: options.now }),
    ),
  }
}

/**
 * "Rules you changed": each field the saved changes set, its value and the default, so the
 * figures after it can be worked out (trial 32 #2: the report said "your changes" alone).
 */
function changedRulesSection(
  live: LiveAssessment,
  t: TFunction,
  language: UiLanguage,
): ReportSection<string> | null {
  if (live.rulesetInUse.overrideIssues.length > 0) return null
  const changed = changedRules(live.rulesetInUse.overrides, { t, language, ruleset: live.ruleset })
  if (changed.length === 0) return null
  return {
    heading: t('report.document.changedRules.heading'),
    items: changed.map((rule) =>
      t(`report.document.changedRules.${rule.source}`, {
        label: rule.label,
        value: rule.value,
        defaultValue: rule.defaultValue,
      }),
    ),
    empty: '',
  }
}

/**
 * The offers in the order entered, as the comparison lists them by default; an unsaved draft
 * comes last.
 */
function offersInEnteredOrder(live: LiveAssessment): OfferAssessment[] {
  const entered = new Map(live.sources.offers.map((offer) => [offer.id, offer.createdAt]))
  return inEnteredOrder(live.assessment.offers, (assessed) => entered.get(assessed.offerId))
}

/** Each of the user's skills, its level as rated and as the engine counts it. */
function skillsSection(
  live: LiveAssessment,
  words: ReportWords,
  t: TFunction,
  language: UiLanguage,
): ReportModel['skills'] {
  const number = (value: number) => formatNumber(value, language)
  const ticked = new Map(live.sources.skills.map((skill) => [skill.id, skill.evidence]))
  // In the Skills screen's first order, by domain (trial 20 #3: in the order of their ids).
  const rows = sortSkills(live.input.skills, 'domain', live.ruleset, language).map((skill) => {
    // The engine counts one skill per domain, the strongest; the others add nothing.
    const level = live.assessment.skills.levels.find((entry) => entry.skillId === skill.id)
    const counted = !level
      ? t('report.document.skills.notCounted')
      : level.capped
        ? t('report.document.skills.capped', { counted: number(level.effective) })
        : number(level.effective)
    // The kinds ticked on the skill, then those its linked journal entries add (the input's
    // skills carry both: trial 32 #12 read a journal entry's as ticked on the skill).
    const own = ticked.get(skill.id) ?? skill.evidence
    const fromJournal = skill.evidence.filter((kind) => !own.includes(kind))
    const kinds = (list: readonly (typeof skill.evidence)[number][]) =>
      joinList(
        list.map((kind) => words.evidence(kind)),
        language,
      )
    const evidence =
      skill.evidence.length === 0
        ? t('report.document.skills.noEvidence')
        : joinList(
            [
              ...(own.length > 0 ? [kinds(own)] : []),
              ...(fromJournal.length > 0
                ? [t('report.document.skills.fromJournal', { kinds: kinds(fromJournal) })]
                : []),
            ],
            language,
          )
    return [skill.name, words.domain(skill.domain), number(skill.level), counted, evidence]
  })
  return {
    heading: t('report.document.skills.heading'),
    columns: [
      { label: t('report.document.skills.skill'), numeric: false },
      { label: t('report.document.skills.domain'), numeric: false },
      { label: t('report.document.skills.claimed'), numeric: true },
      { label: t('report.document.skills.counted'), numeric: true },
      { label: t('report.document.skills.evidence'), numeric: false },
    ],
    items: rows,
    empty: t('report.document.skills.none'),
  }
}

/** The assumptions the reasons rest on, each once, with the reasons (by number) it is behind. */
function assumptionsSection(
  live: LiveAssessment,
  words: ReportWords,
  t: TFunction,
  language: UiLanguage,
): ReportModel['assumptions'] {
  const byNote = new Map<string, number[]>()
  live.assessment.skills.reasons.forEach((reason, index) => {
    if (!reason.assumption) return
    const assumption = words.assumption(reason)
    const note = assumption
      ? language === 'zh-CN'
        ? assumption.noteZhHans
        : assumption.noteEn
      : t('citation.assumptionHint')
    byNote.set(note, [...(byNote.get(note) ?? []), index + 1])
  })
  return {
    heading: t('report.document.assumptions.heading'),
    intro: t('report.document.assumptions.intro'),
    items: [...byNote].map(([note, numbers]) =>
      t('report.document.assumptions.usedBy', {
        note,
        count: numbers.length,
        // 第 1、2、3、4 条: the list format's "3和4" ran the numbers into the word.
        reasons:
          language === 'zh-CN'
            ? numbers.map((n) => formatNumber(n, language)).join('、')
            : joinList(
                numbers.map((n) => formatNumber(n, language)),
                language,
              ),
      }),
    ),
    empty: t('report.document.assumptions.none'),
  }
}

/** A short comparison of the offers, when there are any. */
function offersSection(
  live: LiveAssessment,
  offers: readonly OfferAssessment[],
  t: TFunction,
  language: UiLanguage,
): ReportModel['offers'] {
  if (offers.length === 0) return null
  const rows = offers.map((assessed) => {
    const offer = live.input.offers.find((candidate) => candidate.id === assessed.offerId)
    const name = offer ? offerName(offer) : assessed.offerId
    if (!assessed.ok) {
      // Why, in the verdict's words: never the parser's code (new-user trial).
      // With no rate for its currency the pay was read: not counted yet (trial 21 #4).
      const key = assessed.error.code === 'no-exchange-rate' ? 'notCounted' : 'notReadable'
      const unreadable = t(`report.document.offers.${key}`, { why: unreadableText(assessed, t) })
      return [name, unreadable, '–', '–', '–']
    }
    return [
      name,
      formatFenRange(assessed.pay.totalRecurring, language, 'year'),
      assessed.raise
        ? formatChangeRange(assessed.raise, language)
        : // A saved pay that cannot be counted is not a missing one (review 20, as the summary).
          t(
            live.assessment.currentPay?.ok === false
              ? 'report.document.offers.payUncounted'
              : 'report.document.offers.noRaise',
          ),
      t(`report.document.riskLevels.${assessed.risk.level}`),
      t(`report.document.recommendations.${verdictName(assessed.recommendation)}`),
    ]
  })
  return {
    heading: t('report.document.offers.heading'),
    pick: offerPick(live, offers, t, language),
    columns: [
      { label: t('report.document.offers.offer'), numeric: false },
      { label: t('report.document.offers.total'), numeric: true },
      { label: t('report.document.offers.raise'), numeric: true },
      { label: t('report.document.offers.risk'), numeric: false },
      { label: t('report.document.offers.recommendation'), numeric: false },
    ],
    items: rows,
    empty: '',
  }
}

/**
 * The comparison's answer to "which one?" among the offers still being weighed (considering or
 * negotiating, as the screen compares them), in the same words; null when none is open.
 */
function offerPick(
  live: LiveAssessment,
  offers: readonly OfferAssessment[],
  t: TFunction,
  language: UiLanguage,
): ReportPick | null {
  const stored = new Map(live.sources.offers.map((offer) => [offer.id, offer]))
  const open = offers.filter((assessed) => {
    const offer = stored.get(assessed.offerId)
    return offer !== undefined && isOpen(offer)
  })
  const current = live.assessment.currentPay
  const pick = pickOffer(
    open.map((assessment) => ({ offerId: assessment.offerId, assessment })),
    current?.ok ? current.overHorizon : null,
    live.ruleset,
    // As the comparison: a current pay at a rate of the wrong size holds the pick back.
    current?.ok ? current.pay : null,
  )
  if (!pick) return null
  // Company and role, as the offers' table names them: one company may make two offers (two
  // teams), and "某厂 … above 某厂's" could not be read (review 26 M3).
  const nameOf = (id: string) => {
    const offer = stored.get(id)
    return offer ? offerName(offer) : id
  }
  const text = pickText(pick, nameOf, 0, { t, language, ruleset: live.ruleset })
  return {
    heading: t('offerCompare.pick.title'),
    answer: text.headline,
    sentence: text.sentence,
    notes: text.notes,
    reasons: pick.reasons.map((reason) => ({
      sentence: pickReasonText(reason, t, live.ruleset.downside.horizonMonths),
      ...citationText(reason.citation, t, language),
      assumption: reason.assumption,
    })),
  }
}
