import type { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveEngineSettings } from '../../../../renderer/data/repositories/engine-settings'
import { saveGoal } from '../../../../renderer/data/repositories/goals'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { saveOffer } from '../../../../renderer/data/repositories/offers'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { saveRulesetOverrides } from '../../../../renderer/data/repositories/ruleset-overrides'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { updateSettings } from '../../../../renderer/data/settings-repository'

/** A database with something in every table, written the way the app writes it. */
export async function populate(db: TidemarkDatabase, now = new Date('2026-11-20T09:00:00Z')) {
  await updateSettings(db, { language: 'zh-CN', theme: 'dark' }, now)
  await saveProfile(
    db,
    {
      education: 'master',
      yearsOfExperience: 5,
      city: '北京',
      currentEmployer: 'big-tech',
      roleFamily: 'algorithm',
      stability: 'stable',
      currentPay: {
        currency: 'CNY',
        base: { kind: 'monthly', monthly: { low: 40000, high: 40000 }, months: 15 },
      },
    },
    now,
  )
  const nlp = await saveSkill(
    db,
    { name: 'NLP', domain: 'nlp', level: 3, evidence: ['production'] },
    now,
  )
  const vllm = await saveSkill(
    db,
    { name: 'vLLM', domain: 'inference-acceleration', level: 4, lastUsed: '2026-11-01' },
    now,
  )
  const offer = await saveOffer(
    db,
    {
      company: '月之暗面',
      employerKind: 'startup',
      funding: 'strong-backers',
      pay: {
        currency: 'CNY',
        base: { kind: 'monthly', monthly: { low: 60000, high: 80000 }, months: 16 },
      },
      deadline: '2026-12-05',
      notes: '二面后口头 offer',
    },
    now,
  )
  await saveJournalEntry(
    db,
    {
      kind: 'interview',
      date: '2026-11-10',
      title: '字节二面',
      body: '问了推理加速和量化',
      company: '字节跳动',
      tags: ['面试', 'inference'],
    },
    now,
  )
  await saveJournalEntry(
    db,
    {
      kind: 'project',
      date: '2026-11-12',
      title: 'Shipped vLLM serving',
      body: 'Continuous batching in production',
      skillIds: [vllm.id],
      evidence: [{ skillId: vllm.id, kind: 'production' }],
      offerId: offer.id,
    },
    now,
  )
  await saveGoal(
    db,
    {
      title: 'Level 4 in NLP',
      targetDate: '2027-03-01',
      skillIds: [nlp.id],
      target: { kind: 'skill-level', skillId: nlp.id, level: 4 },
    },
    now,
  )
  await saveEngineSettings(db, { marketMood: 'cautious', exchangeRates: { USD: 7.1 } }, now)
  await saveRulesetOverrides(db, { scoring: { classMaxPoints: { S: 55 } } }, now)
  return { nlp, vllm, offer }
}
