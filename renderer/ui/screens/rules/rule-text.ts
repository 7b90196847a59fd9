import type { TFunction } from 'i18next'
import type { Ruleset } from '../../../domain/ruleset/ruleset-schema'
import type { OverrideIssue } from '../../../data/transfer/overrides-file'
import type { UiLanguage } from '../../i18n/i18n'
import { ruleName } from '../../rule-labels/rule-labels'
import { allowedAt, type Allowed } from './allowed-values'
import { formatPercent, isPercentPath } from './percent-fields'
import { NOT_A_NUMBER } from './use-rules-draft'

// A rule's name and what to call a rule by its id: with the fields' labels (one place).
export { localName, ruleName } from '../../rule-labels/rule-labels'

/** The sentences Tidemark's ruleset schema refuses with, in the user's language. */
const KNOWN_MESSAGES = {
  'level factors must not decrease': 'rules.issue.known.levelFactors',
  'depth weights must not increase': 'rules.issue.known.depthWeights',
  'a raise band has low above high': 'rules.issue.known.raiseBand',
  'a yearly total has low above high': 'rules.issue.known.tierTotal',
  'a pay figure has low above high': 'rules.issue.known.marketPay',
  'mediumFrom must not exceed highFrom': 'rules.issue.known.riskLevels',
  'failure chance must not fall with risk': 'rules.issue.known.failureChance',
  'brackets must ascend and end open': 'rules.issue.known.brackets',
  'the default housing-fund rate must lie within the range': 'rules.issue.known.housingFund',
  'the base floor must not exceed the cap': 'rules.issue.known.baseFloor',
  'the fallback city needs a preset': 'rules.issue.known.fallbackCity',
} as const

/** Why an override is refused, in the user's language (zod's own messages come localized). */
export function issueMessage(t: TFunction, issue: OverrideIssue): string {
  switch (issue.code) {
    case 'unknown-rule':
      return t('rules.issue.unknownRule', { id: issue.ruleId ?? '' })
    case 'rule-twice':
      return t('rules.issue.ruleTwice', { id: issue.ruleId ?? '' })
    case 'forbidden-key':
      return t('rules.issue.forbiddenKey')
    case 'invalid': {
      if (issue.message === NOT_A_NUMBER) return t('rules.issue.notANumber')
      if (issue.message === 'expected an object') return t('rules.issue.notAnObject')
      const city = /^unknown city "(.*)"$/.exec(issue.message)
      if (city) return t('rules.issue.known.unknownCity', { id: city[1] ?? '' })
      if (Object.hasOwn(KNOWN_MESSAGES, issue.message)) {
        return t(KNOWN_MESSAGES[issue.message as keyof typeof KNOWN_MESSAGES])
      }
      // zod's own ("Too small: expected number to be >=0"): what the field takes, in words.
      const allowed = allowedAt(issue.path)
      return allowed ? allowedText(t, allowed) : issue.message
    }
  }
}

/**
 * Why a value typed on the screen is refused: as issueMessage, but a field the screen shows in
 * percent says so, and its range in percent ("Enter a percentage from -100% to 1,000%."), not
 * in the fraction the ruleset stores (-1 to 10). Files and stored rules hold the fraction, and
 * their refusals keep issueMessage's words.
 */
export function fieldIssueMessage(
  t: TFunction,
  issue: OverrideIssue,
  language: UiLanguage,
): string {
  if (issue.code === 'invalid' && isPercentPath(issue.path)) {
    if (issue.message === NOT_A_NUMBER) return t('rules.issue.notAPercent')
    const allowed = Object.hasOwn(KNOWN_MESSAGES, issue.message) ? null : allowedAt(issue.path)
    if (allowed?.kind === 'number' && allowed.min !== null && allowed.max !== null) {
      return t('rules.issue.allowed.percentRange', {
        min: formatPercent(allowed.min, language),
        max: formatPercent(allowed.max, language),
      })
    }
  }
  return issueMessage(t, issue)
}

/** "Enter a number from 0 to 100.", "应为 0 或更大的数。": what a field takes. */
export function allowedText(t: TFunction, allowed: Allowed): string {
  const key = 'rules.issue.allowed'
  switch (allowed.kind) {
    case 'choice':
      return t(`${key}.choice`, { options: allowed.options.join(t(`${key}.optionSeparator`)) })
    case 'yes-no':
      return t(`${key}.yesNo`)
    case 'number': {
      const whole = allowed.integer ? 'Whole' : ''
      const { min, max } = allowed
      if (min !== null && allowed.minExclusive) return t(`${key}.above${whole}`, { min })
      if (min !== null && max !== null) return t(`${key}.range${whole}`, { min, max })
      if (min !== null) return t(`${key}.atLeast${whole}`, { min })
      if (max !== null) return t(`${key}.atMost${whole}`, { max })
      return t(`${key}.any${whole}`)
    }
  }
}

/** Where each top-level part of the ruleset is shown on the screen: its section's title. */
const SECTION_TITLES = {
  skillDomains: 'rules.sections.domains.title',
  scoring: 'rules.sections.scoring.title',
  evidenceCap: 'rules.sections.scoring.title',
  tiers: 'rules.sections.tiers.title',
  modifiers: 'rules.sections.modifiers.title',
  risk: 'rules.sections.risk.title',
  options: 'rules.sections.downside.title',
  downside: 'rules.sections.downside.title',
  recommendation: 'rules.sections.recommendation.title',
  cities: 'rules.sections.cities.title',
  tax: 'rules.sections.tax.title',
  marketPay: 'rules.sections.reference.marketPay',
  marketFacts: 'rules.sections.reference.title',
  jobSearchReference: 'rules.sections.reference.title',
} as const

function sectionOf(t: TFunction, path: string): string | undefined {
  const top = path.split('.')[0] ?? ''
  return Object.hasOwn(SECTION_TITLES, top)
    ? t(SECTION_TITLES[top as keyof typeof SECTION_TITLES])
    : undefined
}

/**
 * Where an override is refused, as the screen names it: the field's own label where it is on
 * screen ("NLP algorithms: premium class"), else the rule's name and the field, else the section
 * (a rule the ruleset lacks: the message names its id). Never the file's path
 * (`risk.levels.mediumFrom`) where a name exists.
 */
export function issueWhere(
  t: TFunction,
  ruleset: Ruleset,
  issue: OverrideIssue,
  language: UiLanguage,
  labelOf?: (path: string) => string | undefined,
): string {
  const label = labelOf?.(issue.path)
  if (label) return label
  if (issue.code === 'unknown-rule' || issue.code === 'rule-twice') {
    return sectionOf(t, issue.path) ?? issue.path
  }
  if (issue.ruleId === null) return sectionOf(t, issue.path) ?? (issue.field || issue.path || '—')
  const rule = ruleName(t, ruleset, issue.ruleId, language)
  return issue.field ? t('rules.issue.where', { rule, field: issue.field }) : rule
}
