import { spawn, type ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { chromium, expect, type Browser, type Locator, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'

/**
 * Helpers for the data specs (data.spec.ts): import a file through Settings, read the
 * journal's count, download an export, and run a browser this test can kill outright.
 * The visible words of each language are spelled out here, as a user reads them, rather than
 * imported from the app's i18n tables: a changed or missing translation should fail a test.
 */

export interface UiWords {
  lang: 'en' | 'zh-CN'
  exportAll: string
  importFile: string
  merge: string
  replace: string
  cancel: string
  /** The confirm step's heading starts with this. */
  confirmTitleStart: string
  resultTitle: string
  journalTable: string
  /** The write phase's progress text starts with this. */
  importing: string
  cancelled: string
  search: string
  entryList: string
  entries: (count: number) => string
  matches: (count: number) => string
  anyMatches: RegExp
}

const formatIn = (locale: string) => (count: number) => new Intl.NumberFormat(locale).format(count)
const en = formatIn('en')
const zh = formatIn('zh-CN')

export const EN: UiWords = {
  lang: 'en',
  exportAll: 'Export all data…',
  importFile: 'Import a file…',
  merge: 'Merge (newest wins)',
  replace: 'Replace everything',
  cancel: 'Cancel',
  confirmTitleStart: 'Import “',
  resultTitle: 'Imported',
  journalTable: 'Journal',
  importing: 'Importing:',
  cancelled: 'Cancelled. Your data is as it was.',
  search: 'Search the journal',
  entryList: 'Journal entries',
  entries: (count) => `${en(count)} ${count === 1 ? 'entry' : 'entries'}`,
  matches: (count) => `${en(count)} ${count === 1 ? 'match' : 'matches'}`,
  anyMatches: /^[\d,]+ match(es)?$/,
}

export const ZH: UiWords = {
  lang: 'zh-CN',
  exportAll: '导出全部数据…',
  importFile: '导入文件…',
  merge: '合并（以较新的为准）',
  replace: '全部替换',
  cancel: '取消',
  confirmTitleStart: '导入“',
  resultTitle: '导入结果',
  journalTable: '日志',
  importing: '正在导入：',
  cancelled: '已取消，数据保持原样。',
  search: '搜索日志',
  entryList: '日志条目',
  entries: (count) => `共 ${zh(count)} 条`,
  matches: (count) => `找到 ${zh(count)} 条`,
  anyMatches: /^找到 [\d,]+ 条$/,
}

export interface ImportFile {
  name: string
  mimeType: string
  buffer: Buffer
}

/** A file as the user would pick it: text is written as UTF-8, a Buffer is taken as is. */
export function jsonFile(name: string, contents: string | Buffer): ImportFile {
  return {
    name,
    mimeType: 'application/json',
    buffer: typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents,
  }
}

/** The import's confirm step (a group named by its heading). */
export function confirmStep(page: Page, words: UiWords): Locator {
  return page.getByRole('group', { name: new RegExp(`^${words.confirmTitleStart}`) })
}

export function progressText(page: Page): Locator {
  return page.getByTestId('transfer-progress')
}

/** Clicks "Import a file…" on Settings and picks `file` in the chooser that opens. */
export async function chooseImportFile(page: Page, file: ImportFile, words: UiWords) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: words.importFile }).click()
  await (await chooser).setFiles(file)
}

/** Chooses the file and a mode, and returns once the write has begun (the confirm step gone). */
export async function startImport(
  page: Page,
  file: ImportFile,
  mode: 'merge' | 'replace',
  words: UiWords,
) {
  await chooseImportFile(page, file, words)
  const confirm = confirmStep(page, words)
  // A large file is checked in full before the confirm step appears.
  await expect(confirm).toBeVisible({ timeout: 60_000 })
  await confirm
    .getByRole('button', { name: mode === 'merge' ? words.merge : words.replace })
    .click()
  await expect(confirm).toBeHidden()
}

