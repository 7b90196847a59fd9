import { describe, expect, it } from 'vitest'
import {
  RECORDS_IN_FLIGHT,
  RECORDS_PER_TASK,
  WRITE_CHUNK,
  WRITTEN_BATCH,
  writeInChunks,
} from '../../../../renderer/data/transfer/chunked-write'

/**
 * A stand-in for IndexedDB: each chunk is written back in a task of its own, later, in order.
 * Counts what a real store would see: the records handed over between two written back (one
 * UI-thread task), and the records in flight.
 */
function fakeStore() {
  let sinceWrittenBack = 0
  let inFlight = 0
  const seen = { mostPerTask: 0, mostInFlight: 0, calls: [] as number[][] }
  const write = (rows: readonly number[]) => {
    seen.calls.push([...rows])
    sinceWrittenBack += rows.length
    inFlight += rows.length
    seen.mostPerTask = Math.max(seen.mostPerTask, sinceWrittenBack)
    seen.mostInFlight = Math.max(seen.mostInFlight, inFlight)
    return new Promise<void>((resolve) => {
      setTimeout(() => {
        sinceWrittenBack = 0
        inFlight -= rows.length
        resolve()
      }, 0)
    })
  }
  return { write, seen }
}

const range = (count: number) => Array.from({ length: count }, (_, index) => index)

describe('writeInChunks', () => {
  it('hands every row over once, in order, a few a task, never more than its limit in flight', async () => {
    const { write, seen } = fakeStore()
    const advanced: number[] = []
    const passedOn: number[][] = []
    await writeInChunks(range(5025), {
      write,
      advance: (count) => advanced.push(count),
      onWritten: (rows) => passedOn.push([...rows]),
    })
    expect(seen.calls.flat()).toEqual(range(5025))
    expect(Math.max(...seen.calls.map((call) => call.length))).toBe(WRITE_CHUNK)
    expect(seen.mostPerTask).toBeLessThanOrEqual(RECORDS_PER_TASK)
    expect(seen.mostInFlight).toBeLessThanOrEqual(RECORDS_IN_FLIGHT)
    // It does fill the store up to its limit, not one chunk at a time.
    expect(seen.mostInFlight).toBeGreaterThan(RECORDS_IN_FLIGHT / 2)
    expect(advanced.reduce((sum, count) => sum + count, 0)).toBe(5025)
    expect(passedOn.flat()).toEqual(range(5025))
    expect(passedOn.slice(0, -1).every((batch) => batch.length === WRITTEN_BATCH)).toBe(true)
  })

  it('hands IndexedDB no chunk the selection empties, and still counts its rows done', async () => {
    const { write, seen } = fakeStore()
    let done = 0
    // Rows below 3,000 kept as stored (a merge's unchanged ones), the rest written.
    await writeInChunks(range(4000), {
      write,
      select: (chunk) => chunk.filter((row) => row >= 3000),
      advance: (count) => (done += count),
    })
    expect(seen.calls.every((call) => call.length > 0)).toBe(true)
    expect(seen.calls.flat()).toEqual(range(1000).map((row) => row + 3000))
    expect(seen.mostPerTask).toBeLessThanOrEqual(RECORDS_PER_TASK)
    expect(done).toBe(4000)
  })

  it('stops handing rows over once advance throws (a cancel)', async () => {
    const { write, seen } = fakeStore()
    let done = 0
    const cancelled = new Error('cancelled')
    await expect(
      writeInChunks(range(10_000), {
        write,
        advance: (count) => {
          done += count
          if (done >= 1000) throw cancelled
        },
      }),
    ).rejects.toBe(cancelled)
    const handed = seen.calls.flat().length
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(seen.calls.flat().length).toBe(handed)
    expect(handed).toBeLessThan(10_000)
  })
})
