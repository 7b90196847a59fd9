import type { TFunction } from 'i18next'
import { DEFAULT_RULESET } from '../../domain/ruleset/default-ruleset'
import type { RulesetOverrides } from '../../domain/ruleset/overrides'
import type { Ruleset } from '../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../i18n/i18n'
import { levelName } from '../reasons/names'
import { changedPaths, ruleOf, valueAt, type RulePath } from '../screens/rules/override-paths'
import { formatPercent, isPercentPath } from '../screens/rules/percent-fields'
import { valueSource, type ValueSource } from '../screens/rules/value-source'

/**
 * The human names of the rules' fields, in one place: the Rules screen labels its inputs with
 * them, and the explanations and the report name a field the user changed by the same words
 * (trial 32 #2: "+17.5 points" after a factor of 0.5 could not be worked out from the screen).
 */
export interface LabelContext {
  t: TFunction
  language: UiLanguage
  ruleset: Ruleset
}

type Named = { id: string; nameEn: string; nameZhHans: string }

/** A rule's own name in the interface language. */
export function localName(
  rule: { nameZhHans: string; nameEn: string },
  language: UiLanguage,
): string {
  return language === 'zh-CN' ? rule.nameZhHans : rule.nameEn
}

const MODIFIER_TITLES = {
  breadth: 'sections.modifiers.breadth.title',
  'phd-in-field': 'sections.modifiers.phdInField.title',
  'years-not-enough': 'sections.modifiers.yearsNotEnough.title',
  leadership: 'sections.modifiers.leadership.title',
  'hub-city': 'sections.modifiers.hubCity.title',
  'in-field-transition': 'sections.modifiers.inFieldTransition.title',
} as const

/** What to call a rule by its id: its name where the ruleset or the screen has one, else the id. */
export function ruleName(
  t: TFunction,
  ruleset: Ruleset,
  ruleId: string,
  language: UiLanguage,
): string {
  const named = [
    ...ruleset.skillDomains,
    ...ruleset.tiers,
    ...ruleset.risk.checklist,
    ...ruleset.risk.redFlags,
    ...ruleset.cities,
  ].find((rule) => rule.id === ruleId)
  if (named) return localName(named, language)
  const baseline = ruleset.risk.baselines.find((rule) => rule.employerKind === ruleId)
  if (baseline) return localName(baseline, language)
  const figure = ruleset.marketPay.find((rule) => rule.id === ruleId)
  if (figure) return t(`offerCompare.market.references.${figure.id}`)
  if (Object.hasOwn(MODIFIER_TITLES, ruleId)) {
    return t(`rules.${MODIFIER_TITLES[ruleId as keyof typeof MODIFIER_TITLES]}`)
  }
  return ruleId
}

function nameIn(list: readonly Named[], id: string, language: UiLanguage): string | undefined {
  const rule = list.find((candidate) => candidate.id === id)
  if (!rule) return undefined
  return language === 'zh-CN' ? rule.nameZhHans : rule.nameEn
}

const MODIFIERS = 'rules.sections.modifiers'

type NamedModifier = 'breadth' | 'phdInField' | 'hubCity' | 'inFieldTransition'
type ModifierField =
  | 'rules.sections.modifiers.points'
  | 'rules.sections.modifiers.breadth.minLevelLabel'
  | 'rules.sections.modifiers.inFieldTransition.minLevelLabel'

/** A modifier's field under its rule's name ("Breadth: Counted from level"). */
function modifierField(t: TFunction, rule: NamedModifier, field: ModifierField): string {
  return t(`${MODIFIERS}.fieldOf`, {
    rule: t(`${MODIFIERS}.${rule}.title`),
    field: t(field),
  })
}

/**
 * The label of the field at `path` (override-paths.ts), as the Rules screen names its input;
 * undefined for a field without one here (the screen's other sections name their own).
 */
export function ruleFieldLabel(
  path: RulePath,
  { t, language, ruleset }: LabelContext,
): string | undefined {
  const [top, second, third, fourth] = path.split('.')
  switch (top) {
    case 'skillDomains': {
      const domain = nameIn(ruleset.skillDomains, second ?? '', language)
      return domain && third === 'premiumClass'
        ? t('rules.sections.domains.classLabel', { domain })
        : undefined
    }
    case 'scoring': {
      if (second === 'classMaxPoints' && third) {
        return t('rules.sections.scoring.classLabel', { premiumClass: third })
      }
      const index = Number(third)
      if (third === undefined || !/^\d+$/.test(third)) return undefined
      if (second === 'levelFactors') {
        return t('rules.sections.scoring.levelFactorLabel', {
          level: index,
          name: levelName(t, index),
        })
      }
      if (second === 'depthWeights') {
        return t('rules.sections.scoring.depthWeightLabel', { rank: index + 1 })
      }
      return undefined
    }
    case 'evidenceCap':
      return second === 'maxLevelWithoutEvidence'
        ? t('rules.sections.scoring.evidenceCapLabel')
        : undefined
    case 'tiers': {
      const tier = nameIn(ruleset.tiers, second ?? '', language)
      if (!tier) return undefined
      const field = fourth === undefined ? third : `${third ?? ''}.${fourth}`
      const keys = {
        minScore: 'minScoreLabel',
        'raiseBand.low': 'raiseLowLabel',
        'raiseBand.high': 'raiseHighLabel',
        'totalBandYuan.low': 'totalLowLabel',
        'totalBandYuan.high': 'totalHighLabel',
      } as const
      if (field === undefined || !Object.hasOwn(keys, field)) return undefined
      return t(`rules.sections.tiers.${keys[field as keyof typeof keys]}`, { tier })
    }
    case 'modifiers':
      return modifierLabel(t, second ?? '', third ?? '', fourth)
    default:
      return undefined
  }
}

