// @vitest-environment happy-dom
import { cleanup, configure } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { closeAll, opened, renderRules, typeInto } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

/**
 * Trial 20 #10: a score past Core's 85 that stays Premium read "Premium (≈1M+) (unchanged),
 * score 83.4 → 95.1" with no reason. The preview names Core's other condition and where the
 * user's best S-class skill stands, as the Skills screen's tier reason does.
 */
const CASES = [
  {
    language: 'en',
    classS: 'Class S: points at level 4',
    current:
      'Your tier: Premium (≈1M+), score 95. Core talent needs 85 and an evidenced level-4 skill in an S-class domain: your best, Fine-tuning, is at level 3.',
    edited:
      'Your tier: Premium (≈1M+) (unchanged), score 95 → 97.3. Core talent needs 85 and an evidenced level-4 skill in an S-class domain: your best, Fine-tuning, is at level 3.',
  },
  {
    language: 'zh-CN',
    classS: 'S 类：4 级分值',
    current:
      '你的档位：百万档，得分 95。核心人才需要 85 分，且有一项带证据的 S 类 4 级技能：你最好的调优为 3 级。',
    edited:
      '你的档位：百万档（不变），得分 95 → 97.3。核心人才需要 85 分，且有一项带证据的 S 类 4 级技能：你最好的调优为 3 级。',
  },
] as const

/** An in-field PhD in Shanghai leading a team: fine-tuning 3, inference 3, foundation software 4. */
async function seedScore95(): Promise<TidemarkDatabase> {
  const db = new TidemarkDatabase(`rules-gate-${crypto.randomUUID()}`)
  opened.push(db)
  await db.open()
  await saveProfile(db, {
    education: 'phd',
    phdInField: true,
    yearsOfExperience: 8,
    city: '上海',
    currentEmployer: 'big-tech',
    roleFamily: 'engineering',
    stability: 'stable',
    leadership: { businessLine: false, team: true, openSource: false },
  })
  const skill = (
    name: string,
    domain: 'fine-tuning' | 'inference-acceleration' | 'llm-foundation-software',
    level: number,
  ) => saveSkill(db, { name, domain, level, evidence: ['production'] })
  await skill('LoRA', 'fine-tuning', 3)
  await skill('vLLM', 'inference-acceleration', 3)
  await skill('Kubernetes', 'llm-foundation-software', 4)
  return db
}

const preview = () => document.querySelector('.rules-preview')?.textContent ?? ''

describe('the Rules preview of a score held below Core', () => {
  for (const c of CASES) {
    it(`says what Core also needs, ${c.language}`, async () => {
      const db = await seedScore95()
      await renderRules({ language: c.language, db })
      expect(preview()).toBe(c.current)
      await typeInto(c.classS, '52')
      expect(preview()).toBe(c.edited)
    })
  }
})
