import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { EXPORT_TABLES, type ExportDocument } from '../../../data/transfer/export-format'
import type { ImportMode } from '../../../data/transfer/import'
import type { SameNameCount } from '../../../data/transfer/same-name'
import { importSameNameText } from './import-same-name-text'
import type { StoredCount } from './stored-counts'

/**
 * The choice between merge and replace, once the file is checked: what the file holds, and
 * what is stored now, which Replace removes (counted a table, as the result table counts it);
 * in browser mode, where no backup is made, that the data is kept in the window for Undo; and
 * the file's records a merge would add beside this computer's with the same name (trial 19).
 */
export function ImportConfirm({
  fileName,
  document,
  stored,
  sameName = [],
  keptForUndo,
  onChoose,
  onCancel,
}: {
  fileName: string
  document: ExportDocument
  stored: StoredCount[]
  /** The file's records a merge keeps beside this computer's of the same name (same-name.ts). */
  sameName?: readonly SameNameCount[]
  /** Browser mode: a replace keeps the data as it was in memory (replaced-data.ts). */
  keptForUndo: boolean
  onChoose: (mode: ImportMode) => void
  onCancel: () => void
}) {
  const { t, i18n } = useTranslation()
  const first = useRef<HTMLButtonElement>(null)
  // The choice appears below the fold: bring it into view and put the keyboard on it.
  useEffect(() => {
    first.current?.scrollIntoView({ block: 'center' })
    first.current?.focus()
  }, [])
  const { data } = document
  const number = new Intl.NumberFormat(i18n.language)
  // Every table the file holds records of (goals, profile, score history too), in file order.
  const fileList = EXPORT_TABLES.flatMap((name) => {
    const value = data[name]
    const count = Array.isArray(value) ? value.length : value === null ? 0 : 1
    return count === 0
      ? []
      : [
          t('settings.transfer.tableCount', {
            table: t(`data.table.${name}`),
            count: number.format(count),
          }),
        ]
  }).join(t('settings.transfer.listSeparator'))
  const exportedAt = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(document.exportedAt))
  const storedList = stored
    .map((row) =>
      t('settings.transfer.tableCount', {
        table: t(`data.table.${row.table}`),
        count: number.format(row.count),
      }),
    )
    .join(t('settings.transfer.listSeparator'))
  const sameNameText = importSameNameText(t, i18n.language, sameName)
  return (
    <div className="confirm" role="group" aria-labelledby="import-confirm-title">
      <h3 id="import-confirm-title">{t('data.confirmTitle', { fileName })}</h3>
      <p>
        {fileList === ''
          ? t('settings.transfer.fileHoldsNothing', { exportedAt })
          : t('settings.transfer.fileHolds', { exportedAt, list: fileList })}
      </p>
      <p data-testid="replace-removes">
        {stored.length === 0
          ? t('settings.transfer.storedNothing')
          : t(keptForUndo ? 'settings.transfer.storedNowKept' : 'settings.transfer.storedNow', {
              list: storedList,
            })}
      </p>
      {sameNameText !== null && (
        <p id="import-same-name" data-testid="same-name">
          {sameNameText}
        </p>
      )}
      <div className="actions">
        <button
          ref={first}
          type="button"
          // Merge takes the focus as the step opens: a screen reader hears the warning with it.
          aria-describedby={sameNameText !== null ? 'import-same-name' : undefined}
          onClick={() => {
            onChoose('merge')
          }}
        >
          {t('data.merge')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            onChoose('replace')
          }}
        >
          {t('data.replace')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('data.cancel')}
        </button>
      </div>
      <p className="hint">{t('data.modeHint')}</p>
    </div>
  )
}
