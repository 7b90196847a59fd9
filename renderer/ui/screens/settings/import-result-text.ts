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
 * records kept because the app's copy is newer apart from those that are the same; a replace
 * tells which of the records it wrote over yours differ from them, rather than "all removed,
 * all added" (new-user trial, M5).
 */
export function importResultText(
  t: TFunction,
  language: string,
  { fileName, mode, counts }: { fileName: string; mode: ImportMode; counts: ImportCounts },
): string {
  const number = new Intl.NumberFormat(language)
  const totals = importTotals(counts)
  type Part =
    | 'added'
    | 'updated'
    | 'keptNewer'
    | 'unchanged'
    | 'differ'
    | 'same'
    | 'replacedUncompared'
    | 'removed'
  const part = (key: Part, count: number) =>
    count === 0 ? [] : [t(`data.result.${key}`, { count, formatted: number.format(count) })]
  // Same time, different content: kept, and said so, not counted as unchanged.
  const sameTime =
    totals.keptSameTime === 0
      ? []
      : [
          t('settings.transfer.result.keptSameTime', {
            count: totals.keptSameTime,
            formatted: number.format(totals.keptSameTime),
          }),
        ]
  const parts =
    mode === 'merge'
      ? [
          ...part('added', totals.added),
          ...part('updated', totals.updated),
          ...part('keptNewer', totals.keptNewer),
          ...sameTime,
          ...part('unchanged', totals.unchanged),
        ]
      : [
          ...part('differ', totals.updated),
          ...part('same', totals.unchanged),
          ...part('replacedUncompared', totals.replaced),
          ...part('added', totals.added),
          ...part('removed', totals.removed),
        ]
  const records =
    totals.added +
    totals.updated +
    totals.unchanged +
    totals.keptNewer +
    totals.keptSameTime +
    totals.replaced
  return t(mode === 'merge' ? 'data.result.merged' : 'data.result.replaced', {
    fileName,
    records: t('data.result.records', { count: records, formatted: number.format(records) }),
    parts: parts.length === 0 ? t('data.result.nothing') : parts.join(t('data.result.separator')),
  })
}
