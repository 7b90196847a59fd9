/**
 * One list table of an import handed to IndexedDB in small chunks, inside the import's own
 * transaction (import.ts opens it; this only paces the requests).
 *
 * Why it exists: each record handed to IndexedDB is copied on the UI thread (Chromium
 * serializes it, then reads a clone of it back for the index keys: about 0.1-0.15 ms a journal
 * entry), and a transaction takes more requests only inside IndexedDB's own callbacks. Handing
 * thousands of records over in one task froze the window (4 chunks of 500 in the first task:
 * 300-500 ms at 50,000 entries); handing one chunk and waiting for it left IndexedDB idle
 * while the next was prepared. So a few records go out at each chunk written back, and the
 * records in flight grow to a few thousand; progress and cancel come between chunks.
 */

/**
 * Records handed to IndexedDB before the oldest of them is waited for. Waiting for each chunk
 * before sending the next left IndexedDB idle while this thread prepared the next one; a few
 * thousand in flight keep it busy, and progress and cancel still come between chunks.
 */
export const RECORDS_IN_FLIGHT = 2000

/**
 * Records handed to IndexedDB in one `bulkAdd`/`bulkPut`: smaller than RECORDS_PER_TASK, so
 * that each chunk written back lets more go than it frees, and the records in flight grow to
 * RECORDS_IN_FLIGHT.
 */
export const WRITE_CHUNK = 50

/**
 * Records handed to IndexedDB in one task at most: the write hands over a few records at each
 * chunk written back, and fills its RECORDS_IN_FLIGHT over a few of them, instead of at once.
 */
export const RECORDS_PER_TASK = 100

/** Written records passed on to `onWritten` together: the search worker gets them in one
 *  message, not one message per small chunk. */
export const WRITTEN_BATCH = 500

/** How one table's records are written (writeInChunks). */
export interface ChunkedWrite<Row> {
  /** Hands rows to IndexedDB (a `bulkAdd` or `bulkPut`); resolves once they are written back.
   *  Never called with no rows. */
  write: (rows: readonly Row[]) => Promise<unknown>
  /** Of one chunk, the rows to write (a merge leaves out those it keeps as stored); all of
   *  them when not given. */
  select?: (chunk: readonly Row[]) => readonly Row[]
  /** A chunk of `count` records is done (written back, or had nothing to write). May throw,
   *  to cancel: the transaction then fails and nothing is stored. */
  advance: (count: number) => void
  /** The rows handed to IndexedDB, WRITTEN_BATCH at a time (the last batch smaller), as they
   *  are handed over: they are stored only if the transaction commits. */
  onWritten?: ((rows: readonly Row[]) => void) | undefined
}

/**
 * Writes `rows` in chunks of WRITE_CHUNK, at most RECORDS_IN_FLIGHT in flight and
 * RECORDS_PER_TASK handed over a task, and resolves once every chunk is written back. Must run
 * inside the caller's transaction.
 */
export async function writeInChunks<Row>(
  rows: readonly Row[],
  { write, select, advance, onWritten }: ChunkedWrite<Row>,
): Promise<void> {
  // Chunks handed to IndexedDB and not yet written back, oldest first.
  const inFlight: { done: Promise<void>; count: number }[] = []
  let recordsInFlight = 0
  /** Records handed over since the write last came back from IndexedDB (this task's). */
  let handedThisTask = 0
  /** Written records not yet passed on to `onWritten`. */
  const toPassOn: Row[] = []
  const writtenBack = async () => {
    const oldest = inFlight.shift()
    if (!oldest) return
    await oldest.done
    recordsInFlight -= oldest.count
    handedThisTask = 0
    advance(oldest.count)
  }
  for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
    const chunk = rows.slice(start, start + WRITE_CHUNK)
    const written = select ? select(chunk) : chunk
    if (onWritten) {
      for (const row of written) toPassOn.push(row)
      if (toPassOn.length >= WRITTEN_BATCH) onWritten(toPassOn.splice(0))
    }
    if (written.length === 0) {
      // All unchanged: nothing for IndexedDB. Dexie answers an empty bulkPut at once, in this
      // same task, so waiting for it would count as a chunk written back and let the next
      // 2,000 records go out in one task (a merge of a newer export of the same journal).
      advance(chunk.length)
      continue
    }
    const chunkDone = write(written).then(() => undefined)
    // Awaited below in order; one left in flight by a cancel must not be reported unhandled.
    chunkDone.catch(() => undefined)
    inFlight.push({ done: chunkDone, count: chunk.length })
    recordsInFlight += chunk.length
    handedThisTask += written.length
    // The next chunk waits for room, and for a chunk written back when this task has
    // handed over its share (the wait ends in IndexedDB's callback: a new task).
    while (
      inFlight.length > 0 &&
      (recordsInFlight >= RECORDS_IN_FLIGHT || handedThisTask >= RECORDS_PER_TASK)
    ) {
      await writtenBack()
    }
  }
  if (onWritten && toPassOn.length > 0) onWritten(toPassOn.splice(0))
  while (inFlight.length > 0) await writtenBack()
}
