import { useTranslation } from 'react-i18next'
import type { SampleActions } from './use-sample-actions'

/** Says the sample is what the user sees, and clears it. */
export function SampleNotice({ actions }: { actions: SampleActions }) {
  const { t } = useTranslation()
  return (
    <div className="dash-sample-notice" data-testid="sample-notice">
      <p>{t('dashboard.sample.notice')}</p>
      <button type="button" onClick={actions.clear} disabled={actions.busy !== null}>
        {actions.busy === 'clear' ? t('dashboard.sample.clearing') : t('dashboard.sample.clear')}
      </button>
    </div>
  )
}
