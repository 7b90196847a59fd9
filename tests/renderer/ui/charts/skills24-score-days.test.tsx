// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { SkillSnapshot } from '../../../../renderer/data/records'
import { loadPersona } from '../../../helpers/personas'
import { liveFrom, renderPanel, seedPersona } from '../assessment/panel-fixture'

/**
 * Trial 18 H1: a long-time user's 267 days of score were a visually hidden table of 1,075 nodes
 * on the Skills screen, built at first paint and again on each save. Now a summary is read at
 * first, and the table is built when asked for: every day still reachable, as a table.
 */
afterEach(cleanup)

/** 267 rows in happy-dom on a machine shared by eight: more than vitest's 5 s at times. */
const SLOW = 30_000

const DAYS = 267

/** 267 days from 2024-03-01, the score climbing from 20 to 86 and the tier with it. */
function longSnapshots(): SkillSnapshot[] {
  return Array.from({ length: DAYS }, (_, day) => {
    const score = 20 + Math.round((day * 66) / (DAYS - 1))
    return {
      date: new Date(Date.UTC(2024, 2, 1 + day * 3)).toISOString().slice(0, 10),
      score,
      tier: score >= 85 ? 'core' : score >= 50 ? 'premium' : 'mid',
      levels: {},
      rulesetVersion: 1,
    }
  })
}

async function renderWithDays(language: 'en' | 'zh-CN') {
  const { db, stored } = await seedPersona(loadPersona('p1'), { days: [] })
  await db.skillSnapshots.clear()
  await db.skillSnapshots.bulkPut(longSnapshots())
  await renderPanel(db, liveFrom(stored), language)
  const title = language === 'en' ? 'Your score over time' : '溢价分走势'
  const heading = await screen.findByRole('heading', { name: title })
  const figure = heading.closest('figure')
  if (!figure) throw new Error('the trend is a figure')
  return { figure, title }
}

describe('the score chart’s days, 267 of them', () => {
  it(
    'builds no row of the table at first, and reads a summary instead',
    async () => {
      const { figure, title } = await renderWithDays('en')
      await waitFor(() => {
        expect(figure.textContent).toContain('267 days from Mar 1, 2024 to ')
      })
      expect(figure.querySelectorAll('tr')).toHaveLength(0)
      expect(screen.queryByRole('table', { name: title })).toBeNull()
      expect(figure.textContent).toMatch(/lowest 20, highest 86, latest 86 \(Core talent\)\./)
    },
    SLOW,
  )

  it(
    'opens every day as a table, newest first, from a button that says so',
    async () => {
      const { figure, title } = await renderWithDays('en')
      const button = within(figure).getByRole('button', { name: 'Show all 267 days as a table' })
      expect(button.getAttribute('aria-expanded')).toBe('false')
      fireEvent.click(button)
      expect(button.getAttribute('aria-expanded')).toBe('true')
      expect(button.textContent).toBe('Hide the table of days')
      const region = screen.getByRole('region', { name: 'Your score on each day, newest first' })
      expect(button.getAttribute('aria-controls')).toBe(region.id)
      // A Tab stop, so the keyboard can scroll the box it sits in.
      expect(region.tabIndex).toBe(0)
      const table = within(region).getByRole('table', { name: title })
      const rows = within(table).getAllByRole('row').slice(1)
      expect(rows).toHaveLength(DAYS)
      expect(rows[0]?.querySelector('th')?.textContent).toBe('May 8, 2026')
      expect(rows.at(-1)?.textContent).toBe('Mar 1, 202420Mid-level')
      fireEvent.click(button)
      expect(figure.querySelectorAll('tr')).toHaveLength(0)
    },
    SLOW,
  )

  it(
    'says the same in Chinese',
    async () => {
      const { figure } = await renderWithDays('zh-CN')
      await waitFor(() => {
        expect(figure.textContent).toContain('共 267 天，2024年3月1日至')
      })
      fireEvent.click(within(figure).getByRole('button', { name: '以表格列出全部 267 天' }))
      expect(screen.getByRole('region', { name: '每天的溢价分，最新在前' })).toBeTruthy()
    },
    SLOW,
  )
})
