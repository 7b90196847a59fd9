import type { TFunction } from 'i18next'
import type { LiveAssessment } from '../hooks/use-assessment'
import type { UiLanguage } from '../i18n/i18n'
import { formatNumber } from '../reasons/names'

/** What a document needs besides the assessment: the words, the day, the app's version. */
export interface ReportOptions {
  t: TFunction
  language: UiLanguage
  now: Date
  appVersion: string
}

/**
 * What every document Tidemark writes has around its sections, the full report and one offer's
 * alike: the date and the rules in use, the notices that qualify every figure, the language's
 * punctuation, and the footer. Text is plain (never Markdown or HTML).
 */
export interface ReportFrame {
  language: UiLanguage
  /** The date and the rules the figures come from. */
  subtitle: string
  notices: string[]
  /** "(assumption)", in the language's own brackets. */
  assumptionMark: string
  /** What goes before the mark on the printed page: a space, none in Chinese, whose full-width
   *  bracket has its own ("+8 分 （假设）" read as a gap). */
  assumptionGap: string
  /** The language's punctuation around pieces each writer has already marked up. */
  punctuate: {
    /** "Tier: Premium" / "档位：百万档". */
    labelled: (label: string, value: string) => string
    /** "975k–1.5M/yr (your current pay × …)" / "…（按…计算）". */
    aside: (text: string, aside: string) => string
  }
  footer: string
}

export function reportFrame(live: LiveAssessment, options: ReportOptions): ReportFrame {
  const { t, language, now } = options
  const changed = Object.keys(live.rulesetInUse.overrides).length > 0
  const failed = live.rulesetInUse.overrideIssues.length > 0
  const rules = t(
    changed && !failed ? 'report.document.rulesChanged' : 'report.document.rulesDefault',
    { version: formatNumber(live.ruleset.version, language) },
  )
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(now)
  return {
    language,
    subtitle: `${t('report.document.written', { date })} · ${rules}`,
    notices: [
      ...(live.profileSaved ? [] : [t('report.document.neutralProfile')]),
      ...(failed ? [t('report.document.overridesFailed')] : []),
    ],
    assumptionMark: t('report.document.assumption'),
    assumptionGap: language === 'zh-CN' ? '' : ' ',
    punctuate: {
      labelled: (label, value) => t('report.document.labelled', { label, value }),
      aside: (text, aside) => t('report.document.aside', { text, aside }),
    },
    footer: t('report.document.footer', { version: options.appVersion }),
  }
}
