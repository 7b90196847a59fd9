import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useSkillsAndOffersAssessment } from '../../hooks/use-assessment'
import { BackupCard } from './cards/BackupCard'
import { GapsCard } from './cards/GapsCard'
import { GoalCard } from './cards/GoalCard'
import { JournalWeekCard } from './cards/JournalWeekCard'
import { OffersCard } from './cards/OffersCard'
import { TierCard } from './cards/TierCard'
import { GettingStarted } from './GettingStarted'
import { SampleNotice } from './SampleNotice'
import { SampleStatus } from './SampleStatus'
import { useDashboardData } from './use-dashboard-data'
import { useSampleActions } from './use-sample-actions'
import './dashboard.css'

/**
 * Where the user stands at a glance, each card a door to its screen: tier and trend, what
 * would raise the score, open offers by risk, the journal's week, the next goal, the backup.
 * A new user (no profile, skill or offer) sees the first steps and the sample instead.
 */
export function DashboardScreen({
  headingRef,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>
}) {
  const { t } = useTranslation()
  const live = useSkillsAndOffersAssessment()
  const data = useDashboardData()
  const actions = useSampleActions(headingRef)
  const empty =
    live !== undefined &&
    !live.profileSaved &&
    live.sources.skills.length === 0 &&
    live.sources.offers.length === 0

  return (
    <section aria-labelledby="section-title" className="section dashboard">
      <h1 id="section-title" ref={headingRef} tabIndex={-1}>
        {t('dashboard.title')}
      </h1>
      <SampleStatus outcome={actions.outcome} />
      {!live || !data ? (
        <p className="muted" role="status">
          {t('dashboard.loading')}
        </p>
      ) : empty ? (
        <GettingStarted canLoadSample={data.sample.canLoad} actions={actions} />
      ) : (
        <>
          {data.sample.loaded ? <SampleNotice actions={actions} /> : null}
          <div className="dash-grid">
            <TierCard live={live} snapshots={data.snapshots} today={data.today} />
            <GapsCard live={live} />
            <OffersCard
              live={live}
              nextDeadline={data.nextDeadline}
              passedDeadlines={data.passedDeadlines}
              today={data.today}
            />
            <JournalWeekCard week={data.week} today={data.today} />
            <GoalCard goal={data.nextGoal} live={live} today={data.today} />
            <BackupCard
              lastExportAt={data.lastExportAt}
              lastAutomaticBackup={data.lastAutomaticBackup}
              today={data.today}
            />
          </div>
        </>
      )}
    </section>
  )
}
