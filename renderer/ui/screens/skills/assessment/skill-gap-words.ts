import type { TFunction } from 'i18next'
import type { TierId } from '../../../../domain/model/enums'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { SkillGap } from '../../../../domain/skills/skill-gaps'
import type { UiLanguage } from '../../../i18n/i18n'
import { domainName, formatNumber, spaceMixedScripts } from '../../../reasons/names'
import { gapText, type GapText } from '../../../reasons/skill-gap-text'

/**
 * A gap in plain words, as gapText says it, except that a step needing no new evidence does
 * not ask for it: a level the ruleset counts without evidence (2 or below, the evidence cap),
 * or a higher one on a skill that already has evidence. A tip must not ask for what the rules
 * do not require, nor for what the user has already given.
 */
export function skillGapWords(
  gap: SkillGap,
  currentTier: TierId,
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
): GapText {
  const text = gapText(gap, currentTier, t, language, ruleset)
  if (gap.action !== 'raise-level' || gap.needsEvidence) return text
  const action = t('skills.gapRaiseLevel', {
    domain: domainName(t, gap.domain),
    fromLevel: formatNumber(gap.fromLevel, language),
    toLevel: formatNumber(gap.toLevel, language),
  })
  return { ...text, action: spaceMixedScripts(action, language) }
}
