import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * The self-assessment walked as a user does it (issue #7): fill a profile, add skills, watch
 * the tier move, open a reason's quote, raise an unevidenced skill and see the cap, change a
 * rule weight and reset it, export the report; in English and in Chinese. The words are spelled
 * out as a user reads them, not imported from the app's tables: a lost translation fails here.
 */
interface Words {
  locale: string
  skills: string
  profile: string
  degree: string
  master: string
  years: string
  city: string
  employer: string
  bigTech: string
  role: string
  algorithm: string
  paste: string
  read: RegExp
  saveProfile: string
  saved: string
  addSkill: string
  name: string
  domain: string
  expert: RegExp
  production: string
  save: string
  capFlag: RegExp
  score: string
  tier: string
  source: string
  why: string
  rules: string
  preview: string
  oneChanged: string
  noneChanged: string
  changedFrom: RegExp
  saveRules: string
  exportMarkdown: string
  reportHeading: RegExp
}

const EN: Words = {
  locale: 'en-US',
  skills: 'Skills',
  profile: 'Your profile',
  degree: 'Highest degree',
  master: 'Master’s',
  years: 'Years of experience',
  city: 'City',
  employer: 'Where you work',
  bigTech: 'Big internet company',
  role: 'Your role',
  algorithm: 'Algorithm engineer',
  paste: 'Paste your pay as a recruiter would write it',
  read: /Read: .*15 months/,
  saveProfile: 'Save profile',
  saved: 'Saved.',
  addSkill: 'Add a skill',
  name: 'Name',
  domain: 'Domain',
  expert: /^4 Expert/,
  production: 'Production',
  save: 'Save',
  capFlag: /Level 4 counts as 2: no evidence/,
  score: 'Premium score',
  tier: 'Tier',
  source: 'Source',
  why: 'Why',
  rules: 'Rules',
  preview: 'Your tier with these rules',
  oneChanged: 'Saved rules: 1 differs from its default.',
  noneChanged:
    'Saved rules: none changed; each is the article’s, or Tidemark’s assumption where the article gives no number.',
  changedFrom: /changed from the article’s S/,
  saveRules: 'Save changes',
  exportMarkdown: 'Export as Markdown',
  reportHeading: /^# Tidemark self-assessment/m,
}

const ZH: Words = {
  locale: 'zh-CN',
  skills: '技能',
  profile: '个人资料',
  degree: '最高学历',
  master: '硕士',
  years: '工作年限',
  city: '城市',
  employer: '所在单位',
  bigTech: '互联网大厂',
  role: '岗位',
  algorithm: '算法工程师',
  paste: '按猎头的写法粘贴你的薪资',
  read: /读取结果.*15/,
  saveProfile: '保存资料',
  saved: '已保存。',
  addSkill: '添加技能',
  name: '名称',
  domain: '方向',
  expert: /^4 专家/,
  production: '生产上线',
  save: '保存',
  capFlag: /自评 4 级，只按 2 级计：没有证据/,
  score: '溢价分',
  tier: '档位',
  source: '出处',
  why: '依据',
  rules: '规则',
  preview: '按这些规则，你的档位',
  oneChanged: '已保存的规则中有 1 条与默认值不同。',
  noneChanged: '已保存的规则均未改动：有的出自文章，文章没有给出数字的，则是潮位的假设。',
  changedFrom: /已修改，文章原为 S/,
  saveRules: '保存修改',
  exportMarkdown: '导出为 Markdown',
  reportHeading: /^# 潮位/m,
}

/** The figure shown for a term of the assessment's summary (a description list). */
function summaryFigure(page: Page, term: string) {
  return page
    .getByRole('complementary')
    .locator('dt', { hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]')
}

for (const words of [EN, ZH]) {
  test.describe(`self-assessment in ${words.locale}`, () => {
    test.use({ locale: words.locale, viewport: { width: 1280, height: 800 } })

    test('profile, skills, the cap, a quote, a rule changed and reset, the report', async ({
      page,
    }) => {
      test.setTimeout(90_000)
      await page.goto('/#/skills')
      await expect(page.getByRole('heading', { level: 1, name: words.skills })).toBeVisible()

      // The profile, with a pasted pay line read back.
      const profile = page.getByRole('region', { name: words.profile })
      await profile.getByLabel(words.degree).selectOption({ label: words.master })
      await profile.getByLabel(words.years).fill('8')
      await profile.getByRole('combobox', { name: words.city }).fill('北京')
      await profile.getByLabel(words.employer).selectOption({ label: words.bigTech })
      await profile.getByLabel(words.role).selectOption({ label: words.algorithm })
      await profile.getByLabel(words.paste).fill('50k×15')
      await expect(profile.getByText(words.read)).toBeVisible()
      await profile.getByRole('button', { name: words.saveProfile }).click()
      await expect(profile.getByText(words.saved)).toBeVisible()
      const scoreBefore = await summaryFigure(page, words.score).innerText()

      // A level-4 skill without evidence: the tier moves, and the cap is flagged on the skill.
      await page.getByRole('button', { name: words.addSkill }).first().click()
      await page.getByRole('combobox', { name: words.name, exact: true }).fill('vLL')
      // Choosing a suggestion files the skill under its domain.
      await page.getByRole('option', { name: /^vLLM/ }).click()
      await expect(page.getByRole('combobox', { name: words.domain, exact: true })).toHaveValue(
        'inference-acceleration',
      )
      await page.getByRole('radio', { name: words.expert }).check()
      await page.getByRole('button', { name: words.save, exact: true }).click()
      await expect(page.getByText(words.capFlag).first()).toBeVisible()
      // The saved skill moves the score (the flag also shows in the form while typing).
      await expect(summaryFigure(page, words.score)).not.toHaveText(scoreBefore)
      const scoreCapped = await summaryFigure(page, words.score).innerText()
      await expectNoAxeViolations(page)

      // Open a reason's source: the article's own sentence, in its Traditional script.
      const why = page.getByRole('region', { name: words.why })
      await why.getByText(words.source).first().click()
      await expect(why.locator('blockquote[lang="zh-Hant"]').first()).toBeVisible()

      // Evidence lifts the cap: the flag goes and the score rises.
      await page
        .getByRole('button', { name: new RegExp('vLLM') })
        .first()
        .click()
      await page.getByRole('checkbox', { name: words.production }).check()
      await page.getByRole('button', { name: words.save, exact: true }).click()
      await expect(page.getByText(words.capFlag)).toHaveCount(0)
      await expect
        .poll(async () => Number.parseFloat(await summaryFigure(page, words.score).innerText()))
        .toBeGreaterThan(Number.parseFloat(scoreCapped))
      const scoreEvidenced = Number.parseFloat(await summaryFigure(page, words.score).innerText())

      // The report, as Markdown.
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name: words.exportMarkdown }).click()
      const file = await (await download).path()
      const markdown = await readFile(file, 'utf8')
      expect(markdown).toMatch(words.reportHeading)
      expect(markdown).toContain('vLLM')

      // A rule weight changed: the preview moves before saving; then reset.
      await page.goto('/#/rules')
      await expect(page.getByRole('heading', { level: 1, name: words.rules })).toBeVisible()
      await expectNoAxeViolations(page)
      const preview = page.getByRole('region', { name: words.preview })
      const inference = page.getByRole('row', { name: /^(Inference acceleration|推理加速)/ })
      await inference.getByRole('combobox').selectOption('C')
      await expect(preview).toContainText('→')
      await preview.getByRole('button', { name: words.saveRules }).click()
      await expect(page.getByText(words.oneChanged)).toBeVisible()
      await expect(inference.getByText(words.changedFrom)).toBeVisible()
      // The weaker class shows on the user's own score at once.
      await page.goto('/#/skills')
      const scoreDemoted = Number.parseFloat(await summaryFigure(page, words.score).innerText())
      expect(scoreDemoted).toBeLessThan(scoreEvidenced)
      // Reset the one rule, save: the article's rules and the score are back.
      await page.goto('/#/rules')
      await inference.getByRole('button', { name: /^(Reset|把)/ }).click()
      await preview.getByRole('button', { name: words.saveRules }).click()
      await expect(page.getByText(words.noneChanged)).toBeVisible()
      await page.goto('/#/skills')
      await expect(summaryFigure(page, words.score)).toHaveText(
        new RegExp(`^${String(scoreEvidenced)}`),
      )
    })
  })
}
