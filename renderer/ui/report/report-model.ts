import type { TFunction } from 'i18next'
import type { SkillAssessment } from '../../domain/assess'
import type { Citation } from '../../domain/ruleset/citation'
import { tierRuleFor } from '../../domain/ruleset/lookup'
import { formatChangeRange, formatFenRange } from '../format/amount'
import type { LiveAssessment } from '../hooks/use-assessment'
import type { UiLanguage } from '../i18n/i18n'
import { formatNumber, joinList, verdictName } from '../reasons/names'
import { reportWords, type ReportWords } from './report-words'

/** What the report needs besides the assessment: the words, the day, the app's version. */
export interface ReportOptions {
  t: TFunction
  language: UiLanguage
  now: Date
  appVersion: string
}

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

export interface ReportReason {
  sentence: string
  /** "The article, L24" or a law's name. */
  source: string
  /** The article's words as written (繁體); null for a law. */
  quote: string | null
  /** The quote in the reader's language (简体 or the English paraphrase), or the law's summary. */
  rendering: string
  assumption: boolean
}

/**
 * The self-assessment as a document: every text already in the user's language and every
 * figure formatted, so the Markdown writer and the printed page say exactly the same thing.
 * Text is plain (never Markdown or HTML): each writer escapes it its own way.
 */
export interface ReportModel {
  language: UiLanguage
  title: string
  /** The date and the rules the figures come from. */
  subtitle: string
  notices: string[]
  /** "(assumption)", in the language's own brackets. */
  assumptionMark: string
  /** The language's punctuation around pieces each writer has already marked up. */
  punctuate: {
    /** "Tier: Premium" / "档位：百万档". */
    labelled: (label: string, value: string) => string
    /** "975k–1.5M/yr (your current pay × …)" / "…（按…计算）". */
    aside: (text: string, aside: string) => string
  }
  summary: ReportSection<ReportSummaryLine>
  skills: ReportSection<string[]> & { columns: ReportTable['columns'] }
  reasons: ReportSection<ReportReason>
  gaps: ReportSection<string>
  /** Each assumption's note, with the reasons (by number) that rest on it. */
  assumptions: ReportSection<string> & { intro: string }
  /** Null until the user has offers: the offers screen owns the full comparison. */
  offers: (ReportSection<string[]> & { columns: ReportTable['columns'] }) | null
  footer: string
}

/** The report of a live assessment, as of `now`. Pure: the same input gives the same report. */
/** Where the expected yearly total came from, as the report's note says it. */
const TOTAL_NOTES = {
  'current-pay': 'report.document.summary.totalFromPay',
  'tier-floor': 'report.document.summary.totalFromPayFloor',
  tier: 'report.document.summary.totalFromTier',
  none: 'report.document.summary.totalNone',
} as const satisfies Record<SkillAssessment['expectedTotalBasis'], string>

