// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { PipelineFigure } from '../../../../renderer/ui/screens/journal/jobs/PipelineFigure'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

const week = (weekStart: string) => ({ weekStart, application: 1, interview: 0, offer: 0 })

/** The sentence under the pipeline's heading. */
const description = () => document.querySelector('.job-pipeline .hint')?.textContent

describe("the pipeline's description", () => {
  // New-user trial: one entry said "1 week, Nov 30, 2026 to Nov 30, 2026".
  it('names a single week once, en and zh-CN', async () => {
    const db = await freshDb('pipeline-one-week')
    await renderWith(db, <PipelineFigure weeks={[week('2026-11-30')]} />)
    await screen.findByRole('heading', { name: 'Applications, interviews and offers by week' })
    expect(description()).toBe('The week of Nov 30, 2026; weeks start on Monday.')
    cleanup()

    await renderWith(db, <PipelineFigure weeks={[week('2026-11-30')]} />, 'zh-CN')
    await screen.findByRole('heading', { level: 2 })
    expect(description()).toBe('2026年11月30日这一周；每周从周一算起。')
  })

  it('says weeks as a range from the first to the last', async () => {
    const db = await freshDb('pipeline-weeks')
    await renderWith(db, <PipelineFigure weeks={[week('2026-11-23'), week('2026-11-30')]} />)
    await screen.findByRole('heading', { level: 2 })
    expect(description()).toBe('2 weeks, Nov 23, 2026 to Nov 30, 2026; weeks start on Monday.')
  })
})
