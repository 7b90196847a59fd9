import { expect, test, type Page } from '@playwright/test'
import { generateExport } from '../helpers/export-generator'
import { expectNoAxeViolations } from './axe'
import { EN, importThroughUi, jsonFile, ZH, type UiWords } from './data-helpers'

/**
 * Trial 22 #2 and #5: a company written 錦江智算 once and 锦江智算 twice was two companies in
 * the job search (3 contacted, not 2), and the tag filter on 面试 left out the entries tagged
 * 面試. Both now fold the two scripts of Chinese with opencc, in the fold worker, as the
 * journal's search does.
 */

const STAMP = '2026-11-01T08:00:00.000Z'
const ENTRIES = [
  {
    id: 'f31-a',
    kind: 'application',
    date: '2026-10-05',
    title: '投递錦江',
    company: '錦江智算',
    tags: ['面試'],
  },
  {
    id: 'f31-b',
    kind: 'interview',
    date: '2026-10-08',
    title: '锦江一面',
    company: '锦江智算',
    tags: ['面试'],
  },
  {
    id: 'f31-c',
    kind: 'interview',
    date: '2026-10-12',
    title: '锦江二面',
    company: '锦江智算',
    tags: ['面试'],
  },
  {
    id: 'f31-d',
    kind: 'application',
    date: '2026-10-14',
    title: '投递星河',
    company: '星河科技',
    tags: ['简历'],
  },
].map((entry) => ({
  ...entry,
  body: '',
  skillIds: [],
  evidence: [],
  createdAt: STAMP,
  updatedAt: STAMP,
}))

/** An export of these four entries and nothing else. */
function journalFile() {
  const empty = generateExport(0).text
  const lines = ENTRIES.map((entry) => `      ${JSON.stringify(entry)}`).join(',\n')
  return jsonFile('fold31.json', empty.replace('"journal": [],', `"journal": [\n${lines}\n    ],`))
}

const CASES: { words: UiWords; companies: string; tag: string; count: string }[] = [
  { words: EN, companies: 'Companies contacted', tag: 'Tag', count: '3 of 4 entries' },
  { words: ZH, companies: '接触过的公司', tag: '标签', count: '共 4 条，筛选出 3 条' },
]

async function seeded(page: Page, words: UiWords) {
  await page.goto('/#/settings')
  await importThroughUi(page, journalFile(), 'merge', words)
}

for (const { words, companies, tag, count } of CASES) {
  test(`錦江智算 and 锦江智算 are one company, 面试 and 面試 one tag (${words.lang})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: words.lang })
    const page = await context.newPage()
    await seeded(page, words)

    await page.goto('/#/journal/jobs')
    const figures = page.getByTestId('job-search-figures')
    await expect(figures.locator('tr[data-row="companies"] th')).toHaveText(companies)
    await expect(figures.locator('tr[data-row="companies"] td').first()).toHaveText('2')
    const names = page.getByTestId('job-company').getByRole('heading')
    await expect(names).toHaveText(['星河科技', '锦江智算'])
    await expect(page.getByTestId('job-company').nth(1).getByRole('listitem')).toHaveCount(3)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `/tmp/fold31/jobs-${words.lang}.png`, fullPage: true })
    await page
      .locator('.job-companies')
      .screenshot({ path: `/tmp/fold31/jobs-companies-${words.lang}.png` })

    // Its entries in the timeline: all three, in either script.
    await page.getByTestId('job-company').nth(1).getByRole('link').last().click()
    await expect(page.getByTestId('journal-count')).toHaveText(count)

    await page.goto(`/#/journal?tag=${encodeURIComponent('面试')}`)
    await expect(page.getByTestId('journal-count')).toHaveText(count)
    const select = page.getByRole('combobox', { name: tag, exact: true })
    await expect(select.locator('option:checked')).toHaveText('面试 / 面試')
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `/tmp/fold31/tag-filter-${words.lang}.png`, fullPage: true })
    await context.close()
  })
}
