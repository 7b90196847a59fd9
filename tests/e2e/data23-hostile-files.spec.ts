import { closeSync, mkdtempSync, openSync, ftruncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Browser } from '@playwright/test'
import { EXPORT_VERSION } from '../../renderer/data/transfer/export-format'
import { downloadExport, EN, importThroughUi, jsonFile, ZH, type UiWords } from './data-helpers'

/**
 * Hostile import files through Settings, in Chromium (helper data23): each is refused by its
 * own sentence in the interface's language, and the data is as it was (the export after is
 * the export before). Then a replace by a file whose record has the stored one's stamp but
 * other content says it differs (52a4572), and the words for a user with two computers.
 */

const REFUSED: Record<UiWords['lang'], Record<string, string | RegExp>> = {
  en: {
    proto:
      'The file holds a key “__proto__” at data.skills[0], which no Tidemark export has. Nothing was changed.',
    deep: /^The file nests deeper than any Tidemark export \(24 levels\) at data\.skills\[0\]\.extra\[0\]/,
    truncated:
      /^The file is not valid JSON: it breaks on line \d+ \(perhaps it was cut short or edited by hand\)\. Nothing was changed\.$/,
    // UTF-16 is read (review 29 I1, goal31-utf16-import.spec.ts); with half a surrogate pair
    // inside it is not text.
    utf16Broken: 'The file is not UTF-8 text, so it is not a Tidemark export. Nothing was changed.',
    duplicate: /the ID “[^”]+” is already used by an earlier record; each needs its own\./,
    version99: `This file comes from a newer Tidemark (format 99; this version reads up to ${String(EXPORT_VERSION)}). Update Tidemark to import it. Nothing was changed.`,
    huge: 'The file is 200 MB; Tidemark imports files up to 150 MB. Nothing was changed.',
  },
  'zh-CN': {
    proto:
      '文件在 data.skills[0] 处含有键“__proto__”，潮位的导出文件不会有它。没有任何数据被改动。',
    deep: /^文件在 data\.skills\[0\]\.extra\[0\].* 处的嵌套层级超过任何潮位导出文件（24 层）。没有任何数据被改动。$/,
    truncated: /^文件不是有效的 JSON：第 \d+ 行出错/,
    utf16Broken: '该文件不是 UTF-8 文本，不是潮位的导出文件。没有任何数据被改动。',
    duplicate: /的 ID“[^”]+”已被前面的记录使用，每条记录的 ID 都不能相同。/,
    version99: `该文件来自更新版本的潮位（格式 99，当前版本最多读取 ${String(EXPORT_VERSION)}）。请先更新潮位再导入。没有任何数据被改动。`,
    huge: '文件大小为 200 MB，潮位最多导入 150 MB 的文件。没有任何数据被改动。',
  },
}

const SAMPLE = {
  en: { load: 'Load the sample', loaded: 'The sample is loaded' },
  'zh-CN': { load: '载入示例', loaded: '示例已载入' },
} as const

async function settingsWithSample(browser: Browser, words: UiWords) {
  const context = await browser.newContext({
    locale: words.lang === 'en' ? 'en-US' : 'zh-CN',
    acceptDownloads: true,
  })
  const page = await context.newPage()
  await page.goto('/#/dashboard')
  await page.getByRole('button', { name: SAMPLE[words.lang].load }).click()
  await expect(page.getByText(SAMPLE[words.lang].loaded)).toBeVisible({ timeout: 20_000 })
  await page.goto('/#/settings')
  await expect(page.locator('main h1')).toBeVisible()
  return page
}

/** The export's data, without the moment it was made. */
const dataOf = (text: string) => JSON.stringify((JSON.parse(text) as { data: unknown }).data)

