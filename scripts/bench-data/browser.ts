import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs'

/**
 * Browsers on disk-backed profiles: Playwright's newContext() keeps IndexedDB in memory, which
 * flatters every write (docs/RECIPE: measure with launchPersistentContext).
 */
export class Profiles {
  private readonly made: string[] = []

  constructor(private readonly baseURL: string) {}

  /** A new, empty user-data directory, removed by removeAll(). */
  fresh(name: string): string {
    const dir = mkdtempSync(join(tmpdir(), `tidemark-bench-${name}-`))
    this.made.push(dir)
    return dir
  }

  launch(profile: string): Promise<BrowserContext> {
    return chromium.launchPersistentContext(profile, {
      ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
      args: CHROMIUM_ARGS,
      locale: 'en-US',
      baseURL: this.baseURL,
    })
  }

  removeAll(): void {
    for (const dir of this.made) rmSync(dir, { recursive: true, force: true })
  }
}

/** The context's first tab (a persistent context opens with one), with room for slow steps. */
export async function firstPage(context: BrowserContext) {
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(300_000)
  return page
}
