import { describe, expect, it } from 'vitest'
import { importProblemText } from '../../../../renderer/ui/screens/settings/import-problem-text'
import { checkImportText } from '../../../../renderer/data/transfer/import'
import { ImportRefused } from '../../../../renderer/data/transfer/import-problems'
import { EXPORT_VERSION } from '../../../../renderer/data/transfer/export-format'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'

/**
 * An import refusal named a record only by its position ("Offers, record 3, …"): the user
 * knows an offer by its employer and role, a skill by its name, an entry by its date and
 * title. The refusal now names it so too, keeping the number.
 */

function refusalOf(data: Record<string, unknown>) {
  const text = JSON.stringify({
    format: 'tidemark',
    version: EXPORT_VERSION,
    exportedAt: '2026-11-28T09:00:00.000Z',
    app: { name: 'Tidemark', version: '0.1.0' },
    data: {
      settings: null,
      profile: null,
      skills: [],
      skillSnapshots: [],
      offers: [],
      journal: [],
      goals: [],
      engineSettings: null,
      rulesetOverrides: null,
      ...data,
    },
  })
  try {
    checkImportText(text)
  } catch (error) {
    if (error instanceof ImportRefused) return error.problem
    throw error
  }
  throw new Error('expected a refusal')
}

const at = '2026-11-20T09:00:00.000Z'
const skill = (id: string, name: string, level: number) => ({
  id,
  name,
  domain: 'nlp',
  level,
  evidence: [],
  createdAt: at,
  updatedAt: at,
})
const entry = (id: string, title: string, kind: string) => ({
  id,
  kind,
  date: '2026-11-03',
  title,
  body: '',
  skillIds: [],
  createdAt: at,
  updatedAt: at,
})

describe('an import refusal names the record as the user knows it', () => {
  const problem = refusalOf({
    skills: [skill('s1', 'vLLM', 2), skill('s2', 'CUDA 算子', 9)],
    journal: [entry('j1', '读完 vLLM 论文', 'learning'), entry('j2', '面试 字节', 'mood')],
  })

  it('keeps the record’s number and adds its name, or its date and title (en)', async () => {
    const { t } = await createI18n('en')
    const text = importProblemText(t, problem)
    expect(text).toContain('Skills, record 2 (“CUDA 算子”): “Level” is not valid')
    expect(text).toContain('Journal, record 2 (“2026-11-03 · 面试 字节”)')
  })

  it('in Chinese alike', async () => {
    const { t } = await createI18n('zh-CN')
    const text = importProblemText(t, problem)
    expect(text).toContain('技能第 2 条（“CUDA 算子”）的“')
    expect(text).toContain('日志第 2 条（“2026-11-03 · 面试 字节”）的“')
  })

  it('names an offer by its employer and role, and leaves out the field that is wrong', () => {
    const offers = refusalOf({
      offers: [{ id: 'o1', company: 'Example AI', role: 'Staff engineer', status: 'nope' }],
      journal: [{ ...entry('j1', 'x'.repeat(300), 'learning') }],
    })
    if (offers.code !== 'invalid') throw new Error('expected invalid')
    const labels = offers.issues.map((issue) => [issue.table, issue.label])
    expect(labels).toContainEqual(['offers', 'Example AI · Staff engineer'])
    // The too-long title is what is wrong: the entry is named by its date alone.
    expect(labels).toContainEqual(['journal', '2026-11-03'])
  })
})
