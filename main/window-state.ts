import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { writeFileAtomicallySync } from './atomic-write'

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

const windowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
})
export type WindowState = z.infer<typeof windowState>

export const DEFAULT_SIZE = { width: 1200, height: 800 } as const
export const MINIMUM_SIZE = { width: 720, height: 520 } as const
/** How much of the window must stay on a screen for the saved place to be reused. */
const MIN_VISIBLE = 100

/**
 * The bounds to open the window with: the saved ones when they still fit a connected display
 * (a laptop undocked from its monitor must not open its window off-screen), else null so the
 * window is centred at the default size.
 */
export function restorableBounds(
  saved: WindowState | null,
  displays: Rectangle[],
): Rectangle | null {
  if (!saved) return null
  const width = Math.max(saved.width, MINIMUM_SIZE.width)
  const height = Math.max(saved.height, MINIMUM_SIZE.height)
  const visibleOnSome = displays.some((area) => {
    const overlapX = Math.min(saved.x + width, area.x + area.width) - Math.max(saved.x, area.x)
    const overlapY = Math.min(saved.y + height, area.y + area.height) - Math.max(saved.y, area.y)
    return overlapX >= MIN_VISIBLE && overlapY >= MIN_VISIBLE
  })
  return visibleOnSome ? { x: saved.x, y: saved.y, width, height } : null
}

/** Reads the saved state; a missing or damaged file means "no saved state", never a crash. */
export async function loadWindowState(path: string): Promise<WindowState | null> {
  try {
    const parsed = windowState.safeParse(JSON.parse(await readFile(path, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** A small file written while the window closes; a failure must not stop the app from quitting. */
export function saveWindowStateSync(path: string, state: WindowState): boolean {
  try {
    writeFileAtomicallySync(path, JSON.stringify(windowState.parse(state)))
    return true
  } catch {
    return false
  }
}
