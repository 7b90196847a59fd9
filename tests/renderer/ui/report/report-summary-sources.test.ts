import { describe, expect, it } from 'vitest'
import { storedJournalEntrySchema } from '../../../../renderer/data/records'
import { formatFenRange } from '../../../../renderer/ui/format/amount'
import { assessWithDraft } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { buildReportModel } from '../../../../renderer/ui/report/report-model'
import { livePersona } from './live-persona'

/**
 * Trial 32 #12: the report said the expected total is "your current pay × this tier's raise
 * band" without the pay, and its skills table gave a journal entry's evidence ("Side project")
 * as if it were ticked on the skill. The pay is given before the total; evidence from the
 * journal says so.
 */
const PYTORCH = {
  id: 's-pytorch',
  name: 'PyTorch',
  domain: 'deep-learning' as const,
  level: 3,
  evidence: [],
}

function withJournalEvidence() {
  const live = livePersona('p1', { extraSkills: [PYTORCH] })
  const entry = storedJournalEntrySchema.parse({
    id: 'j-1',
    kind: 'project',
    date: '2026-11-20',
    title: 'A LoRA side project',
    body: '',
    tags: [],
    skillIds: [PYTORCH.id],
    evidence: [{ skillId: PYTORCH.id, kind: 'side-project' }],
    createdAt: '2026-11-29T08:00:00.000Z',
    updatedAt: '2026-11-29T08:00:00.000Z',
  })
  return assessWithDraft({
    sources: { ...live.sources, journal: [entry] },
    rulesetInUse: live.rulesetInUse,
  })
}

async function report(language: UiLanguage) {
  const live = withJournalEvidence()
  const { t } = await createI18n(language)
  return {
    live,
    model: buildReportModel(live, { t, language, now: new Date(2026, 11, 3), appVersion: '9.9.9' }),
  }
}

describe.each<[UiLanguage, string, string, string]>([
  [
    'en',
    'Your current pay, a typical year',
    'Expected yearly total',
    'Side project (from the journal)',
  ],
  ['zh-CN', '目前薪资（常规年份）', '预计年度总收入', '个人项目（来自日志）'],
])('the report’s sources (%s)', (language, payLabel, totalLabel, journalEvidence) => {
  it('gives the current pay just before the total worked out from it', async () => {
    const { live, model } = await report(language)
    const current = live.assessment.currentPay
    if (!current?.ok) throw new Error('P1’s current pay is counted')
    const labels = model.summary.items.map((item) => item.label)
    expect(labels.indexOf(payLabel)).toBe(labels.indexOf(totalLabel) - 1)
    expect(model.summary.items.find((item) => item.label === payLabel)?.value).toBe(
      formatFenRange(current.pay.totalRecurring, language, 'year'),
    )
  })

  it('tells evidence from a journal entry apart from evidence ticked on the skill', async () => {
    const { model } = await report(language)
    const row = model.skills.items.find((cells) => cells[0] === 'PyTorch')
    expect(row?.at(-1)).toBe(journalEvidence)
  })
})

it('gives no current pay where none is saved', async () => {
  const live = livePersona('p1', { profile: { currentPay: undefined } })
  const { t } = await createI18n('en')
  const model = buildReportModel(live, { t, language: 'en', now: new Date(), appVersion: '9.9.9' })
  expect(model.summary.items.map((item) => item.label)).not.toContain(
    'Your current pay, a typical year',
  )
})
