import { expect, test, type Page } from '@playwright/test'
import { profileExport } from '../helpers/profile-export'
import { expectNoAxeViolations } from './axe'
import { EN, importThroughUi, jsonFile, ZH, type UiWords } from './data-helpers'

/**
 * Trial 19 #1: at 1024 px the current job and three offers, two of them given as ranges, made a
 * table 797 px wide in a box of 734 (zh-CN, dark): the last column cut at the edge ("65万–7"),
 * the page scrolling inside it. Range figures ("146万–162万/24个月", "−13.3% – +4%") held each
 * on one line kept the columns wide; offers22-compare-1024 had single figures only. A range now
 * breaks after its dash, each end whole. With the trial's three pasted lines and the article
 * mover's current pay (75万), at 1024, 1280 and 1440 px, light and dark, every "Why" closed
 * and then open: the table fits its box, the page does not scroll sideways, nothing is cut,
 * and no amount is split across lines.
 */
const OFFERS = [
  ['字节跳动 Seed', '年薪 70-80w, 签字费 10 万'],
  ['月之暗面', '月薪5-6万 x 13薪, 期权 10 万股 行权价 1 美元'],
  ['阿里巴巴通义', '月薪4.5万，16薪，股票每年20万分4年'],
] as const

const CASES = [
  {
    words: EN,
    locale: 'en-US',
    company: 'Company',
    paste: 'Paste the pay as the recruiter wrote it',
    save: 'Save offer',
    saved: 'Saved.',
    range: '1.46M–1.62M/24 mo',
  },
  {
    words: ZH,
    locale: 'zh-CN',
    company: '公司',
    paste: '按猎头的写法粘贴薪资',
    save: '保存 offer',
    saved: '已保存。',
    range: '146万–162万/24个月',
  },
] as const

async function addOffer(page: Page, c: (typeof CASES)[number], company: string, line: string) {
  await page.goto('/#/offers/new')
  await page.getByLabel(c.company, { exact: true }).fill(company)
  await page.getByLabel(c.paste).fill(line)
  await page.getByRole('button', { name: c.save }).click()
  await expect(page.getByRole('form').getByRole('status')).toHaveText(c.saved)
}

/** What does not fit: the table's and the page's overflow, and every figure or line cut. */
async function overflow(page: Page) {
  return page.locator('.compare-scroll').evaluate((element) => {
    const box = element.getBoundingClientRect()
    // Inside a closed "Why" nothing is shown, so nothing can be cut.
    const shown = (node: Element) => node.checkVisibility()
    const cut = [
      ...element.querySelectorAll(
        'thead th, th[scope="row"], .compare-value, .compare-note, .compare-warning, .compare-why p, .compare-why li',
      ),
    ]
      .filter(shown)
      .filter((node) => {
        const own = node.getBoundingClientRect()
        return own.right > box.right + 0.5 || node.scrollWidth > node.clientWidth + 0.5
      })
      .map((node) => node.textContent)
    // An amount split over two lines: each end of a range is one line (no taller than a line).
    const split = [...element.querySelectorAll('.compare-range-end')]
      .filter((end) => end.getClientRects().length > 1)
      .map((end) => end.textContent)
    return {
      table: element.scrollWidth - element.clientWidth,
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      cut,
      split,
    }
  })
}

async function expectFits(page: Page, label: string) {
  for (const width of [1024, 1280, 1440]) {
    await page.setViewportSize({ width, height: 768 })
    const found = await overflow(page)
    expect(found, `${label}, ${String(width)} px`).toEqual({
      table: 0,
      page: 0,
      cut: [],
      split: [],
    })
  }
}

for (const c of CASES) {
  test.describe(`three offers with ranges at 1024-1440 px, ${c.locale}`, () => {
    test.use({ locale: c.locale, viewport: { width: 1024, height: 768 } })

    test('the comparison fits its box, every Why closed and open, light and dark', async ({
      page,
    }) => {
      test.setTimeout(120_000)
      await page.goto('/#/settings')
      const words: UiWords = c.words
      await importThroughUi(
        page,
        jsonFile('mover.json', profileExport({ skills: 0, offers: 0 })),
        'merge',
        words,
      )
      for (const [company, line] of OFFERS) await addOffer(page, c, company, line)
      await page.goto('/#/offers')
      const table = page.locator('.compare-scroll')
      await expect(table.locator('thead th')).toHaveCount(5)
      // The range is read whole (no space or mark added where it may break).
      await expect(table.locator('tr[data-row="risk-adjusted"] .compare-value').nth(1)).toHaveText(
        c.range,
      )

      for (const scheme of ['dark', 'light'] as const) {
        await page.emulateMedia({ colorScheme: scheme })
        await expectFits(page, `${scheme}, every Why closed`)
      }
      await page.setViewportSize({ width: 1024, height: 768 })
      const whys = table.locator('.compare-why > summary')
      const count = await whys.count()
      expect(count).toBeGreaterThanOrEqual(9)
      for (let index = 0; index < count; index += 1) await whys.nth(index).click()
      await expect(table.locator('.compare-why[open]')).toHaveCount(count)
      for (const scheme of ['dark', 'light'] as const) {
        await page.emulateMedia({ colorScheme: scheme })
        await expectFits(page, `${scheme}, every Why open`)
      }

      await page.setViewportSize({ width: 1024, height: 768 })
      await expectNoAxeViolations(page)
      await page.emulateMedia({ colorScheme: 'dark' })
      await expectNoAxeViolations(page)
    })
  })
}
