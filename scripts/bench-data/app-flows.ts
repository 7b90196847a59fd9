import type { Page } from '@playwright/test'
import { waitForStoredIndex } from '../faults/stored-state'
import type { ImportMark, ListPainted } from './pages/bench-api'

// Functions handed to page.evaluate / addInitScript are sent as source text and run in the
// page: they must not name inner functions, which tsx would wrap in a helper the page lacks.

/** What an import through Settings took, step by step (ms, on the page's clock). */
export interface ImportTimes {
  /** File chosen → the confirmation shows: the file read, JSON parse and every check. */
  checkMs: number
  /** "Merge" clicked → "Preparing search…": the write transaction. */
  writeMs: number
  /** "Preparing search…" → the results table: the search index rebuilt and stored. */
  indexMs: number
  /** Journal opened and 推理 typed → its matches listed. */
  searchMs: number
  /** The four together: the user's wait, without the robot's moments between steps. */
  totalMs: number
  /** The longest task on the UI thread meanwhile: how long the window could not respond. */
  longestTaskMs: number
  /** The same, by the step it began in (0: none of 50 ms or more). */
  longestTaskBy: { check: number; write: number; index: number; search: number }
  /** After the first search answered, until the search index's copy was stored (not part of
   *  the wait: the index in memory answers; a crash before then means a rebuild at start). */
  storedAfterMs: number
}

/**
 * Imports a file as a user does in browser mode: Settings → "Import a file…" → the file →
 * "Merge", until the results table shows; then opens the journal and searches, until the
 * matches are listed. Each step is timed in the page, by a MutationObserver.
 */
export async function importThroughSettings(page: Page, file: string): Promise<ImportTimes> {
  await page.goto('/#/settings')
  const importButton = page.getByRole('button', { name: 'Import a file…' })
  await importButton.waitFor()
  await watchLongTasks(page)
  await page.evaluate(() => {
    const marks: Partial<Record<ImportMark, number>> = {}
    window.benchMarks = marks
    document.addEventListener(
      'click',
      (event) => {
        if (event.target instanceof Element && event.target.textContent.startsWith('Merge')) {
          marks.merge ??= performance.now()
        }
      },
      true,
    )
    new MutationObserver(() => {
      const now = performance.now()
      if (document.getElementById('import-confirm-title')) marks.confirm ??= now
      if (document.body.textContent.includes('Preparing search')) marks.indexing ??= now
      if (document.querySelector('table[aria-label="Imported"]')) marks.imported ??= now
      const count = document.querySelector('[data-testid="journal-count"]')
      if (marks.journal !== undefined && count?.textContent.includes('match')) {
        marks.answered ??= now
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true })
  })
  const chooser = page.waitForEvent('filechooser')
  await importButton.click()
  const start = await page.evaluate(() => performance.now())
  await (await chooser).setFiles(file)
  await page.getByRole('button', { name: 'Merge (newest wins)' }).click()
  await page.getByRole('table', { name: 'Imported' }).waitFor()
  await page.evaluate(() => {
    const marks = window.benchMarks ?? {}
    marks.journal = performance.now()
    location.hash = '#/journal'
  })
  await page.getByLabel('Search the journal').fill('推理')
  await page.waitForFunction(() => window.benchMarks?.answered !== undefined)
  // Node's clock here: `performance` in this file is the page's, inside page.evaluate.
  const answered = Date.now()
  // The next steps open new tabs on this profile: they must find the index stored.
  if (!(await waitForStoredIndex(page, 300_000)))
    throw new Error('the search index was never stored')
  const storedAfterMs = Date.now() - answered
  const marks = await page.evaluate(() => window.benchMarks ?? {})
  const at = (mark: ImportMark): number => {
    const value = marks[mark]
    if (value === undefined) throw new Error(`the import never reached "${mark}"`)
    return value
  }
  const times = {
    checkMs: at('confirm') - start,
    writeMs: at('indexing') - at('merge'),
    indexMs: at('imported') - at('indexing'),
    searchMs: at('answered') - at('journal'),
  }
  const tasks = await readLongTaskSpans(page)
  const longestBetween = (from: number, to: number) =>
    Math.max(
      0,
      ...tasks.filter((task) => task.start >= from && task.start < to).map((task) => task.duration),
    )
  return {
    ...times,
    totalMs: times.checkMs + times.writeMs + times.indexMs + times.searchMs,
    // Up to the first search's answer: after it, this bench itself polls the page until the
    // index's copy is stored (each poll reads every key and the ~10 MB copy on the UI thread),
    // and those reads were the "journal opened and searched" step's longest tasks, not the app's.
    longestTaskMs: longestBetween(start, at('answered')),
    longestTaskBy: {
      check: longestBetween(start, at('merge')),
      write: longestBetween(at('merge'), at('indexing')),
      index: longestBetween(at('indexing'), at('imported')),
      search: longestBetween(at('journal'), at('answered')),
    },
    storedAfterMs,
  }
}

/** Typing a query in the journal screen until its matches are in the list (ms, a run). */
export async function searchAsTyped(page: Page, query: string): Promise<number> {
  return page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')
    const status = document.querySelector('[data-testid="journal-count"]')
    // React reads a controlled input's value through its own setter: set it with the native one.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called on the input below
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
    if (!input || !status || !setValue) throw new Error('the journal screen is not showing')
    let start = 0
    // First back to the newest entries, then the query: each change waits for its own answer.
    for (const [value, shows] of [
      ['', 'entr'],
      [text, 'match'],
    ] as const) {
      setValue.call(input, value)
      start = performance.now()
      input.dispatchEvent(new Event('input', { bubbles: true }))
      await new Promise<void>((resolve) => {
        if (status.textContent.includes(shows)) {
          resolve()
          return
        }
        new MutationObserver((_records, observer) => {
          if (status.textContent.includes(shows)) {
            observer.disconnect()
            resolve()
          }
        }).observe(status, { childList: true, characterData: true, subtree: true })
      })
    }
    return performance.now() - start
  }, query)
}