/** The hostile files, made from an export of the sample. */
function hostileFiles(base: string, dir: string): Record<string, string> {
  const document = JSON.parse(base) as {
    version: number
    data: { skills: Record<string, unknown>[] }
  }
  const skill = document.data.skills[0]
  if (!skill) throw new Error('the sample has skills')
  const skillText = JSON.stringify(skill)
  // As text: JSON.stringify of an object literal would not write a __proto__ key.
  const withKey = (key: string, value: string) =>
    base.replace(skillText, `{"${key}":${value},${skillText.slice(1)}`)
  const files: Record<string, string | Buffer> = {
    proto: withKey('__proto__', '{"polluted":true}'),
    deep: withKey('extra', '['.repeat(5000) + ']'.repeat(5000)),
    truncated: base.slice(0, Math.floor(base.length / 2)),
    utf16Broken: Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`${base.slice(0, 1)}\uDC00${base.slice(1)}`, 'utf16le'),
    ]),
    duplicate: JSON.stringify({
      ...document,
      data: { ...document.data, skills: [...document.data.skills, { ...skill, name: 'Twin' }] },
    }),
    version99: JSON.stringify({ ...document, version: 99 }),
  }
  const paths: Record<string, string> = {}
  for (const [name, contents] of Object.entries(files)) {
    paths[name] = join(dir, `${name}.json`)
    writeFileSync(paths[name], contents)
  }
  // 200 MB without writing them: refused by its size before a byte is read.
  paths['huge'] = join(dir, 'huge.json')
  const handle = openSync(paths['huge'], 'w')
  ftruncateSync(handle, 200 * 1024 * 1024)
  closeSync(handle)
  return paths
}

for (const words of [EN, ZH]) {
  test(`hostile files are refused by their own sentence and change nothing, ${words.lang}`, async ({
    browser,
  }) => {
    test.setTimeout(180_000)
    const page = await settingsWithSample(browser, words)
    const before = await downloadExport(page, words)
    const paths = hostileFiles(before.text, mkdtempSync(join(tmpdir(), 'data23-')))
    for (const [name, expected] of Object.entries(REFUSED[words.lang])) {
      await page.reload()
      await expect(page.locator('main h1')).toBeVisible()
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: words.importFile }).click()
      await (await chooser).setFiles(paths[name] ?? '')
      const alert = page.getByRole('alert')
      await expect(alert, name).toHaveText(expected, { timeout: 60_000 })
      // Nothing reached Object.prototype.
      expect(await page.evaluate(() => 'polluted' in {}), name).toBe(false)
      expect(dataOf((await downloadExport(page, words)).text), name).toBe(dataOf(before.text))
    }
    await page.context().close()
  })
}

const TIE = {
  en: 'Replaced your data with “tie.json”, 17 records: 1 updated (this computer’s copy differed; now the file’s), 16 unchanged (the same as this computer’s).',
  'zh-CN':
    '已用“tie.json”替换你的数据，共 17 条记录：更新 1 条（与本机的不同，现为文件中的），未变 16 条（与本机的相同）。',
} as const

for (const words of [EN, ZH]) {
  test(`a replace calls a record with the same stamp but other content different, ${words.lang}`, async ({
    browser,
  }) => {
    const page = await settingsWithSample(browser, words)
    const base = JSON.parse((await downloadExport(page, words)).text) as {
      data: { skills: { name: string }[] }
    }
    const first = base.data.skills[0]
    if (!first) throw new Error('the sample has skills')
    first.name = `${first.name} (edited by hand)`
    await importThroughUi(page, jsonFile('tie.json', JSON.stringify(base)), 'replace', words)
    await expect(page.getByRole('status').filter({ hasText: TIE[words.lang] })).toBeVisible()
    await page.context().close()
  })
}

// Browser mode asked for persistent storage only at start: an export asks again (d0020fc).
test('an export asks the browser again to keep the data', async ({ browser }) => {
  const page = await settingsWithSample(browser, EN)
  await page.evaluate(() => {
    const scope = window as unknown as { persistAsked: number }
    scope.persistAsked = 0
    const storage = navigator.storage
    const ask = storage.persist.bind(storage)
    storage.persist = () => {
      scope.persistAsked++
      return ask()
    }
  })
  await downloadExport(page, EN)
  expect(
    await page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked),
  ).toBe(1)
  await page.context().close()
})
