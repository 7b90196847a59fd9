// @vitest-environment happy-dom
import { cleanup } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as chartData from '../../../../renderer/ui/charts/chart-data'
import * as skillReasonText from '../../../../renderer/ui/reasons/skill-reason-text'
import { loadPersona } from '../../../helpers/personas'
import { liveFrom, renderPanel, seedPersona } from './panel-fixture'

// Spies on the work each part does when it draws: sentences for the reasons, rows for the chart.
vi.mock(import('../../../../renderer/ui/reasons/skill-reason-text'), async (importOriginal) => {
  const original = await importOriginal()
  return { ...original, reasonSaid: vi.fn(original.reasonSaid) }
})
vi.mock(import('../../../../renderer/ui/charts/chart-data'), async (importOriginal) => {
  const original = await importOriginal()
  return { ...original, domainLevelRows: vi.fn(original.domainLevelRows) }
})

afterEach(cleanup)

const mover = loadPersona('p1')

describe('AssessmentPanel while the user types', () => {
  it('redraws the reasons and the chart only when what they show changes', async () => {
    const { db, stored } = await seedPersona(mover)
    const { rerenderWith } = await renderPanel(db, liveFrom(stored), 'en')
    const sentences = vi.mocked(skillReasonText.reasonSaid)
    const chartRows = vi.mocked(chartData.domainLevelRows)
    expect(sentences).toHaveBeenCalled()
    expect(chartRows).toHaveBeenCalled()
    sentences.mockClear()
    chartRows.mockClear()

    // A keystroke that moves no skill figure (stability weighs only on offers): a new
    // assessment object, nothing to redraw.
    rerenderWith(liveFrom(stored, { profile: { ...mover.profile, stability: 'uncertain' } }))
    expect(sentences).not.toHaveBeenCalled()
    expect(chartRows).not.toHaveBeenCalled()

    // A keystroke that moves a level: both redraw.
    const nlp = mover.skills.find((skill) => skill.domain === 'nlp')
    if (!nlp) throw new Error('the mover has NLP')
    rerenderWith(liveFrom(stored, { skill: { ...nlp, level: 4 } }))
    expect(sentences).toHaveBeenCalled()
    expect(chartRows).toHaveBeenCalled()
  })
})