/** Starts collecting the page's long tasks (50 ms and over) into window.benchLongTasks. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const durations: number[] = []
    const starts: number[] = []
    window.benchLongTasks = durations
    window.benchLongTaskStarts = starts
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        durations.push(entry.duration)
        starts.push(entry.startTime)
      }
    }).observe({ type: 'longtask' })
  })
}

export const readLongTasks = (page: Page): Promise<number[]> =>
  page.evaluate(() => window.benchLongTasks ?? [])

/** The long tasks seen since watchLongTasks, with when each began (page clock, ms). */
const readLongTaskSpans = (page: Page): Promise<{ start: number; duration: number }[]> =>
  page.evaluate(() => {
    const starts = window.benchLongTaskStarts ?? []
    return (window.benchLongTasks ?? []).map((duration, position) => ({
      start: starts[position] ?? 0,
      duration,
    }))
  })

/**
 * Runs before the page's own scripts: resolves window.benchListPainted once the page holds
 * `count` list items, and again after the next frame is painted.
 */
function watchListPaint({ selector, count }: { selector: string; count: number }): void {
  window.benchListPainted = new Promise<ListPainted>((resolve) => {
    new MutationObserver((_records, observer) => {
      if (document.querySelectorAll(selector).length < count) return
      observer.disconnect()
      const inDomMs = performance.now()
      // rAF callbacks run just before the frame is painted; a task queued there runs after.
      requestAnimationFrame(() => {
        setTimeout(() => {
          resolve({ inDomMs, paintedMs: performance.now() })
        }, 0)
      })
    }).observe(document, { childList: true, subtree: true })
  })
}

/** The minimal page's list: its newest 50 entries, all rendered at once. */
export const JOURNAL_ITEMS = { selector: 'ol.entry-list > li', count: 50 }

/**
 * A first screenful of the journal: the app's timeline is virtualized (only the rows in view
 * exist, a row still loading is aria-busy), so both pages are timed to their first 5 entries.
 */
export const FIRST_SCREEN = {
  app: { selector: 'li.timeline-row:not([aria-busy])', count: 5 },
  minimal: { selector: 'ol.entry-list > li', count: 5 },
} as const

/** Opens `path` in `page` (a new tab, or a new browser's first) until its first screenful is painted. */
export function timeFirstList(
  page: Page,
  path: string,
  which: keyof typeof FIRST_SCREEN,
): Promise<ListPainted> {
  return timePainted(page, path, FIRST_SCREEN[which])
}

/** Opens `path` in `page` until `items.count` elements match `items.selector`, painted. */
export async function timePainted(
  page: Page,
  path: string,
  items: { selector: string; count: number },
): Promise<ListPainted> {
  await page.addInitScript(watchListPaint, items)
  await page.goto(path)
  const painted = page.evaluate(() => {
    if (!window.benchListPainted) throw new Error('the paint watcher did not run')
    return window.benchListPainted
  })
  // page.evaluate waits forever: a page that never shows them must fail the run instead.
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new Error(
          `${path} did not show ${String(items.count)} × ${items.selector} within a minute`,
        ),
      )
    }, 60_000)
  })
  try {
    return await Promise.race([painted, timeout])
  } finally {
    clearTimeout(timer)
  }
}
