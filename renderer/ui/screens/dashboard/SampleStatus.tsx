import { useTranslation } from 'react-i18next'
import { sentenceGap } from '../../format/sentence-gap'
import type { UiLanguage } from '../../i18n/i18n'
import type { SampleOutcome } from './use-sample-actions'

/** What loading or clearing the sample did: a live region that stays on the screen for news, an
 *  alert for a refusal or a failure. */
export function SampleStatus({ outcome }: { outcome: SampleOutcome | null }) {
  const { t, i18n } = useTranslation()
  const gap = sentenceGap(i18n.language as UiLanguage)
  let done = ''
  if (outcome?.kind === 'loaded') done = t('dashboard.sample.loaded')
  else if (outcome?.kind === 'cleared') {
    done = t('dashboard.sample.cleared')
    if (outcome.cleared.profile === 'kept') done += `${gap}${t('dashboard.sample.profileKept')}`
    const { kept } = outcome.cleared
    if (kept > 0) done += `${gap}${t('dashboard.sample.kept', { count: kept })}`
  }
  return (
    <>
      <p role="status" className="status" data-testid="sample-status">
        {done}
      </p>
      {outcome?.kind === 'refused' || outcome?.kind === 'failed' ? (
        <p role="alert" className="status error">
          {outcome.kind === 'refused'
            ? t('dashboard.sample.refused')
            : t('dashboard.sample.failed', { detail: outcome.detail })}
        </p>
      ) : null}
    </>
  )
}
