// @vitest-environment happy-dom
import { cleanup, configure, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveOffer } from '../../../../renderer/data/repositories/offers'
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
 * The preview said only what a draft does to the user's tier and score: someone changing a raise
 * band could not see that their offer's advice went from Accept to Negotiate. The bar now names
 * each stored offer whose advice the draft changes, as the offers screen words it, and says so
 * when none does; with nothing edited it says nothing of offers.
 */
const CASES = [
  {
    language: 'en',
    midLow: 'Mid-level: raise from',
    classS: 'Class S: points at level 4',
    changed: 'With these rules, the advice on 1 of your offers changes:',
    flip: 'A big platform · NLP engineer: Accept → Negotiate',
    same: 'The advice on each of your 2 offers stays the same.',
  },
  {
    language: 'zh-CN',
    midLow: '中层：涨幅下限',
    classS: 'S 类：4 级分值',
    changed: '按这些规则，你有 1 份 offer 的建议会改变：',
    flip: 'A big platform · NLP engineer：接受 → 谈条件',
    same: '你的 2 份 offer 的建议都不变。',
  },
] as const

/** NLP at level 3 (mid tier, raise band -10% to +20%), paid 500k; offers at +10% and +40%. */
async function seedWithOffers(): Promise<TidemarkDatabase> {
  const db = new TidemarkDatabase(`rules-offers-${crypto.randomUUID()}`)
  opened.push(db)
  await db.open()
  await saveProfile(db, {
    education: 'master',
    yearsOfExperience: 5,
    city: '',
    currentEmployer: 'mid-size',
    roleFamily: 'algorithm',
    stability: 'stable',
    currentPay: { base: { kind: 'annual', annual: { low: 500_000, high: 500_000 } } },
  })
  await saveSkill(db, { name: 'Transformers', domain: 'nlp', level: 3, evidence: ['production'] })
  const offer = (company: string, yuan: number) =>
    saveOffer(db, {
      company,
      role: 'NLP engineer',
      employerKind: 'big-tech-established-line',
      pay: { base: { kind: 'annual', annual: { low: yuan, high: yuan } } },
    })
  await offer('A big platform', 550_000)
  await offer('Another platform', 700_000)
  return db
}

function offersNote(): { lead: string; lines: string[] } {
  const box = document.querySelector('.rules-preview-offers')
  return {
    lead: box?.querySelector('p')?.textContent ?? '',
    lines: [...(box?.querySelectorAll('li') ?? [])].map((line) => line.textContent),
  }
}

describe('the Rules preview and the stored offers', () => {
  for (const c of CASES) {
    it(`names each offer whose advice the draft changes, ${c.language}`, async () => {
      const db = await seedWithOffers()
      await renderRules({ language: c.language, db })
      // Nothing edited: nothing said of offers.
      expect(offersNote()).toEqual({ lead: '', lines: [] })

      // A band floor of +15% puts the +10% offer below it: Accept becomes Negotiate.
      await typeInto(c.midLow, '15')
      expect(offersNote()).toEqual({ lead: c.changed, lines: [c.flip] })

      // Back to the article's: nothing to save, nothing said.
      await typeInto(c.midLow, '-10')
      expect(offersNote()).toEqual({ lead: '', lines: [] })

      // A change that moves no advice says so.
      await typeInto(c.classS, '55')
      expect(offersNote()).toEqual({ lead: c.same, lines: [] })
      expect(
        screen.getByRole('region', { name: /your tier with these rules|按这些规则/i }),
      ).toBeTruthy()
    })
  }
})
