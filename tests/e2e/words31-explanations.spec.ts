import { expect, test, type Page } from '@playwright/test'
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../renderer/data/transfer/export-format'
import { expectNoAxeViolations } from './axe'
import { EN, importThroughUi, jsonFile, ZH, type UiWords } from './data-helpers'

/**
 * Trial 34 #5 and #6, in Chromium, with the tester's profile (a recommendation-systems engineer
 * in Beijing, 58.4 points, Premium) and the LLM startup "with funding":
 * - the first tip's "How it adds up" adds up to the scores shown (58.4 + 22 = 80.4: it read
 *   +22.1 beside "Score 80.4"), and deep learning, moved to second place, says it counts at 50%
 *   instead of in full (17.5 of its 35 points), not "counted at 50%: −17.5 points" alone;
 * - the startup's funding line in "Risk of the move" says "+0" as every other risk line says
 *   its points.
 * The words are spelled out as a user reads them.
 */
const STAMP = '2026-11-01T08:00:00.000Z'

const skill = (id: string, domain: string, level: number, evidence: string[] = []) => ({
  id,
  name: id,
  domain,
  level,
  evidence,
  createdAt: STAMP,
  updatedAt: STAMP,
})

function testerExport(): string {
  return JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: STAMP,
    app: { name: 'Tidemark', version: '0.1.0' },
    data: {
      settings: null,
      profile: {
        id: 'me',
        education: 'master',
        yearsOfExperience: 6,
        city: '北京',
        currentEmployer: 'big-tech',
        roleFamily: 'algorithm',
        stability: 'stable',
        leadership: {},
        currentPay: { base: { kind: 'text', text: '35k×15' } },
        updatedAt: STAMP,
      },
      skills: [
        skill('推荐系统', 'deep-learning', 4, ['production']),
        skill('PyTorch', 'deep-learning', 3),
        skill('模型蒸馏', 'model-optimization', 3, ['production']),
        skill('LoRA', 'fine-tuning', 2),
        skill('BERT', 'nlp', 2),
        skill('Spark', 'cs-data-foundations', 4, ['production']),
        skill('DeepSpeed', 'llm-training', 1),
        skill('vLLM', 'inference-acceleration', 1, ['course']),
      ],
      skillSnapshots: [],
      offers: [
        {
          id: 'llm-startup',
          company: 'LLM 创业公司',
          role: '大模型算法',
          employerKind: 'startup',
          funding: 'funded',
          pay: { base: { kind: 'text', text: '年包80-100w' } },
          checklist: {
            'model-product': 'yes',
            deployment: 'unknown',
            roadmap: 'unknown',
            'leadership-understands-llms': 'unknown',
            'team-strength': 'unknown',
          },
          status: 'considering',
          notes: '',
          createdAt: STAMP,
          updatedAt: STAMP,
        },
      ],
      journal: [],
      goals: [],
      engineSettings: null,
      rulesetOverrides: null,
    },
  })
}

const CASES = [
  {
    words: EN,
    locale: 'en-US',
    score: '58.4',
    action: 'Raise Inference acceleration from 1 to 4',
    effect: '+22 points, still Premium (≈1M+)',
    why: 'How it adds up',
    parts: 'How this step’s points add up',
    deepLearning:
      'Deep learning at level 4 (expert), class A, moves from domain no. 1 to no. 2, so it counts at 50% instead of in full (17.5 of its 35 points): −17.5 points',
    tier: 'Score 80.4 reaches Premium (≈1M+): 50 and up',
    points: / (−?[\d.]+|\+[\d.]+) points?$/,
    risk: 'Risk of the move',
    funding:
      'A startup with funding, its backers not known to be strong (the quote is the article’s example of a funded startup, not this one): +0 points',
    confirmed: '“Has a model product” confirmed: +0 points',
  },
  {
    words: ZH,
    locale: 'zh-CN',
    score: '58.4',
    action: '把推理加速从 1 级提到 4 级',
    effect: '+22 分，仍在百万档',
    why: '怎么算的',
    parts: '这一步的分数怎么算',
    deepLearning:
      '深度学习 4 级（专家），属 A 类，从第 1 个方向变为第 2 个，由全额计分改为按 50% 计分（35 分中计 17.5 分）：−17.5 分',
    tier: '80.4 分，达到百万档：50 分及以上',
    points: /：(−?[\d.]+|\+[\d.]+) 分$/,
    risk: '跳槽风险',
    funding:
      '创业公司，已获融资，但不确定投资方是否雄厚（引文是文中一家获融资创业公司的例子，并非这家）：+0 分',
    confirmed: '“有模型产品”已确认：+0 分',
  },
] as const

/** A figure as shown ("+50", "−17.5") as a number. */
const pointsOf = (text: string) => Number(text.replace('−', '-').replace('+', ''))

async function openFirstGap(page: Page, c: (typeof CASES)[number]) {
  await page.goto('/#/skills')
  const first = page.locator('.gap-list > li').first()
  await expect(first.locator('.gap-action')).toHaveText(c.action)
  await expect(first.locator('.gap-effect')).toHaveText(c.effect)
  await first.locator('summary', { hasText: c.why }).click()
  return first.getByRole('list', { name: c.parts })
}

for (const c of CASES) {
  test.describe(`trial 34's explanations, ${c.locale}`, () => {
    test.use({ locale: c.locale, viewport: { width: 1280, height: 800 } })

    test('a tip’s parts add up to the scores shown; a funded startup’s risk line says +0', async ({
      page,
    }) => {
      test.setTimeout(90_000)
      await page.goto('/#/settings')
      const words: UiWords = c.words
      await importThroughUi(page, jsonFile('tester.json', testerExport()), 'merge', words)

      const parts = await openFirstGap(page, c)
      await expect(page.locator('.assessment-score-value')).toHaveText(c.score)
      const lines = parts.locator(':scope > li .reason-text')
      await expect(lines.last()).toHaveText(c.tier)
      await expect(lines.nth(1)).toHaveText(c.deepLearning)
      // The parts' figures add up to the gain shown, and 58.4 + 22 = 80.4.
      const texts = await lines.allTextContents()
      const figures = texts.flatMap((text) => {
        const match = c.points.exec(text)
        return match?.[1] ? [pointsOf(match[1])] : []
      })
      expect(figures).toHaveLength(texts.length - 1)
      expect(Math.round(figures.reduce((sum, value) => sum + value * 10, 0))).toBe(220)
      await expectNoAxeViolations(page)

      await page.goto('/#/offers/llm-startup')
      const risk = page.getByRole('region', { name: c.risk })
      await expect(risk.getByText(c.funding, { exact: true })).toBeVisible()
      await expect(risk.getByText(c.confirmed, { exact: true })).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}
