import { useTranslation } from 'react-i18next'
import type { LiveSkillsAndOffers } from '../../../hooks/use-assessment'
import type { UiLanguage } from '../../../i18n/i18n'
import { gapText } from '../../../reasons/skill-gap-text'
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
          {gaps.slice(0, SHOWN).map((gap) => {
            const text = gapText(gap, tier, t, language, live.ruleset)
            return (
              <li key={`${gap.domain}:${gap.action}`}>
                <span className="dash-gap-action">{text.action}</span>
                <strong className="dash-gain" data-tier-change={gap.tierAfter !== tier}>
                  {text.effect}
                </strong>
              </li>
            )
          })}
        </ol>
      )}
    </DashboardCard>
  )
}
