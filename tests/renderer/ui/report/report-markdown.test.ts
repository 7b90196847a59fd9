import { beforeAll, describe, expect, it } from 'vitest'
import type { i18n } from 'i18next'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { assessmentMarkdown } from '../../../../renderer/ui/report/report-markdown'
import { livePersona } from './live-persona'
import {
  storedOfferSchema,
  storedProfileSchema,
  storedSkillSchema,
} from '../../../../renderer/data/records'
import { rulesetFrom } from '../../../../renderer/data/ruleset-in-use'
import { assessWithDraft, type LiveAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { loadPersona } from '../../../helpers/personas'

const NOW = new Date(2026, 10, 29, 10, 0)
const languages: Partial<Record<UiLanguage, i18n>> = {}

beforeAll(async () => {
  languages.en = await createI18n('en')
  languages['zh-CN'] = await createI18n('zh-CN')
})

function markdown(live: LiveAssessment, language: UiLanguage = 'en'): string {
  const instance = languages[language]
  if (!instance) throw new Error('i18n not ready')
  return assessmentMarkdown(live, { t: instance.t, language, now: NOW, appVersion: '9.9.9' })
}

/** The text of one "## heading" section, up to the next heading. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`)
  expect(start, `section "${heading}"`).toBeGreaterThan(-1)
  const end = text.indexOf('\n## ', start + 1)
  return text.slice(start, end === -1 ? undefined : end)
}

/** The numbered items of a section: "1. …" up to the next number at the start of a line. */
function items(text: string): string[] {
  return text.split(/\n(?=\d+\. )/).slice(1)
}

describe('the self-assessment as Markdown', () => {
  const live = livePersona('p1')
  const { skills } = live.assessment

  it('states the date, the tier, the score, the raise and the expected total', () => {
    const text = markdown(live)
    expect(text.startsWith('# Tidemark self-assessment\n')).toBe(true)
    expect(text).toContain('Written November 29, 2026')
    expect(skills.tier).toBe('premium')
    expect(text).toContain('- Tier: **Premium (≈1M+)**')
    expect(skills.score).toBeCloseTo(60.375)
    expect(text).toContain('- Premium score: **60.4 of 100**')
    expect(text).toContain('**+30% – +100%** *(assumption)*')
    // 50k × 15 = 750k today; × 1.3 to × 2 is 975k-1.5M (a master's: not lifted, trial 17).
    expect(text).toContain('**975k–1.5M/yr** (your current pay × this tier’s raise band)')
  })

  it('gives every reason with its points, its article lines and its quote, in order', () => {
    const reasons = items(section(markdown(live), 'Why: every reason and the line it rests on'))
    expect(reasons).toHaveLength(skills.reasons.length)
    skills.reasons.forEach((reason, index) => {
      const item = reasons[index] ?? ''
      expect(item.startsWith(`${String(index + 1)}. **`)).toBe(true)
      if (reason.points !== 0) expect(item).toMatch(/: \+[\d.]+ points?\*\*/)
      expect(reason.citation.source).toBe('article')
      if (reason.citation.source !== 'article') return
      for (const line of reason.citation.lines) expect(item).toContain(`L${String(line)}`)
      expect(item).toContain(`> ${reason.citation.quote.replace(/>/g, '\\>')}`)
      expect(item).toContain(reason.citation.paraphraseEn.replace(/>/g, '\\>').slice(0, 30))
    })
    expect(reasons[0]).toContain('Deep learning at level 3')
    expect(reasons[0]).toContain('+26.3 points')
  })

  it('lists the skills with their claimed and counted levels, caps marked', () => {
    const capped = livePersona('p1', {
      extraSkills: [
        { id: 's-train', name: 'Megatron-LM', domain: 'llm-training', level: 4, evidence: [] },
      ],
    })
    const table = section(markdown(capped), 'Skills')
    expect(table).toContain('| NLP | NLP | 3 | 3 | Production |')
    expect(table).toContain('| Megatron-LM | LLM training | 4 | 2 (capped: no evidence) | none |')
  })

  it('lists the gaps and the assumptions, with the reasons each assumption is behind', () => {
    const text = markdown(live)
    const gaps = items(section(text, 'What would raise your score most'))
    expect(gaps).toHaveLength(skills.gaps.length)
    expect(gaps[0]).toContain('Raise Fine-tuning from 2 to 4: +25.3 points, up to Core talent')
    const assumptions = section(text, 'Which numbers are assumptions')
    expect(assumptions).toContain('Class points (S 50, A 35, B 20, C 8)')
    expect(assumptions).toContain('Behind reasons 1, 2, 3, and 4.')
    expect(assumptions).toContain('+3 points: Tidemark’s estimate. Behind reason 6.')
  })

  it('compares the offers in a small table, and leaves it out without offers', () => {
    const offers = section(markdown(live), 'Offers compared')
    expect(offers).toContain('| Offer | Yearly total | Raise | Risk | Recommendation |')
    expect(offers).toContain('| --- | ---: | ---: | --- | --- |')
    expect(offers).toContain(
      '| 某造车新势力 · 大模型算法工程师 | 1.14M/yr | +52.3% | Medium | Accept |',
    )
    expect(markdown(livePersona('p1', { withoutOffers: true }))).not.toContain('Offers compared')
  })

  it('lists the offers in the order they were entered, not by id (new-user trial 16)', () => {
    const persona = loadPersona('p1')
    const [offer] = persona.offers
    if (!offer) throw new Error('P1 has an offer')
    const stored = (id: string, company: string, createdAt: string) =>
      storedOfferSchema.parse({ ...offer, id, company, createdAt, updatedAt: createdAt })
    const live = assessWithDraft({
      sources: {
        profile: storedProfileSchema.parse({
          ...persona.profile,
          id: 'me',
          updatedAt: '2026-11-29T08:00:00.000Z',
        }),
        skills: persona.skills.map((skill) =>
          storedSkillSchema.parse({
            ...skill,
            createdAt: '2026-11-29T08:00:00.000Z',
            updatedAt: '2026-11-29T08:00:00.000Z',
          }),
        ),
        // By id: a-second, z-first; entered: z-first, then a-second.
        offers: [
          stored('a-second', 'Second entered', '2026-11-29T09:00:00.000Z'),
          stored('z-first', 'First entered', '2026-11-28T09:00:00.000Z'),
        ],
        journal: [],
        settings: persona.settings,
      },
      rulesetInUse: rulesetFrom(undefined),
    })
    const rows = section(markdown(live), 'Offers compared')
      .split('\n')
      .filter((line) => line.includes('entered'))
    expect(rows.map((line) => line.split(' · ')[0])).toEqual([
      '| First entered',
      '| Second entered',
    ])
  })

  it('escapes user text: a skill name cannot open a heading, split a table or break a line', () => {
    const hostile = livePersona('p1', {
      withoutOffers: true,
      extraSkills: [
        {
          id: 's-hostile',
          name: '# CUDA | C++\n## kernels <b>*fast*</b>',
          domain: 'inference-acceleration',
          level: 2,
          evidence: ['paper'],
        },
      ],
    })
    const text = markdown(hostile)
    const row = text.split('\n').find((line) => line.includes('CUDA'))
    expect(row).toBe(
      '| \\# CUDA \\| C++ ## kernels \\<b\\>\\*fast\\*\\</b\\> | Inference acceleration | 2 | 2 | Paper |',
    )
    // Five columns: six unescaped pipes, like every other row of the table.
    expect(row?.match(/(?<!\\)\|/g)).toHaveLength(6)
    expect(text.split('\n').filter((line) => /^#+ /.test(line))).toEqual([
      '# Tidemark self-assessment',
      '## Summary',
      '## Skills',
      '## Why: every reason and the line it rests on',
      '## What would raise your score most',
      '## Which numbers are assumptions',
    ])
  })

  it('says so when no profile is saved yet', () => {
    const neutral: LiveAssessment = { ...live, profileSaved: false }
    expect(markdown(neutral)).toContain('> No profile saved yet: a neutral one stands in')
    expect(markdown(live)).not.toContain('No profile saved yet')
  })

  it('names rules the user changed', () => {
    const changed = livePersona('p1', { overrides: { modifiers: { hubCity: { points: 5 } } } })
    expect(markdown(changed)).toContain('the article’s rules with your changes')
    expect(markdown(live)).toContain('· the article’s rules (ruleset')
  })

  it('is written in Chinese for a Chinese interface', () => {
    const text = markdown(live, 'zh-CN')
    expect(text.startsWith('# 潮位自我评估\n')).toBe(true)
    expect(text).toContain('生成于 2026年11月29日')
    expect(text).toContain('- 档位：**百万档**')
    expect(text).toContain('- 溢价分：**60.4 分（满分 100）**')
    expect(text).toContain('**97.5万–150万/年**（按你目前的收入 × 本档涨幅区间计算）')
    const reasons = items(section(text, '依据：每一条理由及其出处'))
    expect(reasons[0]).toContain('深度学习 3 级（熟练）')
    expect(reasons[0]).toContain('文章第 24 行')
    // The article's own words, then their 简体 rendering (not the English paraphrase).
    expect(reasons[0]).toContain('NLP 算法工程师、深度学习等岗位')
    expect(text).toContain('| 某造车新势力 · 大模型算法工程师 | 114万/年 | +52.3% | 中 | 接受 |')
    // Numbers listed with 、, not run into the word ("第 1、2、3和4 条").
    expect(text).toContain('见第 1、2、3、4 条理由。')
    // No English left outside what the user and the article wrote.
    const english = text
      .replace(
        /NLP|LoRA fine-tuning|Deep learning|Backend and data|production|side-project|Offer|offer/g,
        '',
      )
      .match(/\b[A-Za-z]{3,}\b/g)
    expect(english).toBeNull()
  })
})
