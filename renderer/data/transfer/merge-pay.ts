import { canonicalJson } from './merge'

/** The profile as far as its current pay goes (records.ts: storedProfileSchema). */
interface PayHolder {
  currentPay?: unknown
  currentPayChangedAt?: string | undefined
  updatedAt: string
}

/**
 * What a merge says of a value (the current pay, an engine figure) where the stamps, not the
 * newer record, decided it: a removal kept here or taken from the file, or a value set later
 * than the other copy's value or removal, in the file or here. `saved-…-after`: the same, where
 * the winning copy has no stamp (saved before stamps were kept), so all that is known is that
 * its record was saved after the other's value changed, not that its value was set then
 * (review 22: "you set it after the file's" was said of a pay set long before, whose profile
 * had only had its city edited since).
 */
export type CurrentPayNote =
  | 'removal-kept'
  | 'removal-taken'
  | 'newer-in-file'
  | 'newer-here'
  | 'saved-in-file-after'
  | 'saved-here-after'

/** One copy's value that can be removed, with when it last changed (absent: not known). */
export interface StampedValue {
  value: unknown
  changedAt: string | undefined
  /** The record's own last save. */
  updatedAt: string | undefined
}

/**
 * When a copy's value was last set, changed or removed: its stamp; without one (a row or an
 * export from before the stamp), a value was set at its record's last save at the latest, and
 * no value was never set (-Infinity: any value of the other copy fills it, as before).
 */
function changeTime(copy: StampedValue): number {
  if (copy.changedAt !== undefined) return Date.parse(copy.changedAt)
  if (copy.value === undefined || copy.updatedAt === undefined) return -Infinity
  return Date.parse(copy.updatedAt)
}

/**
 * Which copy's value a merge keeps: the one set, changed or removed later (a value removed on
 * purpose after the other copy's was set stays removed); a tie goes to the newer record. The
 * note says what the result should tell where the newer record's value did not simply stand;
 * `filled`: the older copy's value filled one the newer never had.
 */
export function laterChange(
  stored: StampedValue,
  file: StampedValue,
  fileIsNewer: boolean,
): { from: 'stored' | 'file'; note: CurrentPayNote | null; filled: boolean } {
  const storedAt = changeTime(stored)
  const fileAt = changeTime(file)
  const from =
    fileAt > storedAt ? 'file' : storedAt > fileAt ? 'stored' : fileIsNewer ? 'file' : 'stored'
  const [winner, loser] = from === 'file' ? [file, stored] : [stored, file]
  const winnerIsNewer = (from === 'file') === fileIsNewer
  if (winner.value === undefined) {
    if (loser.value === undefined) return { from, note: null, filled: false }
    return { from, note: from === 'stored' ? 'removal-kept' : 'removal-taken', filled: false }
  }
  const neverSet = loser.value === undefined && loser.changedAt === undefined
  if (winnerIsNewer) return { from, note: null, filled: false }
  // The older copy's value, where the newer never had one: a field filled, as any empty one.
  if (neverSet) return { from, note: null, filled: true }
  if (winner.changedAt === undefined) {
    return {
      from,
      note: from === 'file' ? 'saved-in-file-after' : 'saved-here-after',
      filled: false,
    }
  }
  return { from, note: from === 'file' ? 'newer-in-file' : 'newer-here', filled: false }
}

/** laterChange for the profile's current pay, with its stamp (`currentPayChangedAt`). */
export function currentPayFrom(
  stored: PayHolder,
  file: PayHolder,
  fileIsNewer: boolean,
): { from: 'stored' | 'file'; note: CurrentPayNote | null; filled: boolean } {
  const pay = (copy: PayHolder): StampedValue => ({
    value: copy.currentPay,
    changedAt: copy.currentPayChangedAt,
    updatedAt: copy.updatedAt,
  })
  return laterChange(pay(stored), pay(file), fileIsNewer)
}

/**
 * The merged profile with a stamp for a current pay it holds without one, as merge-figures.ts
 * `withFigureStamps` does for the engine's figures (review 23 H1): the time of the copy the pay
 * came from, not the merged row's later one.
 */
export function withPayStamp<Row extends PayHolder>(
  written: Row,
  stored: PayHolder,
  file: PayHolder,
): Row {
  if (written.currentPay === undefined || written.currentPayChangedAt !== undefined) return written
  const same = (copy: PayHolder) =>
    canonicalJson(copy.currentPay) === canonicalJson(written.currentPay)
  const source = [stored, file]
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))
    .find(same)
  if (source === undefined || source.updatedAt === written.updatedAt) return written
  return { ...written, currentPayChangedAt: source.currentPayChangedAt ?? source.updatedAt }
}