export function buildReportModel(live: LiveAssessment, options: ReportOptions): ReportModel {
  const { t, language, now } = options
  const words = reportWords(t, language, live.ruleset)
  const { skills } = live.assessment
  const tierRule = tierRuleFor(live.ruleset, skills.tier)
  const reasons = skills.reasons.map((reason) => ({
    sentence: words.reason(reason),
    ...citationText(reason.citation, t, language),
    assumption: reason.assumption,
  }))

  const changed = Object.keys(live.rulesetInUse.overrides).length > 0
  const failed = live.rulesetInUse.overrideIssues.length > 0
  const rules = t(
    changed && !failed ? 'report.document.rulesChanged' : 'report.document.rulesDefault',
    { version: formatNumber(live.ruleset.version, language) },
  )
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(now)

  return {
    language,
    title: t('report.document.title'),
    subtitle: `${t('report.document.written', { date })} · ${rules}`,
    notices: [
      ...(live.profileSaved ? [] : [t('report.document.neutralProfile')]),
      ...(failed ? [t('report.document.overridesFailed')] : []),
    ],
    assumptionMark: t('report.document.assumption'),
    punctuate: {
      labelled: (label, value) => t('report.document.labelled', { label, value }),
      aside: (text, aside) => t('report.document.aside', { text, aside }),
    },
    summary: {
      heading: t('report.document.summary.heading'),
      empty: '',
      items: [
        {
          label: t('report.document.summary.tier'),
          value: words.tier(skills.tier),
          note: null,
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
        {
          label: t('report.document.summary.total'),
          value: skills.expectedTotal
            ? formatFenRange(skills.expectedTotal, language, 'year')
            : '–',
          note: t(TOTAL_NOTES[skills.expectedTotalBasis]),
          assumption: skills.expectedTotal !== null && tierRule.assumption !== undefined,
        },
      ],
    },
    skills: skillsSection(live, words, t, language),
    reasons: {
      heading: t('report.document.reasons.heading'),
      items: reasons,
      empty: t('report.document.reasons.none'),
    },
    gaps: {
      heading: t('report.document.gaps.heading'),
      items: skills.gaps.map((gap) => words.gap(gap, skills.tier)),
      empty: t('report.document.gaps.none'),
    },
    assumptions: assumptionsSection(live, words, t, language),
    offers: offersSection(live, t, language),
    footer: t('report.document.footer', { version: options.appVersion }),
  }
}

function citationText(
  citation: Citation,
  t: TFunction,
  language: UiLanguage,
): Pick<ReportReason, 'source' | 'quote' | 'rendering'> {
  if (citation.source === 'law') {
    return {
      source: citation.reference,
      quote: null,
      rendering: language === 'zh-CN' ? citation.summaryZhHans : citation.summaryEn,
    }
  }
  const lines =
    language === 'zh-CN'
      ? citation.lines.map(String).join('、')
      : citation.lines.map((line) => `L${String(line)}`).join(', ')
  return {
    source: t('report.document.reasons.article', { lines }),
    quote: citation.quote,
    rendering: language === 'zh-CN' ? citation.quoteZhHans : citation.paraphraseEn,
  }
}

/** Each of the user's skills, its level as rated and as the engine counts it. */
function skillsSection(
  live: LiveAssessment,
  words: ReportWords,
  t: TFunction,
  language: UiLanguage,
): ReportModel['skills'] {
  const number = (value: number) => formatNumber(value, language)
  const rows = live.input.skills.map((skill) => {
    // The engine counts one skill per domain, the strongest; the others add nothing.
    const level = live.assessment.skills.levels.find((entry) => entry.skillId === skill.id)
    const counted = !level
      ? t('report.document.skills.notCounted')
      : level.capped
        ? t('report.document.skills.capped', { counted: number(level.effective) })
        : number(level.effective)
    const evidence =
      skill.evidence.length === 0
        ? t('report.document.skills.noEvidence')
        : joinList(
            skill.evidence.map((kind) => words.evidence(kind)),
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
        reasons: joinList(
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
  t: TFunction,
  language: UiLanguage,
): ReportModel['offers'] {
  const { offers } = live.assessment
  if (offers.length === 0) return null
  // In the order entered, as the comparison's default: stored offers come back by id, which
  // read as a random order in the report (new-user trial 16). An unsaved draft comes last.
  const entered = new Map(live.sources.offers.map((offer) => [offer.id, offer.createdAt]))
  const last = '\uffff'
  const inOrder = [...offers].sort((a, b) =>
    (entered.get(a.offerId) ?? last).localeCompare(entered.get(b.offerId) ?? last),
  )
  const rows = inOrder.map((assessed) => {
    const offer = live.input.offers.find((candidate) => candidate.id === assessed.offerId)
    const name = offer ? [offer.company, offer.role].filter(Boolean).join(' · ') : assessed.offerId
    if (!assessed.ok) {
      const unreadable = t('report.document.offers.notReadable', { code: assessed.error.code })
      return [name, unreadable, '–', '–', '–']
    }
    return [
      name,
      formatFenRange(assessed.pay.totalRecurring, language, 'year'),
      assessed.raise
        ? formatChangeRange(assessed.raise, language)
        : t('report.document.offers.noRaise'),
      t(`report.document.riskLevels.${assessed.risk.level}`),
      t(`report.document.recommendations.${verdictName(assessed.recommendation)}`),
    ]
  })
  return {
    heading: t('report.document.offers.heading'),
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
