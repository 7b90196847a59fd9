import { useTranslation } from 'react-i18next'
import type { ReplacedData } from './replaced-data'

/**
 * After a replace in browser mode: the data as it was is kept in this window (replaced-data.ts),
 * and this says so, with Undo and a way to keep that data as a file beyond a reload.
 */
export function ReplaceUndo({
  kept,
  disabled,
  onUndo,
  onSave,
}: {
  kept: ReplacedData
  disabled: boolean
  onUndo: () => void
  onSave: () => void
}) {
  const { t, i18n } = useTranslation()
  const when = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(
    kept.replacedAt,
  )
  return (
    <div className="confirm" role="group" aria-labelledby="replace-undo-title">
      <h3 id="replace-undo-title">{t('settings.transfer.replacedTitle', { when })}</h3>
      <p>{t('settings.transfer.replacedKept')}</p>
      <div className="actions">
        <button type="button" onClick={onUndo} disabled={disabled}>
          {t('settings.transfer.undo')}
        </button>
        <button type="button" onClick={onSave} disabled={disabled}>
          {t('settings.transfer.saveBefore')}
        </button>
      </div>
    </div>
  )
}
