import { expect, test, type Browser } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { downloadExport, EN, importThroughUi, jsonFile, ZH, type UiWords } from './data-helpers'

/**
 * Review 29 I1, the browser's side: an export saved again as UTF-16 (Windows Notepad's
 * "Unicode", little-endian with a byte-order mark; or big-endian with one) is imported as the
 * UTF-8 file it came from, where the browser refused it as "saved as UTF-16" and Electron as
 * "not UTF-8". (Electron's side, main's decoding, is tests/main/ipc-open-utf16.test.ts; both are
 * held to the same answers by tests/renderer/data/transfer/import-utf16.test.ts.)
 */

const SAMPLE = {
  en: { load: 'Load the sample', loaded: 'The sample is loaded' },
  'zh-CN': { load: '载入示例', loaded: '示例已载入' },
} as const

/** The export's data, without the moment it was made. */
const dataOf = (text: string) => JSON.stringify((JSON.parse(text) as { data: unknown }).data)

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
}
function utf16be(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
}

/** A page in a context of its own: its own, empty database. */
async function freshPage(browser: Browser, words: UiWords) {
  const context = await browser.newContext({
    locale: words.lang === 'en' ? 'en-US' : 'zh-CN',
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
  })
  return context.newPage()
}

for (const words of [EN, ZH]) {
  test(`an export saved as UTF-16, either byte order, imports as itself, ${words.lang}`, async ({
    browser,
  }) => {
    test.setTimeout(120_000)
    const source = await freshPage(browser, words)
    await source.goto('/#/dashboard')
    await source.getByRole('button', { name: SAMPLE[words.lang].load }).click()
    await expect(source.getByText(SAMPLE[words.lang].loaded)).toBeVisible({ timeout: 20_000 })
    await source.goto('/#/settings')
    const exported = await downloadExport(source, words)
    await source.context().close()

    for (const [name, bytes] of [
      ['unicode-le.json', utf16le(exported.text)],
      ['unicode-be.json', utf16be(exported.text)],
    ] as const) {
      const page = await freshPage(browser, words)
      await page.goto('/#/settings')
      await expect(page.locator('main h1')).toBeVisible()
      await importThroughUi(page, jsonFile(name, bytes), 'replace', words, {
        atConfirm: () => expectNoAxeViolations(page),
      })
      await page.screenshot({ path: test.info().outputPath(`${name}-${words.lang}.png`) })
      expect(dataOf((await downloadExport(page, words)).text), name).toBe(dataOf(exported.text))
      await page.context().close()
    }
  })
}
