import type { TFunction } from 'i18next'
import type { SameNameCount } from '../../../data/transfer/same-name'

/**
 * What the import's confirm step says of the records a merge would add beside this computer's
 * with the same name (same-name.ts), table by table; null where there are none.
 */
export function importSameNameText(
  t: TFunction,
  language: string,
  counts: readonly SameNameCount[],
): string | null {
  if (counts.length === 0) return null
  const number = new Intl.NumberFormat(language)
  const items = counts.map(({ table, count }) =>
    t(`settings.transfer.sameName.${table}`, { count, formatted: number.format(count) }),
  )
  const last = items.pop() ?? ''
  const list =
    items.length === 0
      ? last
      : items.join(t('settings.transfer.listSeparator')) +
        t('settings.transfer.sameName.lastSeparator') +
        last
  const total = counts.reduce((sum, row) => sum + row.count, 0)
  return t('settings.transfer.sameName.intro', { count: total, list })
}
