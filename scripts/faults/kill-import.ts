import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, type Page } from '@playwright/test'
import {
  EN,
  importThroughUi,
  journalCount,
  jsonFile,
  progressText,
  resultTable,
  startImport,
} from '../../tests/e2e/data-helpers'
import type { GeneratedExport } from '../../tests/helpers/export-generator'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs'
import { killBrowserHard } from './kill-browser'
import { readStoredState, sameIds, searchAnswers, waitForStoredIndex } from './stored-state'

/**
 * One trial of issue 10's crash test, as tests/e2e/data.spec.ts runs it once: a browser on a
 * new profile folder (launchPersistentContext) imports the old (small) journal through Settings, starts a
 * replace import of the new (50,000-entry) one, and is killed outright (SIGKILL to the browser
 * and every process under it: kill-browser.ts) at a chosen point of that import. Relaunched on the same profile, the app
 * must hold exactly the old journal or exactly the new one, and its search must answer for it.
 */

export type KillOutcome = 'old' | 'new' | 'mixed'

export interface KillTrial {
  /** Where the kill was aimed: a fraction of the records written, above 1 once all were. */
  aimedAt: number
  /** The progress text shown when the browser was killed. */
  killedAt: string
  outcome: KillOutcome
  entries: number
  /** After the relaunch, a search for the probe word found exactly the entries holding it. */
  searchOk: boolean
  /** Why the search check failed, if it did. */
  searchDetail: string
  seconds: number
}

/** How long after the write ends a kill aimed above 1 may wait: the search index is rebuilt then. */
const AFTER_WRITE_MS = 4000

async function killPoint(page: Page, aimedAt: number, total: number): Promise<string> {
  if (aimedAt < 1) {
    // Polled on every frame in the page: the kill follows the chunk that reaches the aim, and
    // the text shown then is read in the same frame.
    const reached = await page.waitForFunction(
      (target) => {
        const text = document.querySelector('[data-testid="transfer-progress"]')?.textContent
        const done = /([\d,]+) of [\d,]+/.exec(text ?? '')?.[1]
        return done !== undefined && Number(done.replace(/,/g, '')) >= target ? text : null
      },
      Math.floor(aimedAt * total),
      { polling: 'raf', timeout: 300_000 },
    )
    return String(await reached.jsonValue())
  }
  await expect(progressText(page)).toBeHidden({ timeout: 300_000 })
  await page.waitForTimeout((aimedAt - 1) * AFTER_WRITE_MS)
  const shown = await progressText(page)
    .textContent({ timeout: 50 })
    .catch(() => null)
  if (shown) return shown
  const done = await resultTable(page, EN)
    .isVisible()
    .catch(() => false)
  return done ? 'imported, results shown' : 'write done, search index being rebuilt'
}

function launch(profile: string) {
  return chromium.launchPersistentContext(profile, {
    ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
    args: CHROMIUM_ARGS,
    locale: 'en-US',
  })
}

export async function runKillTrial(
  appUrl: string,
  before: GeneratedExport,
  after: GeneratedExport,
  aimedAt: number,
): Promise<KillTrial> {
  const started = Date.now()
  const profile = mkdtempSync(join(tmpdir(), 'tidemark-faults-kill-'))
  try {
    let killedAt: string
    const first = await launch(profile)
    try {
      const page = first.pages()[0] ?? (await first.newPage())
      page.setDefaultTimeout(120_000)
      await page.goto(new URL('#/settings', appUrl).href)
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible({
        timeout: 60_000,
      })
      await importThroughUi(page, jsonFile('old.json', before.text), 'merge', EN, {
        timeout: 120_000,
      })
      await startImport(page, jsonFile('new.json', after.text), 'replace', EN)
      killedAt = await killPoint(page, aimedAt, after.ids.length)
      if (killBrowserHard(profile) === 0) throw new Error('the browser to kill was not found')
    } finally {
      // Playwright notices its browser gone; closing what is left frees its handles.
      await first.close().catch(() => undefined)
    }

    const context = await launch(profile)
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      await page.goto(new URL('#/journal', appUrl).href)
      // Until the live query answers the count reads 0: wait for a whole state, or give up
      // and judge what is stored.
      await expect(journalCount(page))
        .toHaveText(
          new RegExp(`^(${EN.entries(before.ids.length)}|${EN.entries(after.ids.length)})$`),
          { timeout: 60_000 },
        )
        .catch(() => undefined)
      const stored = await readStoredState(page)
      const outcome: KillOutcome = sameIds(stored.journalIds, before.ids)
        ? 'old'
        : sameIds(stored.journalIds, after.ids)
          ? 'new'
          : 'mixed'
      let searchOk = false
      let searchDetail = ''
      if (outcome !== 'mixed') {
        const kept = outcome === 'old' ? before : after
        // The index is rebuilt in the worker when the kill left it behind the journal.
        if (!(await waitForStoredIndex(page, 180_000))) searchDetail = 'index never stored'
        else {
          searchDetail = await searchAnswers(page, 'quant', kept.counts.quant)
          searchOk = searchDetail === ''
        }
      }
      return {
        aimedAt,
        killedAt,
        outcome,
        entries: stored.journalIds.length,
        searchOk,
        searchDetail,
        seconds: (Date.now() - started) / 1000,
      }
    } finally {
      await context.close()
    }
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}
