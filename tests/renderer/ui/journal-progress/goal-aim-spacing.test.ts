import { expect, it } from 'vitest'
import type { GoalProgress } from '../../../../renderer/data/goal-progress'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { goalAim } from '../../../../renderer/ui/screens/journal/goals/goal-text'

/**
 * A goal's aim in Chinese put a skill named in Latin letters flush against the Chinese after it
 * ('LoRA达到 3 级', 'vLLM达到 4 级'): Chinese text keeps a space between Latin and Han, as the
 * rest of the interface does ('LoRA 微调', '达到 3 级').
 */

function skillGoal(skillName: string, level: number): GoalProgress {
  return {
    goal: {
      id: 'g1',
      title: 'Goal',
      targetDate: '2027-01-31',
      target: { kind: 'skill-level', skillId: 's1', level },
    },
    status: 'in-progress',
    current: 2,
    target: level,
    fraction: 2 / level,
    capped: false,
    skillName,
    daysLeft: 60,
  } as unknown as GoalProgress
}

it('puts a space between a Latin skill name and the Chinese after it', async () => {
  const { t } = await createI18n('zh-CN')
  expect(goalAim(skillGoal('LoRA', 3), t, 'zh-CN', '2026-12-02')).toBe('LoRA 达到 3 级')
  expect(goalAim(skillGoal('vLLM 0.6', 4), t, 'zh-CN', '2026-12-02')).toBe('vLLM 0.6 达到 4 级')
  expect(goalAim(skillGoal('LoRA 微调', 3), t, 'zh-CN', '2026-12-02')).toBe('LoRA 微调达到 3 级')
  expect(goalAim(skillGoal('推理加速', 3), t, 'zh-CN', '2026-12-02')).toBe('推理加速达到 3 级')
})

it('leaves English as it was', async () => {
  const { t } = await createI18n('en')
  expect(goalAim(skillGoal('LoRA', 3), t, 'en', '2026-12-02')).toBe('LoRA to level 3')
})
