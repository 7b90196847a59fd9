import { useTranslation } from 'react-i18next'
import type { TransferProgress } from '../../../data/transfer/progress'

/** A determinate bar once the total is known, with the phase and the count in words. */
export function TransferProgressBar({ progress }: { progress: TransferProgress | null }) {
  const { t, i18n } = useTranslation()
  const number = new Intl.NumberFormat(i18n.language)
  const label = progress
    ? t(`data.phase.${progress.phase}`, {
        done: number.format(progress.done),
        total: number.format(progress.total),
      })
    : t('data.phase.start')
  return (
    <div className="progress-row">
      <progress
        aria-label={label}
        {...(progress && progress.total > 0 ? { value: progress.done, max: progress.total } : {})}
      />
      <span role="status" data-testid="transfer-progress">
        {label}
      </span>
    </div>
  )
}
