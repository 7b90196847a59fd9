import type { TFunction } from 'i18next'
import type { TierId } from '../../domain/model/enums'
import type { Ruleset } from '../../domain/ruleset/ruleset-schema'
import type { SkillGap } from '../../domain/skills/skill-gaps'
import { formatPoints } from '../format/amount'
import type { UiLanguage } from '../i18n/i18n'
import { domainName, formatNumber, spaceMixedScripts, tierName } from './names'

export interface GapText {
  /** What to do: "Raise NLP from 2 to 3, with evidence". */
  action: string
  /** What it would bring: "+12.5 points, up to Premium (≈1M+)". */
  effect: string
}

/** One of the engine's gaps in plain words, with the tier it would reach from `currentTier`. */
export function gapText(
  gap: SkillGap,
  currentTier: TierId,
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
): GapText {
  const values = {
    domain: domainName(t, gap.domain),
    fromLevel: formatNumber(gap.fromLevel, language),
    toLevel: formatNumber(gap.toLevel, language),
  }
  // A step needing no new evidence does not ask for it: a level the ruleset counts without
  // evidence (2 or below), or a higher one on a skill that has evidence already. A tip must not
  // ask for what the rules do not require (the report said "0 to 2, with evidence").
  const action =
    gap.action === 'add-evidence'
      ? t('assessment.gaps.addEvidence', values)
      : gap.needsEvidence
        ? t('assessment.gaps.raiseLevel', values)
        : t('skills.gapRaiseLevel', values)
  const effectValues = {
    gain: formatPoints(gap.scoreGain, language),
    tier: tierName(ruleset, gap.tierAfter, language),
  }
  const effect =
    gap.tierAfter === currentTier
      ? t('assessment.gaps.stays', effectValues)
      : gap.scoreGain <= 0
        ? t('assessment.gaps.reachesAtTop', effectValues)
        : t('assessment.gaps.reaches', effectValues)
  return {
    action: spaceMixedScripts(action, language),
    effect: spaceMixedScripts(effect, language),
  }
}