function modifierLabel(
  t: TFunction,
  rule: string,
  field: string,
  index: string | undefined,
): string | undefined {
  const points = `${MODIFIERS}.points` as const
  switch (`${rule}.${field}`) {
    case 'breadth.minLevel':
      return modifierField(t, 'breadth', `${MODIFIERS}.breadth.minLevelLabel`)
    case 'breadth.pointsByCount':
      return index !== undefined && /^\d+$/.test(index)
        ? t(`${MODIFIERS}.breadth.countLabel`, { count: Number(index) })
        : undefined
    case 'phdInField.points':
      return modifierField(t, 'phdInField', points)
    case 'yearsNotEnough.minYears':
      return t(`${MODIFIERS}.yearsNotEnough.label`)
    case 'leadership.pointsForOne':
      return t(`${MODIFIERS}.leadership.oneLabel`)
    case 'leadership.pointsForTwoOrMore':
      return t(`${MODIFIERS}.leadership.twoLabel`)
    case 'hubCity.points':
      return modifierField(t, 'hubCity', points)
    case 'inFieldTransition.minLevel':
      return modifierField(t, 'inFieldTransition', `${MODIFIERS}.inFieldTransition.minLevelLabel`)
    case 'inFieldTransition.points':
      return modifierField(t, 'inFieldTransition', points)
    default:
      return undefined
  }
}

/**
 * A field's name wherever it is said outside its input: its label, else its rule's name and
 * the field ("Beijing: housingFund.max"), never blank.
 */
export function ruleFieldName(path: RulePath, context: LabelContext): string {
  const label = ruleFieldLabel(path, context)
  if (label) return label
  const { ruleId, field } = ruleOf(path, DEFAULT_RULESET)
  if (ruleId === null) return path
  const rule = ruleName(context.t, context.ruleset, ruleId, context.language)
  return field ? context.t('rules.issue.where', { rule, field }) : rule
}

const plainFormats = new Map<UiLanguage, Intl.NumberFormat>()

/** A rule's value as the Rules screen shows it: 30, 0.75, 40% (a band), on/off, a class. */
export function ruleValueText(
  path: RulePath,
  value: unknown,
  t: TFunction,
  language: UiLanguage,
): string {
  if (typeof value === 'number') {
    if (isPercentPath(path)) return formatPercent(value, language)
    let format = plainFormats.get(language)
    if (!format) {
      format = new Intl.NumberFormat(language, { maximumFractionDigits: 4 })
      plainFormats.set(language, format)
    }
    return format.format(value)
  }
  if (typeof value === 'boolean') return t(value ? 'rules.field.on' : 'rules.field.off')
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

/** The Rules screen's section that shows a field (its #/rules/… anchor). */
export function ruleSectionOf(path: RulePath): string {
  const top = path.split('.')[0] ?? ''
  const sections: Record<string, string> = {
    skillDomains: 'domains',
    scoring: 'scoring',
    evidenceCap: 'scoring',
    tiers: 'tiers',
    modifiers: 'modifiers',
    risk: 'risk',
    options: 'downside',
    downside: 'downside',
    recommendation: 'recommendation',
    cities: 'cities',
    tax: 'tax',
    marketPay: 'reference',
    marketFacts: 'reference',
    jobSearchReference: 'reference',
  }
  return sections[top] ?? ''
}

/** One field the user changed: its name, the value in use and the default, said. */
export interface ChangedRule {
  path: RulePath
  label: string
  value: string
  defaultValue: string
  /** Whose the default is: the article's, Tidemark's assumption, or a law's. */
  source: ValueSource
  /** The Rules screen's section, for a link: "#/rules/tiers". */
  href: string
}

/** `path` in `ruleset` as a change from the article's, or null where it holds the default. */
export function changedRuleAt(path: RulePath, context: LabelContext): ChangedRule | null {
  const value = valueAt(context.ruleset, path)
  const defaultValue = valueAt(DEFAULT_RULESET, path)
  if (value === undefined || JSON.stringify(value) === JSON.stringify(defaultValue)) return null
  return {
    path,
    label: ruleFieldName(path, context),
    value: ruleValueText(path, value, context.t, context.language),
    defaultValue: ruleValueText(path, defaultValue, context.t, context.language),
    source: valueSource(DEFAULT_RULESET, path),
    href: `#/rules/${ruleSectionOf(path)}`,
  }
}

/** Every field the overrides change, in the order they are stored. */
export function changedRules(overrides: RulesetOverrides, context: LabelContext): ChangedRule[] {
  return changedPaths(overrides, DEFAULT_RULESET).flatMap((path) => {
    const changed = changedRuleAt(path, context)
    return changed ? [changed] : []
  })
}