/**
 * Records every text the progress status shows from now on, however briefly: a poll could
 * miss a phase that lasts one frame. Read the record with `progressSeen`.
 */
export async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const scope = window as unknown as { __progressSeen?: string[] }
    const seen: string[] = []
    scope.__progressSeen = seen
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="transfer-progress"]')?.textContent
      if (text && seen[seen.length - 1] !== text) seen.push(text)
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
}

export function progressSeen(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { __progressSeen?: string[] }).__progressSeen ?? [],
  )
}

export function resultTable(page: Page, words: UiWords): Locator {
  return page.getByRole('table', { name: words.resultTitle })
}

/** The "Added" figure of the journal's row in the results table, as shown. */
export function journalAddedCell(page: Page, words: UiWords): Locator {
  return resultTable(page, words)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: words.journalTable, exact: true }) })
    .getByRole('cell')
    .first()
}

export interface ImportTiming {
  /** From picking the file to the confirm step: reading and checking it in full. */
  checkMs: number
  /** From choosing the mode to the results table: writing, then rebuilding the search index. */
  writeMs: number
  progress: string[]
}

/**
 * Imports `file` through Settings (already open) and waits for the results table.
 * `atConfirm` runs while the confirm step is shown (an accessibility scan, a screenshot).
 */
export async function importThroughUi(
  page: Page,
  file: ImportFile,
  mode: 'merge' | 'replace',
  words: UiWords,
  options: { timeout?: number; atConfirm?: () => Promise<void> } = {},
): Promise<ImportTiming> {
  const timeout = options.timeout ?? 30_000
  await recordProgress(page)
  const picked = Date.now()
  await chooseImportFile(page, file, words)
  const confirm = confirmStep(page, words)
  await expect(confirm).toBeVisible({ timeout })
  const confirmed = Date.now()
  await options.atConfirm?.()
  const chosen = Date.now()
  await confirm
    .getByRole('button', { name: mode === 'merge' ? words.merge : words.replace })
    .click()
  await expect(resultTable(page, words)).toBeVisible({ timeout })
  const done = Date.now()
  return {
    checkMs: confirmed - picked,
    writeMs: done - chosen,
    progress: await progressSeen(page),
  }
}

/** Clicks "Export all data…" and returns the downloaded file's name and text. */
export async function downloadExport(page: Page, words: UiWords) {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: words.exportAll }).click()
  const file = await download
  const path = await file.path()
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') }
}

export function journalCount(page: Page): Locator {
  return page.getByTestId('journal-count')
}

/**
 * A Chromium this test starts itself, on a profile folder, reached over CDP: Playwright's
 * own launch gives no handle on the browser process (Browser.process() is gone in 1.65), and
 * a crash test needs to kill exactly that process, not close it.
 */
export interface OwnChromium {
  browser: Browser
  child: ChildProcess
  /** Kills the browser's whole process group with SIGKILL, as a crash or power cut would. */
  killHard: () => Promise<void>
}

export async function launchOwnChromium(profile: string): Promise<OwnChromium> {
  const executable = CHROMIUM_PATH ?? chromium.executablePath()
  const child = spawn(
    executable,
    [
      ...CHROMIUM_ARGS,
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--lang=en-US',
      '--accept-lang=en-US',
      'about:blank',
    ],
    // Its own process group, so the kill reaches the renderers and the storage service too.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve()
    }),
  )
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error('Chromium did not print its endpoint'))
    }, 20_000)
    const lines = createInterface({ input: child.stderr })
    lines.on('line', (line) => {
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(line)
      if (found?.[1]) {
        clearTimeout(timer)
        resolve(found[1])
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Chromium exited early (${String(code)})`))
    })
  })
  const browser = await chromium.connectOverCDP(endpoint)
  return {
    browser,
    child,
    killHard: async () => {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        process.kill(-child.pid, 'SIGKILL')
      }
      await exited
    },
  }
}
