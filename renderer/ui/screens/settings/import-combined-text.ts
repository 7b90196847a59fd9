import type { TFunction } from 'i18next'
import { EXPORT_TABLES } from '../../../data/transfer/export-format'
import type { CombinedRecords } from '../../../data/transfer/import'
import type { CurrentPayNote } from '../../../data/transfer/merge-pay'
import { combinedFieldName } from './import-field-words'

const PAY_NOTE_KEYS = {
  'removal-kept': 'removalKept',
  'removal-taken': 'removalTaken',
  'newer-in-file': 'newerInFile',
  'newer-here': 'newerHere',
  'saved-in-file-after': 'savedInFileAfter',
  'saved-here-after': 'savedHereAfter',
} as const satisfies Record<CurrentPayNote, string>

/** An engine figure in words: an exchange rate by its currency ("USD exchange rate"). */
function figureName(t: TFunction, path: string): string {
  const [group, currency] = path.split('.')
  return group === 'exchangeRates' && currency !== undefined
    ? t('settings.transfer.combinedFigures.rate', { currency })
    : combinedFieldName(t, path)
}

/**
 * What a merge took from each copy of a one-row record it combined (the profile, the tax and
 * market settings), one sentence a record: the newer copy stands, and the other filled what it
 * left empty (a new device's quick profile without pay took the file's pay); a current pay
 * removed or set after the other copy's says which stood, as does an engine figure cleared or
 * set after the other copy's; social insurance
 * figures for another city than the profile's that stands were not mixed in. The fields are
 * joined as the interface's language joins a list.
 */
export function importCombinedText(
  t: TFunction,
  language: string,
  combined: CombinedRecords,
): string[] {
  const list = new Intl.ListFormat(language, { type: 'conjunction' })
  const lines: string[] = []
  // In the order the result's table lists the tables.
  const tables = EXPORT_TABLES.filter((name): name is keyof CombinedRecords =>
    Object.hasOwn(combined, name),
  )
  for (const table of tables) {
    const record = combined[table]
    if (record === undefined) continue
    const words = (fields: readonly string[], rates: readonly string[]) => [
      ...fields.map((path) => combinedFieldName(t, path)),
      ...rates.map((currency) => t('data.combined.rate', { currency })),
    ]
    const fromFile = words(record.filledFromFile, record.ratesAdded)
    const kept = words(record.keptFromStored, record.ratesKept)
    const name = t(`data.table.${table}`)
    if (fromFile.length > 0) {
      lines.push(t('data.combined.filledFromFile', { table: name, fields: list.format(fromFile) }))
    }
    if (kept.length > 0) {
      lines.push(t('data.combined.keptFromStored', { table: name, fields: list.format(kept) }))
    }
    if (record.currentPay !== undefined) {
      lines.push(
        t(`settings.transfer.combinedPay.${PAY_NOTE_KEYS[record.currentPay]}`, { table: name }),
      )
    }
    for (const [note, paths] of Object.entries(record.figures ?? {})) {
      if (paths.length === 0) continue
      lines.push(
        t(`settings.transfer.combinedFigures.${PAY_NOTE_KEYS[note as CurrentPayNote]}`, {
          table: name,
          count: paths.length,
          fields: list.format(paths.map((path) => figureName(t, path))),
        }),
      )
    }
    const cities = record.socialInsuranceCity
    if (cities !== undefined) {
      lines.push(
        t(`settings.transfer.combinedCity.${cities.kept}`, {
          table: name,
          storedCity: cities.storedCity,
          fileCity: cities.fileCity,
        }),
      )
    }
  }
  return lines
}
