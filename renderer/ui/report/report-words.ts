import type { TFunction } from 'i18next'
import type { EvidenceKind, SkillDomainId, TierId } from '../../domain/model/enums'
import type { Reason } from '../../domain/reason'
import type { Assumption } from '../../domain/ruleset/citation'
import type { Ruleset } from '../../domain/ruleset/ruleset-schema'
import type { SkillGap } from '../../domain/skills/skill-gaps'
import type { UiLanguage } from '../i18n/i18n'
import { domainName, tierName } from '../reasons/names'
import { gapText } from '../reasons/skill-gap-text'
import { reasonText, skillReasonAssumption } from '../reasons/skill-reason-text'

/**
 * The words the report shares with the screens: a reason's sentence, a gap's, the names of
 * domains, tiers and evidence kinds, and the note of an assumption. One place, so the report
 * reads exactly as the assessment panel does.
 */
export interface ReportWords {
  reason: (reason: Reason) => string
  assumption: (reason: Reason) => Assumption | undefined
  gap: (gap: SkillGap, currentTier: TierId) => string
  domain: (domain: SkillDomainId) => string
  tier: (tier: TierId) => string
  evidence: (kind: EvidenceKind) => string
}

export function reportWords(t: TFunction, language: UiLanguage, ruleset: Ruleset): ReportWords {
  return {
    reason: (reason) => reasonText(reason, t, language, ruleset),
    assumption: (reason) => skillReasonAssumption(ruleset, reason),
    gap: (gap, currentTier) => {
      const { action, effect } = gapText(gap, currentTier, t, language, ruleset)
      return t('report.document.gaps.item', { action, effect })
    },
    domain: (domain) => domainName(t, domain),
    tier: (tier) => tierName(ruleset, tier, language),
    evidence: (kind) => t(`skills.evidenceKinds.${kind}`),
  }
}
