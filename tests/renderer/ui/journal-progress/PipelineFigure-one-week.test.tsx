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
    await renderWith(db, <PipelineFigure weeks={[week('2026-11-30')]} today="2026-12-03" />)
    await screen.findByRole('heading', { name: 'Applications, interviews and offers by week' })
    expect(description()).toBe('The week of Nov 30, 2026; weeks start on Monday.')
    cleanup()

    await renderWith(
      db,
      <PipelineFigure weeks={[week('2026-11-30')]} today="2026-12-03" />,
      'zh-CN',
    )
    await screen.findByRole('heading', { level: 2 })
    expect(description()).toBe('2026年11月30日这一周；每周从周一算起。')
  })

  // New-user trial 21 #5: the range ended at the last week's Monday ("Nov 23 to Nov 30") while
  // offers saved on Dec 2 and 3 were counted in that week. It ends today while the week is going,
  // else on its Sunday.
  it.each([
    ['en', '2026-12-03', '2 weeks, Nov 23, 2026 to Dec 3, 2026; weeks start on Monday.'],
    ['en', '2026-12-10', '2 weeks, Nov 23, 2026 to Dec 6, 2026; weeks start on Monday.'],
    ['en', '2026-11-30', '2 weeks, Nov 23, 2026 to Nov 30, 2026; weeks start on Monday.'],
    ['zh-CN', '2026-12-03', '共 2 周，2026年11月23日 至 2026年12月3日；每周从周一算起。'],
    ['zh-CN', '2026-12-10', '共 2 周，2026年11月23日 至 2026年12月6日；每周从周一算起。'],
  ] as const)(
    'says weeks as a range from the first to the end of the last (%s, today %s)',
    async (language, today, words) => {
      const db = await freshDb('pipeline-weeks')
      await renderWith(
        db,
        <PipelineFigure weeks={[week('2026-11-23'), week('2026-11-30')]} today={today} />,
        language,
      )
      await screen.findByRole('heading', { level: 2 })
      expect(description()).toBe(words)
    },
  )

  it('keeps the Sunday of a week wholly after today (a future-dated entry)', async () => {
    const db = await freshDb('pipeline-future')
    await renderWith(
      db,
      <PipelineFigure weeks={[week('2026-11-23'), week('2026-12-14')]} today="2026-12-03" />,
    )
    await screen.findByRole('heading', { level: 2 })
    expect(description()).toBe('2 weeks, Nov 23, 2026 to Dec 20, 2026; weeks start on Monday.')
  })
})
