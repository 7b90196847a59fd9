// @vitest-environment happy-dom
import { cleanup, configure } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fieldId } from '../../../../renderer/ui/screens/rules/override-paths'
import { closeAll, renderRules } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

const PATH = 'downside.severance.localAverageMonthlyWageYuan'

// Review 19: the wage set here replaces only the placeholder (Beijing and Shanghai keep their
// own), and the field says so: "Local average monthly wage" read as every city's.
describe('the severance’s average wage on the Rules screen', () => {
  for (const [language, label, note] of [
    [
      'en',
      'Local average monthly wage, cities without their own (yuan)',
      'Beijing and Shanghai keep the average wage they publish (their social-insurance base cap ÷ 3), whatever is set here; the wage below is for every other city, where Tidemark has no average wage of the city’s own.',
    ],
    [
      'zh-CN',
      '当地职工月平均工资：没有本市数据的城市（元）',
      '北京和上海始终按本市公布的平均工资（社保缴费基数上限 ÷ 3），不受此处设定影响；下面的平均工资用于其他城市，潮位没有这些城市自己的数据。',
    ],
  ] as const) {
    it(`says it is for the cities without their own figure, ${language}`, async () => {
      await renderRules({ language })
      const input = await vi.waitFor(() => {
        const found = document.getElementById(fieldId(PATH))
        if (!found) throw new Error('no severance wage field yet')
        return found
      })
      const labelText = document.querySelector(`label[for="${input.id}"]`)?.textContent
      expect(labelText).toBe(label)
      const block = input.closest('.rule-block')
      const hints = [...(block?.querySelectorAll('p.hint') ?? [])].map((p) => p.textContent)
      expect(hints).toContain(note)
    })
  }
})
