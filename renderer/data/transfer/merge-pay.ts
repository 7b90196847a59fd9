/** The profile as far as its current pay goes (records.ts: storedProfileSchema). */
interface PayHolder {
  currentPay?: unknown
  currentPayChangedAt?: string | undefined
  updatedAt: string
}

/**
 * What a merge says of the current pay where the stamps, not the newer profile, decided it:
 * a removal kept here or taken from the file, or a pay set later than the other copy's pay or
 * removal, in the file or here.
 */
export type CurrentPayNote = 'removal-kept' | 'removal-taken' | 'newer-in-file' | 'newer-here'

/**
 * When a copy's current pay was last set, changed or removed: its stamp; without one (a row or
 * an export from before the stamp), a pay was set at its profile's last save at the latest,
 * and no pay was never set (-Infinity: any pay of the other copy fills it, as before).
 */
function payTime(copy: PayHolder): number {
  if (copy.currentPayChangedAt !== undefined) return Date.parse(copy.currentPayChangedAt)
  return copy.currentPay === undefined ? -Infinity : Date.parse(copy.updatedAt)
}

/**
 * Which copy's current pay a merge keeps, with its stamp: the one set, changed or removed later
 * (a pay removed on purpose after the other copy's was set stays removed); a tie goes to the
 * newer profile. The note says what the result should tell where the newer profile's pay did
 * not simply stand; `filled`: the older copy's pay filled one the newer never had.
 */
export function currentPayFrom(
  stored: PayHolder,
  file: PayHolder,
  fileIsNewer: boolean,
): { from: 'stored' | 'file'; note: CurrentPayNote | null; filled: boolean } {
  const storedAt = payTime(stored)
  const fileAt = payTime(file)
  const from =
    fileAt > storedAt ? 'file' : storedAt > fileAt ? 'stored' : fileIsNewer ? 'file' : 'stored'
  const [winner, loser] = from === 'file' ? [file, stored] : [stored, file]
  const winnerIsNewer = (from === 'file') === fileIsNewer
  if (winner.currentPay === undefined) {
    if (loser.currentPay === undefined) return { from, note: null, filled: false }
    return { from, note: from === 'stored' ? 'removal-kept' : 'removal-taken', filled: false }
  }
  const neverSet = loser.currentPay === undefined && loser.currentPayChangedAt === undefined
  if (winnerIsNewer) return { from, note: null, filled: false }
  // The older copy's pay, where the newer never had one: a field filled, as any empty one.
  if (neverSet) return { from, note: null, filled: true }
  return { from, note: from === 'file' ? 'newer-in-file' : 'newer-here', filled: false }
}
