import { expect, test, type Page } from '@playwright/test'

/**
 * The journal's search crosses Chinese and English for the field's words (user trial 20,
 * finding 4: "training" did not find 「分布式训练实验」, 推理 not "Applied to Meituan LLM inference
 * team"), in the search worker as built: the entry written as typed is listed first, the
 * translated one after it, its word marked. Unit tests:
 * tests/renderer/data/search/search27-across-languages.test.ts.
 */

interface Case {
  locale: 'en-US' | 'zh-CN'
  kinds: { learning: string; project: string; application: string }
  title: string
  save: string
  search: string
  matches: (count: number) => string
  entries: string
  /** Written in the query's language, then in the other. */
  typed: { kind: 'learning'; title: string }
  crossed: { kind: 'project' | 'application'; title: string }
  query: string
  /** The word of `crossed` the query is marked by. */
  marked: string
}

const CASES: Case[] = [
  {
    locale: 'en-US',
    kinds: { learning: 'Learning', project: 'Project', application: 'Application' },
    title: 'Title',
    save: 'Save',
    search: 'Search the journal',
    matches: (count) => (count === 1 ? '1 match' : `${String(count)} matches`),
    entries: 'Journal entries',
    typed: { kind: 'learning', title: 'Training log: loss spikes at step 3k' },
    crossed: { kind: 'project', title: '分布式训练实验' },
    query: 'training',
    marked: '训练',
  },
  {
    locale: 'zh-CN',
    kinds: { learning: '学习', project: '项目', application: '投递' },
    title: '标题',
    save: '保存',
    search: '搜索日志',
    matches: (count) => `找到 ${String(count)} 条`,
    entries: '日志条目',
    typed: { kind: 'learning', title: '推理优化笔记' },
    crossed: { kind: 'application', title: 'Applied to Meituan LLM inference team' },
    query: '推理',
    marked: 'inference',
  },
]

async function write(page: Page, words: Case, kind: string, title: string): Promise<void> {
  await page.goto('/#/journal/new')
  const form = page.getByRole('form')
  await form.getByRole('radio', { name: kind, exact: true }).check()
  await form.getByRole('textbox', { name: words.title, exact: true }).fill(title)
  await form.getByRole('button', { name: words.save, exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()
}

for (const words of CASES) {
  test(`"${words.query}" finds the entry written in the other language, ${words.locale}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: words.locale })
    const page = await context.newPage()
    await write(page, words, words.kinds[words.crossed.kind], words.crossed.title)
    await write(page, words, words.kinds[words.typed.kind], words.typed.title)
    // Written last, so newest: listed first only if it ranks first.
    await write(page, words, words.kinds.learning, 'Unrelated 无关')

    await page.goto('/#/journal')
    await page.getByRole('searchbox', { name: words.search }).fill(words.query)
    await expect(page.getByTestId('journal-count')).toHaveText(words.matches(2))
    const list = page.getByRole('list', { name: words.entries })
    // As typed first, the translation after it.
    await expect(list.locator('.timeline-entry-title')).toHaveText([
      words.typed.title,
      words.crossed.title,
    ])
    const crossedRow = list.getByRole('listitem').filter({ hasText: words.crossed.title })
    await expect(crossedRow.locator('mark')).toHaveText([words.marked])
    await context.close()
  })
}
