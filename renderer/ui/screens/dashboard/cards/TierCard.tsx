import { useTranslation } from 'react-i18next'
import type { SkillSnapshot } from '../../../../data/records'
import { tierRuleFor } from '../../../../domain/ruleset/lookup'
import { CitationView } from '../../../citation/CitationView'
import { formatChangeRange, formatFenRange, formatPoints } from '../../../format/amount'
import type { LiveSkillsAndOffers } from '../../../hooks/use-assessment'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber, tierName } from '../../../reasons/names'
import { formatDay } from '../dashboard-format'
import { currentPayRateWrongTexts } from '../../../format/current-pay-rate'
import { DashboardCard } from './DashboardCard'
import { Sparkline } from './Sparkline'
import { TierCardRules } from './TierCardRules'

/** The tier and premium score, the raise and total they command, and the score's trend. */
export function TierCard({
  live,
  snapshots,
  today,
}: {
  live: LiveSkillsAndOffers
  snapshots: readonly SkillSnapshot[]
  today: string
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { skills } = live.assessment
  const rule = tierRuleFor(live.ruleset, skills.tier)
  const first = snapshots[0]
  const last = snapshots.at(-1)
  const day = (date: string) => formatDay(date, language, today)

  let trend: string
  if (!first || !last || snapshots.length < 2) trend = t('dashboard.tier.trendNone')
  else {
    const change = Math.round((last.score - first.score) * 10) / 10
    trend =
      change === 0
        ? t('dashboard.tier.trendFlat', { date: day(first.date) })
        : t('dashboard.tier.trendUp', {
            change: formatPoints(change, language),
            date: day(first.date),
          })
  }

  return (
    <DashboardCard
      title={t('dashboard.tier.title')}
      link={{ href: '#/skills', label: t('dashboard.tier.link') }}
      className="dash-tier"
      testId="dashboard-tier"
    >
      <p className="dash-tier-name">{tierName(live.ruleset, skills.tier, language)}</p>
      <p className="dash-tier-score">
        {t('dashboard.tier.score', { score: formatNumber(skills.score, language) })}
      </p>
      <TierCardRules skills={skills} ruleset={live.ruleset} />
      <p>
        {t('dashboard.tier.raise', {
          raise: formatChangeRange(skills.expectedRaise, language),
        })}
        <br />
        {live.assessment.currentPay?.ok === false &&
        (skills.expectedTotalBasis === 'none' || skills.expectedTotalBasis === 'tier')
          ? // A saved pay that cannot be counted is not a missing one (review 20).
            t('dashboard.tier.totalPayUncounted', {
              total: skills.expectedTotal
                ? formatFenRange(skills.expectedTotal, language, 'year')
                : '–',
            })
          : !skills.expectedTotal
            ? // Nothing judges this person's yearly total without their pay (L25: premium's ≈1M+
              // is an in-field PhD's): said, as on Skills, rather than left out.
              t('dashboard.tier.totalNone')
            : skills.expectedTotalBasis === 'tier-floor' && skills.expectedTotalFromPay
              ? // Lifted to the tier's yearly total: the working beside it, as on Skills (trial 16).
                t('dashboard.tier.totalLifted', {
                  total: formatFenRange(skills.expectedTotal, language, 'year'),
                  fromPay: formatFenRange(skills.expectedTotalFromPay, language, 'year'),
                })
              : skills.expectedTotalBasis === 'tier'
                ? // The article's figure for an in-field PhD, not one from this person's pay.
                  t('dashboard.tier.totalFromTier', {
                    total: formatFenRange(skills.expectedTotal, language, 'year'),
                  })
                : t('dashboard.tier.total', {
                    total: formatFenRange(skills.expectedTotal, language, 'year'),
                  })}
      </p>
      {/* The total shown rests on the current pay: a rate of the wrong size under it is named. */}
      {skills.expectedTotalBasis === 'current-pay' || skills.expectedTotalBasis === 'tier-floor'
        ? currentPayRateWrongTexts(t, language, 'total', live.assessment.currentPay).map((text) => (
            <p key={text} className="dash-rate-wrong" role="note">
              {text}
            </p>
          ))
        : null}
      {live.sources.skills.length === 0 ? (
        <p className="hint">{t('dashboard.tier.noSkills')}</p>
      ) : !live.profileSaved ? (
        <p className="hint">{t('dashboard.tier.noProfile')}</p>
      ) : null}
      <div className="dash-trend">
        {first && last ? (
          <Sparkline
            points={snapshots}
            label={t('dashboard.tier.chartLabel', {
              from: day(first.date),
              to: day(last.date),
              first: formatNumber(first.score, language),
              last: formatNumber(last.score, language),
            })}
          />
        ) : null}
        <p className="muted">{trend}</p>
      </div>
      <CitationView
        citation={rule.citation}
        assumption={rule.assumption}
        summary={t('dashboard.tier.source')}
      />
      {skills.judgingTotal &&
      (skills.expectedTotalBasis === 'tier' || skills.expectedTotalBasis === 'tier-floor') ? (
        // The total shown is the in-field PhD's (L25, L17), not the tier's: its own sentences
        // (review 20: a core PhD's card quoted core's rule beside premium's 1M-2M).
        <CitationView
          citation={skills.judgingTotal.citation}
          summary={t('dashboard.tier.totalSource')}
        />
      ) : null}
    </DashboardCard>
  )
}
