import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { TierId } from '../../../../domain/model/enums'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { SkillGap } from '../../../../domain/skills/skill-gaps'
import type { LiveSkillsAndOffers } from '../../../hooks/use-assessment'
import type { UiLanguage } from '../../../i18n/i18n'
import { gapText } from '../../../reasons/skill-gap-text'
import { GapWhy } from '../../skills/assessment/GapList'
import { DashboardCard } from './DashboardCard'

const SHOWN = 3

/** The engine's three best gaps, each as a sentence with the points it brings and the tier after. */
export function GapsCard({ live }: { live: LiveSkillsAndOffers }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { gaps, tier, score } = live.assessment.skills
  return (
    <DashboardCard
      title={t('dashboard.gaps.title')}
      link={{ href: '#/skills', label: t('dashboard.gaps.link') }}
      className="dash-gaps"
      testId="dashboard-gaps"
    >
      {gaps.length === 0 ? (
        <p className="muted">
          {/* At 100 no step adds, though domains may be left (review 20). */}
          {t(score >= 100 ? 'dashboard.gaps.atTop' : 'dashboard.gaps.none')}
        </p>
      ) : (
        <ol className="dash-gaps-list">
          {gaps.slice(0, SHOWN).map((gap) => (
            <GapLine
              key={`${gap.domain}:${gap.action}`}
              gap={gap}
              tier={tier}
              ruleset={live.ruleset}
              language={language}
            />
          ))}
        </ol>
      )}
    </DashboardCard>
  )
}

/** One gap: what to do, what it brings, and how its points add up (trial 20 #2). */
function GapLine({
  gap,
  tier,
  ruleset,
  language,
}: {
  gap: SkillGap
  tier: TierId
  ruleset: Ruleset
  language: UiLanguage
}) {
  const { t } = useTranslation()
  const actionId = useId()
  const text = gapText(gap, tier, t, language, ruleset)
  return (
    <li>
      <span className="dash-gap-action" id={actionId}>
        {text.action}
      </span>
      <strong className="dash-gain" data-tier-change={gap.tierAfter !== tier}>
        {text.effect}
      </strong>
      <GapWhy gap={gap} tier={tier} ruleset={ruleset} aboutId={actionId} />
    </li>
  )
}
