import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  loadWindowState,
  restorableBounds,
  saveWindowStateSync,
  MINIMUM_SIZE,
} from '../../main/window-state'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1440 }

describe('restorableBounds', () => {
  it('reuses a saved place that is on a connected display', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: false }
    expect(restorableBounds(saved, [laptop, monitorRight])).toEqual({
      x: 1600,
      y: 100,
      width: 1200,
      height: 800,
    })
  })

  it('forgets a place on a display that is gone (undocked laptop)', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: false }
    expect(restorableBounds(saved, [laptop])).toBeNull()
  })

  it('keeps the window at least its minimum size', () => {
    const saved = { x: 10, y: 10, width: 100, height: 50, maximized: false }
    expect(restorableBounds(saved, [laptop])).toEqual({ x: 10, y: 10, ...MINIMUM_SIZE })
  })

  it('has nothing to restore without a saved state', () => {
    expect(restorableBounds(null, [laptop])).toBeNull()
  })
})

describe('saving and loading', () => {
  it('round-trips, and treats a damaged or missing file as no state', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidemark-window-'))
    const file = join(dir, 'window-state.json')
    expect(await loadWindowState(file)).toBeNull()
    const state = { x: 5, y: 6, width: 1000, height: 700, maximized: true }
    expect(saveWindowStateSync(file, state)).toBe(true)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state)
    expect(await loadWindowState(file)).toEqual(state)
    writeFileSync(file, '{"x": "left"')
    expect(await loadWindowState(file)).toBeNull()
  })

  it('reports a failed save instead of throwing while the window closes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidemark-window-'))
    const state = { x: 5, y: 6, width: 1000, height: 700, maximized: false }
    expect(saveWindowStateSync(join(dir, 'no-such-folder', 'window-state.json'), state)).toBe(false)
  })
})
