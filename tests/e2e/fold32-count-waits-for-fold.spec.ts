import { expect, test, type Page } from '@playwright/test'
import { generateExport } from '../helpers/export-generator'
import { EN, importThroughUi, jsonFile, ZH, type UiWords } from './data-helpers'

/**
 * Review 33 M3: with a tag or company filter that needs the 简/繁 fold, the timeline's count
 * line (a live region) first said the count of the names as written ("1 of 4", or "no tag 面試")
 * while the fold worker answered. The worker's script is held back here, so it answers late;
 * every text the count line and the ignored note show is recorded, and only the right count
 * (and "Counting…" before it) may be among them.
 */

const STAMP = '2026-11-01T08:00:00.000Z'
const ENTRIES = [
  ['f32-a', 'application', '2026-10-05', '投递錦江', '錦江智算', '面試'],
  ['f32-b', 'interview', '2026-10-08', '锦江一面', '锦江智算', '面试'],
  ['f32-c', 'interview', '2026-10-12', '锦江二面', '锦江智算', '面试'],
  ['f32-d', 'application', '2026-10-14', '投递星河', '星河科技', '简历'],
].map(([id, kind, date, title, company, tag]) => ({
  id,
  kind,
  date,
  title,
  company,
  tags: [tag],
  body: '',
  skillIds: [],
  evidence: [],
  createdAt: STAMP,
  updatedAt: STAMP,
}))

function journalFile() {
  const empty = generateExport(0).text
  const lines = ENTRIES.map((entry) => `      ${JSON.stringify(entry)}`).join(',\n')
  return jsonFile('fold32.json', empty.replace('"journal": [],', `"journal": [\n${lines}\n    ],`))
}

const CASES: { words: UiWords; counting: string; count: string }[] = [
  { words: EN, counting: 'Counting entries…', count: '3 of 4 entries' },
  { words: ZH, counting: '正在统计条目……', count: '共 4 条，筛选出 3 条' },
]

/** The texts the count line and the ignored note showed, from the page's first paint. */
async function shown(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { shown: string[] }).shown)
}

for (const { words, counting, count } of CASES) {
  for (const [name, value] of [
    ['tag', '面試'],
    ['company', '锦江智算'],
  ] as const) {
    test(`a ${name} filter counts nothing before the fold answers (${words.lang})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ locale: words.lang })
      const page = await context.newPage()
      await page.goto('/#/settings')
      await importThroughUi(page, journalFile(), 'merge', words)
      // The fold worker answers 1.5 s late: its script is held back.
      await page.route(/fold-worker/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500))
        await route.continue()
      })
      await page.addInitScript(() => {
        const seen: string[] = []
        ;(window as unknown as { shown: string[] }).shown = seen
        const record = () => {
          const count = document.querySelector('[data-testid="journal-count"]')?.textContent
          if (count && seen.at(-1) !== count) seen.push(count)
          const note = document.querySelector('.timeline-ignored')?.textContent
          if (note && !seen.includes(note)) seen.push(note)
        }
        new MutationObserver(record).observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
        })
      })
      await page.goto(`/#/journal?${name}=${encodeURIComponent(value)}`)
      await page.reload()
      await expect(page.getByTestId('journal-count')).toHaveText(count, { timeout: 15_000 })
      expect((await shown(page)).filter((text) => text !== counting)).toEqual([count])
      await page.screenshot({ path: `/tmp/fold32/${name}-${words.lang}.png` })
      await context.close()
    })
  }
}
