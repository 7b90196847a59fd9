/** What a merge import does with one incoming record, given the stored one with its id. */
export type MergeDecision = 'add' | 'update' | 'unchanged'

/**
 * Newest wins: an incoming record replaces the stored one only when it was changed later
 * (`updatedAt`, compared as instants: ISO text with and without milliseconds do not sort
 * alike). A tie keeps what is stored, so merging the
 * same file twice changes nothing the second time. A record without a timestamp (settings
 * written before they had one) counts as the oldest.
 */
export function mergeDecision(
  stored: { updatedAt?: string | undefined } | undefined,
  incoming: { updatedAt?: string | undefined },
): MergeDecision {
  if (stored === undefined) return 'add'
  const time = (stamp: string | undefined) => (stamp === undefined ? -Infinity : Date.parse(stamp))
  return time(incoming.updatedAt) > time(stored.updatedAt) ? 'update' : 'unchanged'
}
