import type { TFunction } from 'i18next'
import { EXPORT_TABLES } from '../../../data/transfer/export-format'
import type { ImportCounts, ImportMode, TableCounts } from '../../../data/transfer/import'

/** Each count of an import, summed over its tables. */
export function importTotals(counts: ImportCounts): TableCounts {
  const sum = (column: keyof TableCounts) =>
    EXPORT_TABLES.reduce((total, name) => total + counts[name][column], 0)
  return {
    added: sum('added'),
    updated: sum('updated'),
    unchanged: sum('unchanged'),
    keptNewer: sum('keptNewer'),
    keptSameTime: sum('keptSameTime'),
    replaced: sum('replaced'),
    removed: sum('removed'),
  }
}

/**
 * An import's result in one sentence, for the status line (a screen reader hears it): the
 * file's records, then what became of them, the counts that are not zero. A merge tells the
 * records kept because this computer's copy is newer apart from those that are the same; a
 * replace tells which of the records it wrote over this computer's differ from them, rather
 * than "all removed, all added" (new-user trial, M5), in the result table's words. The records
 * a replace removed from this computer are not the file's: a second sentence tells them, so
 * the first one's parts add up to its count (trial 32).
 */
export function importResultText(
  t: TFunction,
  language: string,
  { fileName, mode, counts }: { fileName: string; mode: ImportMode; counts: ImportCounts },
): string {
  const number = new Intl.NumberFormat(language)
  const totals = importTotals(counts)
  /** The parts in the shared data.* words, and those in the settings' (this computer's). */
  type SharedPart = 'added' | 'updated' | 'unchanged'
  type SettingsPart = 'keptNewer' | 'keptSameTime' | 'updated' | 'unchanged' | 'replacedUncompared'
  const options = (count: number) => ({ count, formatted: number.format(count) })
  const part = (key: SharedPart, count: number) =>
    count === 0 ? [] : [t(`data.result.${key}`, options(count))]
  const here = (key: SettingsPart, count: number) =>
    count === 0 ? [] : [t(`settings.transfer.result.${key}`, options(count))]
  const parts =
    mode === 'merge'
      ? [
          ...part('added', totals.added),
          ...part('updated', totals.updated),
          ...here('keptNewer', totals.keptNewer),
          // Same time, different content: kept, and said so, not counted as unchanged.
          ...here('keptSameTime', totals.keptSameTime),
          ...part('unchanged', totals.unchanged),
        ]
      : [
          ...here('updated', totals.updated),
          ...here('unchanged', totals.unchanged),
          ...here('replacedUncompared', totals.replaced),
          ...part('added', totals.added),
        ]
  const records =
    totals.added +
    totals.updated +
    totals.unchanged +
    totals.keptNewer +
    totals.keptSameTime +
    totals.replaced
  const sentence =
    mode === 'replace' && records === 0
      ? t('settings.transfer.result.replacedNothing', { fileName })
      : t(mode === 'merge' ? 'data.result.merged' : 'data.result.replaced', {
          fileName,
          records: t('data.result.records', { count: records, formatted: number.format(records) }),
          parts:
            parts.length === 0 ? t('data.result.nothing') : parts.join(t('data.result.separator')),
        })
  if (mode === 'merge' || totals.removed === 0) return sentence
  return t('settings.transfer.result.withRemoved', {
    sentence,
    removed: t('settings.transfer.result.removed', options(totals.removed)),
  })
}
