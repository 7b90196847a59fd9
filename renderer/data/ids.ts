/**
 * Ids that sort in the order they were made: a UUID of version 7 (RFC 9562), the time in
 * milliseconds in its first 48 bits, then a 12-bit counter, then 62 random bits. As text
 * (lowercase hexadecimal, dashes at fixed places) it sorts as its bytes do, so IndexedDB, which
 * orders records of an equal index key by their primary key, keeps them in the order written:
 * the journal's entries of one day (a random id shuffled them).
 *
 * Still 36 characters of a UUID's shape (ids are any text of 1 to 64, domain/model/id.ts), and
 * random enough that two machines' records merged by an import do not collide.
 */

/** The counter's 12 bits (RFC 9562 §6.2, method 1: a counter within the millisecond). */
const COUNTER_MAX = 0xfff
/** A new millisecond's counter starts at random below this, leaving room to count up. */
const COUNTER_START = 0x800

let lastMs = -1
let counter = 0

/**
 * A fresh id stamped with `now`, greater than every id made before in this window even when
 * `now` repeats or steps back (a clock set back, a caller's fixed time): the counter, then the
 * millisecond, count on from the last id instead.
 */
export function timeOrderedId(now: Date = new Date()): string {
  const random = crypto.getRandomValues(new Uint8Array(10))
  const asked = Number.isFinite(now.getTime()) ? now.getTime() : Date.now()
  if (asked > lastMs) {
    lastMs = asked
    counter = (((random[0] ?? 0) << 4) | ((random[1] ?? 0) >> 4)) % COUNTER_START
  } else if (counter < COUNTER_MAX) {
    counter += 1
  } else {
    lastMs += 1
    counter = 0
  }
  const bytes = new Uint8Array(16)
  // 48 bits of milliseconds: more than JavaScript's bitwise operators hold, so by division.
  let ms = lastMs
  for (let index = 5; index >= 0; index -= 1) {
    bytes[index] = ms % 256
    ms = Math.floor(ms / 256)
  }
  bytes[6] = 0x70 | (counter >> 8)
  bytes[7] = counter & 0xff
  bytes.set(random.subarray(2), 8)
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f)
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
