import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { SharedLiveQuery } from '../../../../renderer/ui/hooks/shared-live-query'
import { freshDatabase } from '../../data/data-helpers'

let db: TidemarkDatabase

beforeEach(async () => {
  db = await freshDatabase('shared-live-query-test')
})

afterEach(async () => {
  await db.delete()
})

const NOW = new Date('2026-09-01T10:00:00.000Z')
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function countingQuery(lingerMs: number) {
  let runs = 0
  const query = new SharedLiveQuery(async () => {
    runs++
    return db.skills.count()
  }, lingerMs)
  return { query, runs: () => runs }
}

describe('SharedLiveQuery', () => {
  it('answers every reader from one query, and follows writes while read', async () => {
    const { query, runs } = countingQuery(50)
    const seen: number[] = []
    const stopA = query.subscribe(() => {
      const snapshot = query.getSnapshot()
      if (snapshot.state === 'answered') seen.push(snapshot.value)
    })
    const stopB = query.subscribe(() => undefined)
    await query.answered()
    expect(query.getSnapshot()).toEqual({ state: 'answered', value: 0 })
    expect(runs()).toBe(1)

    await saveSkill(db, { name: 'LoRA', domain: 'fine-tuning', level: 2 }, NOW)
    await settle(100)
    expect(query.getSnapshot()).toEqual({ state: 'answered', value: 1 })
    expect(seen).toEqual([0, 1])
    stopA()
    stopB()
  })

  it('a wait for the answer ends when the query lets go unanswered, with no reader left', async () => {
    // A query slower than its hold: warmed, never read, stopped before it answers.
    const query = new SharedLiveQuery(async () => {
      await settle(200)
      return db.skills.count()
    }, 10)
    query.warm(20)
    let ended = false
    void query.answered().then(() => {
      ended = true
    })
    await settle(100)
    expect(query.getSnapshot()).toEqual({ state: 'waiting' })
    expect(ended).toBe(true)
  })

  it('warmed before any reader, hands its answer to the first; lets go of it once unread', async () => {
    const { query, runs } = countingQuery(30)
    query.warm(1000)
    await query.answered()
    expect(runs()).toBe(1)
    const stop = query.subscribe(() => undefined)
    // The reader finds the answer read before it came, without a second read.
    expect(query.getSnapshot()).toEqual({ state: 'answered', value: 0 })
    expect(runs()).toBe(1)
    stop()
    await settle(80)
    // No reader for longer than the linger: no stale copy is kept for the next one.
    expect(query.getSnapshot()).toEqual({ state: 'waiting' })
    await saveSkill(db, { name: 'vLLM', domain: 'inference-acceleration', level: 2 }, NOW)
    const again = query.subscribe(() => undefined)
    await query.answered()
    expect(query.getSnapshot()).toEqual({ state: 'answered', value: 1 })
    again()
  })
})
