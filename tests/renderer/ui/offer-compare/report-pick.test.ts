import type { i18n } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  storedOfferSchema,
  storedProfileSchema,
  storedSkillSchema,
} from '../../../../renderer/data/records'
import { rulesetFrom } from '../../../../renderer/data/ruleset-in-use'
import { assessWithDraft, type LiveAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { buildReportModel } from '../../../../renderer/ui/report/report-model'
import { reportMarkdown } from '../../../../renderer/ui/report/report-markdown'
import { loadPersona } from '../../../helpers/personas'

const NOW = new Date(2026, 10, 29, 10, 0)
const STAMP = '2026-11-29T08:00:00.000Z'
const languages: Partial<Record<UiLanguage, i18n>> = {}

beforeAll(async () => {
  languages.en = await createI18n('en')
  languages['zh-CN'] = await createI18n('zh-CN')
})

/** P1 weighing P4's startup, its own EV maker and P5's platform; `status` sets the EV maker's,
 *  `platform` renames P5's offer. */
function live(
  status: 'considering' | 'accepted' = 'considering',
  platform: { company: string; role: string } | null = null,
): LiveAssessment {
  const p1 = loadPersona('p1')
  const stamps = { createdAt: STAMP, updatedAt: STAMP }
  const p5 = loadPersona('p5').offers.map((offer) => ({ ...offer, ...platform }))
  const offers = [...loadPersona('p4').offers, ...p1.offers, ...p5]
  return assessWithDraft({
    sources: {
      profile: storedProfileSchema.parse({ ...p1.profile, id: 'me', updatedAt: STAMP }),
      skills: p1.skills.map((skill) => storedSkillSchema.parse({ ...skill, ...stamps })),
      offers: offers.map((offer) =>
        storedOfferSchema.parse({
          ...offer,
          ...stamps,
          status: offer.id === 'o-ev-maker' ? status : 'considering',
        }),
      ),
      journal: [],
      settings: p1.settings,
    },
    rulesetInUse: rulesetFrom(undefined),
  })
}

function report(assessment: LiveAssessment, language: UiLanguage) {
  const instance = languages[language]
  if (!instance) throw new Error('i18n not ready')
  return buildReportModel(assessment, {
    t: instance.t,
    language,
    now: NOW,
    appVersion: '9.9.9',
  })
}

describe('the report’s comparison says which offer to take (trial 20 #5)', () => {
  it('answers just before the offers’ table, with the rule’s source, in Markdown and the model', () => {
    const model = report(live(), 'en')
    expect(model.offers?.pick?.answer).toBe('某造车新势力 · 大模型算法工程师')
    const text = reportMarkdown(model)
    // A section of its own, just before the table of the offers.
    const at = text.indexOf('\n## Which offer to take\n')
    const table = text.indexOf('\n## Offers compared\n')
    expect(at).toBeGreaterThan(-1)
    expect(table).toBeGreaterThan(at)
    const pick = text.slice(at, table)
    expect(pick).toContain('**某造车新势力 · 大模型算法工程师**')
    expect(pick).toContain('The rules accept both it and 某大厂 · 大模型算法工程师')
    expect(pick).toContain('最終,他拿到了 4 個 offer')
  })

  it('answers in Chinese', () => {
    const model = report(live(), 'zh-CN')
    expect(model.offers?.pick?.heading).toBe('选哪个 offer')
    expect(model.offers?.pick?.sentence).toMatch(/^规则对它和某大厂 · 大模型算法工程师都建议接受/)
  })

  it('weighs only the offers still open, as the screen does', () => {
    const model = report(live('accepted'), 'en')
    expect(model.offers?.pick?.answer).toBe('某大厂 · 大模型算法工程师')
    expect(model.offers?.pick?.sentence).toMatch(/only one of your 2 offers the rules accept/)
  })

  it('tells two offers of one company apart by their role (review 26 M3)', () => {
    // Named by the company alone, the pick read "某造车新势力 … above 某造车新势力's 192万".
    const model = report(live('considering', { company: '某造车新势力', role: '推理平台' }), 'en')
    expect(model.offers?.pick?.answer).toBe('某造车新势力 · 大模型算法工程师')
    expect(model.offers?.pick?.sentence).toContain(
      'The rules accept both it and 某造车新势力 · 推理平台',
    )
  })
})
