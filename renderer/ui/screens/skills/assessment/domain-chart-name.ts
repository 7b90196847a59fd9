import type { SkillDomainId } from '../../../../domain/model/enums'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { DomainChartName } from '../../../charts/chart-data'
import type { UiLanguage } from '../../../i18n/i18n'

/** A name's closing list of examples, in either script's brackets: " (SFT, RLHF, PEFT)". */
const EXAMPLES = /\s*[(（][^()（）]*[)）]$/u

/**
 * A domain's names in the domains chart: the name the skill form and the skill list give it
 * (the ruleset's), less a closing list of examples, on the axis; that name in full with its
 * premium class, as the form's option reads, in the tick's tooltip. The chart had short names
 * of its own ("AI 产品" beside the form's "AI 产品经理 · B", trial 17), which the user had to
 * match to their skills by guess. `fallback` names a domain the ruleset lacks.
 */
export function domainChartName(
  ruleset: Ruleset,
  domain: SkillDomainId,
  language: UiLanguage,
  fallback: string,
): DomainChartName {
  const rule = ruleset.skillDomains.find((each) => each.id === domain)
  if (!rule) return { label: fallback, title: fallback }
  const name = language === 'zh-CN' ? rule.nameZhHans : rule.nameEn
  return { label: name.replace(EXAMPLES, ''), title: `${name} · ${rule.premiumClass}` }
}
