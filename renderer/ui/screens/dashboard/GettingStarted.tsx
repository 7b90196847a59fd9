import { useTranslation } from 'react-i18next'
import type { SampleActions } from './use-sample-actions'

/** A new user's first steps, and the sample to look around with before entering anything. */
export function GettingStarted({
  canLoadSample,
  actions,
}: {
  canLoadSample: boolean
  actions: SampleActions
}) {
  const { t } = useTranslation()
  const steps = [
    {
      href: '#/skills',
      label: t('dashboard.start.profile'),
      hint: t('dashboard.start.profileHint'),
    },
    { href: '#/skills', label: t('dashboard.start.skills'), hint: t('dashboard.start.skillsHint') },
    // The new offer's form itself, not the list where the user would look for its link again:
    // the screen's heading above that form takes the keyboard focus (App).
    {
      href: '#/offers/new',
      label: t('dashboard.start.offers'),
      hint: t('dashboard.start.offersHint'),
    },
  ]
  return (
    <div className="dash-start" data-testid="dashboard-start">
      <section className="panel" aria-labelledby="dash-start-title">
        <h2 id="dash-start-title">{t('dashboard.start.title')}</h2>
        <p>{t('dashboard.start.intro')}</p>
        <ol className="dash-steps">
          {steps.map((step) => (
            <li key={step.label}>
              <a href={step.href}>{step.label}</a>
              <span className="muted"> — {step.hint}</span>
            </li>
          ))}
        </ol>
      </section>
      {canLoadSample ? (
        <section className="panel" aria-labelledby="dash-sample-title">
          <h2 id="dash-sample-title">{t('dashboard.sample.title')}</h2>
          <p>{t('dashboard.sample.description')}</p>
          <div className="actions">
            <button type="button" onClick={actions.load} disabled={actions.busy !== null}>
              {actions.busy === 'load' ? t('dashboard.sample.loading') : t('dashboard.sample.load')}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  )
}
