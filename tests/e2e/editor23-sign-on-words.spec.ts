import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * A sign-on in a pasted line, as a recruiter writes it (docs/user-trial.md, editor23): left out
 * of the figure ("not including", "不含") it is read on top, with nothing left unread; said to be
 * inside ("含签字费") it is refused with words that say what to enter where. The intro says how
 * a draft is discarded. Words spelled out as a user reads them, in English and Chinese.
 */
const CASES = [
  {
    locale: 'en-US',
    paste: 'Paste the pay as the recruiter wrote it',
    signOnField: 'Sign-on bonus',
    outside: '800k, not including sign-on 100k',
    read: 'Read: 800k a year, in CNY, a sign-on of 100k.',
    notRead: /Not read/,
    inside: 'package 1.2M incl. sign-on 100k',
    insideWords:
      '“incl. sign-on 100k”: the sign-on is said to be part of this figure, and Tidemark does not guess the pay without it. Paste the pay without the sign-on (what is paid every year), and enter the sign-on under Sign-on bonus.',
    intro: /Cancel discards it\./,
  },
  {
    locale: 'zh-CN',
    paste: '按猎头的写法粘贴薪资',
    signOnField: '签字费',
    outside: '年包 80w，不含签字费 10w',
    read: '读取结果：年薪 80万，币种 CNY，签字费 10万。',
    notRead: /未能读取/,
    inside: '总包 120w（含签字费 10w）',
    insideWords:
      '“含签字费 10w”：签字费含在这个数里，潮位不猜去掉它后的薪资。请粘贴不含签字费的薪资（每年都发的部分），再把签字费填在“签字费”中。',
    intro: /点“取消”则丢弃草稿。/,
  },
] as const

for (const c of CASES) {
  test.describe(`A sign-on in a pasted line, ${c.locale}`, () => {
    test.use({ locale: c.locale })

    test('left out is read on top; said inside is refused with what to do', async ({ page }) => {
      await page.goto('/#/offers/new')
      await expect(page.getByText(c.intro)).toBeVisible()
      const paste = page.getByLabel(c.paste, { exact: true })
      await paste.fill(c.outside)
      await expect(page.getByText(c.read, { exact: true })).toBeVisible()
      await expect(page.getByText(c.notRead)).toHaveCount(0)
      await expect(page.getByLabel(c.signOnField, { exact: true })).toHaveValue('100000')

      await paste.fill(c.inside)
      await expect(page.getByText(c.insideWords, { exact: true })).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}
