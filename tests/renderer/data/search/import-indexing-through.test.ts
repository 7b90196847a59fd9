import { describe, expect, it } from 'vitest'
import { importIndexingThrough } from '../../../../renderer/data/search/search-client'
import type { StoredJournalEntry } from '../../../../renderer/data/records'

/** A worker channel that records each call and fails the methods named. */
function channel(failing: readonly string[]) {
  const calls: string[] = []
  const call = ((method: string) => {
    calls.push(method)
    return failing.includes(method)
      ? Promise.reject(new Error(`${method} failed`))
      : Promise.resolve({ ok: true })
  }) as Parameters<typeof importIndexingThrough>[0]
  return { call, calls }
}

const entry: StoredJournalEntry = {
  id: 'j1',
  kind: 'learning',
  date: '2026-11-01',
  title: 'vLLM',
  body: '',
  tags: [],
  skillIds: [],
  evidence: [],
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
} as unknown as StoredJournalEntry

describe('importIndexingThrough', () => {
  it('commits after every step has reached the worker', async () => {
    const { call, calls } = channel([])
    const indexing = importIndexingThrough(call, 'replace')
    indexing.add([entry])
    await indexing.commit(7, 0)
    expect(calls).toEqual(['importBegin', 'importEntries', 'importCommit'])
  })

  it('a step the worker failed fails the commit and drops the half-built index', async () => {
    const { call, calls } = channel(['importEntries'])
    const indexing = importIndexingThrough(call, 'merge')
    indexing.add([entry])
    await expect(indexing.commit(7, 0)).rejects.toThrow('importEntries failed')
    expect(calls).toEqual(['importBegin', 'importEntries', 'importAbort'])
  })
})
