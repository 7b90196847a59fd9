// zod-jitless first, as main.tsx and each worker's entry import it: before zod is evaluated.
import '../../../renderer/data/zod-jitless'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('zod without eval', () => {
  it("is jitless in zod's own settings", () => {
    expect(z.config().jitless).toBe(true)
  })

  it('parses objects without ever making a Function (what our CSP blocks and Chromium reports)', () => {
    const made = vi.spyOn(globalThis, 'Function')
    const schema = z.object({ title: z.string(), tags: z.array(z.string()) })
    // zod would probe for eval at its first object parse and compile a parser at its second.
    expect(schema.parse({ title: 'a', tags: ['b'] })).toEqual({ title: 'a', tags: ['b'] })
    expect(schema.safeParse({ title: 1, tags: [] }).success).toBe(false)
    expect(made).not.toHaveBeenCalled()
  })
})
