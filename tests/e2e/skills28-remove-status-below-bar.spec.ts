import { expect, test, type Page } from '@playwright/test'
import { profileExport } from '../helpers/profile-export'
import { EN, importThroughUi, jsonFile, ZH, type UiWords } from './data-helpers'

/**
 * Session 28's look at the Skills screen at 720 px: below 960 px the score bar sticks over the
 * top of the screen, and removing a skill while its status line sat partly under the bar left
 * the sentence's first line there ("已删除“NLP”，2 条日志和 1 个目标中对它的关联也一并移除。" at
 * y = 27-84 under a bar to 44). Focusing Undo did not scroll: Undo itself was in view. The
 * whole sentence now comes below the bar, and at 1280 px (no bar) it is in view.
 */
const CASES = [
  { words: EN, locale: 'en-US', remove: 'Remove NLP', links: '2 journal entries' },
  { words: ZH, locale: 'zh-CN', remove: '删除 NLP', links: '2 条日志' },
] as const

const STAMP = '2026-11-20T09:00:00.000Z'
const NLP = 'e5092a38-b7ca-423b-bf3c-697b84c88f4a'
const VLLM = 'e173bad9-8ff3-4a42-bfb9-3a230fbe1dc7'

/** Three skills; NLP linked from two journal entries and from a goal that targets its level. */
function exportFile(): string {
  const document = JSON.parse(profileExport({ skills: 0, offers: 0 })) as {
    data: Record<string, unknown>
  }
  const stamps = { createdAt: STAMP, updatedAt: STAMP }
  document.data['skills'] = [
    { id: NLP, name: 'NLP', domain: 'nlp', level: 4, evidence: ['production'], ...stamps },
    { id: VLLM, name: 'vLLM', domain: 'inference-acceleration', level: 4, evidence: [], ...stamps },
    {
      id: '391db8da-36a2-449e-b3f3-5cde1b03f678',
      name: 'CUDA 算子',
      domain: 'inference-acceleration',
      level: 2,
      evidence: [],
      ...stamps,
    },
  ]
  const entry = (id: string, title: string, skillIds: string[]) => ({
    id,
    kind: 'project',
    date: '2026-11-12',
    title,
    body: '',
    skillIds,
    tags: [],
    evidence: [],
    ...stamps,
  })
  document.data['journal'] = [
    entry('00502a19-c8f1-4b8a-928a-2e9ec159d38b', 'Shipped vLLM serving', [VLLM, NLP]),
    entry('0a5028d8-c305-4a19-aebc-9a76dcc70193', 'Read the FlashAttention paper', [NLP]),
  ]
  document.data['goals'] = [
    {
      id: '90bdf652-503f-47f8-949d-b62feeb88afc',
      title: 'Level 4 in NLP',
      targetDate: '2027-03-01',
      skillIds: [NLP],
      target: { kind: 'skill-level', skillId: NLP, level: 4 },
      done: false,
      ...stamps,
    },
  ]
  return JSON.stringify(document)
}

/** The status line's box and the sticky score bar's (none where it is hidden or not stuck). */
function measure(page: Page) {
  return page.evaluate(() => {
    const status = document.querySelector('.skills-editor-status') as HTMLElement
    const bar = document.querySelector<HTMLElement>('.skills-score-bar')
    const drawn = bar && getComputedStyle(bar).display !== 'none' ? bar : null
    const box = status.getBoundingClientRect()
    return {
      top: box.top,
      bottom: box.bottom,
      barBottom: drawn ? drawn.getBoundingClientRect().bottom : 0,
      window: window.innerHeight,
    }
  })
}

for (const c of CASES) {
  test.describe(`removing a linked skill, ${c.locale}`, () => {
    test.use({ locale: c.locale, viewport: { width: 720, height: 800 } })

    test('the status while Undo is offered shows whole, below the sticky score bar', async ({
      page,
    }) => {
      test.setTimeout(90_000)
      await page.goto('/#/settings')
      const words: UiWords = c.words
      await importThroughUi(page, jsonFile('linked-skill.json', exportFile()), 'replace', words)

      for (const width of [720, 1280]) {
        await page.setViewportSize({ width, height: 800 })
        const at = `${String(width)} px`
        await page.goto('/#/skills')
        const remove = page.getByRole('button', { name: c.remove, exact: true })
        await expect(remove).toBeVisible()
        // The status line (empty until now) partly at the top of the screen, under the bar
        // where there is one: 20 px of it above the bar's bottom.
        await page.evaluate(() => {
          const root = document.getElementById('root') as HTMLElement
          const status = document.querySelector('.skills-editor-status') as HTMLElement
          const bar = document.querySelector<HTMLElement>('.skills-score-bar')
          const barHeight = bar && getComputedStyle(bar).display !== 'none' ? bar.offsetHeight : 0
          root.scrollTop += status.getBoundingClientRect().top - (barHeight - 20)
        })
        if (width === 720) {
          const before = await measure(page)
          expect(before.top, `the status starts under the bar at ${at}`).toBeLessThan(
            before.barBottom,
          )
        }
        await remove.click()
        const status = page.getByRole('status').filter({ hasText: c.links })
        await expect(status).toBeVisible()
        await expect(page.locator('.skills-editor-status button')).toBeFocused()
        const shown = await measure(page)
        expect(
          shown.top,
          `the status's top below the bar's bottom at ${at}`,
        ).toBeGreaterThanOrEqual(shown.barBottom)
        expect(shown.bottom, `the status's bottom in the window at ${at}`).toBeLessThanOrEqual(
          shown.window,
        )
        // Undo: the skill stays.
        await page.locator('.skills-editor-status button').click()
        await expect(remove).toBeVisible()
      }
    })
  })
}
