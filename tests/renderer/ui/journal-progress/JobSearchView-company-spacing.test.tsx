// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { JobSearchView } from '../../../../renderer/ui/screens/journal/jobs/JobSearchView'
import { companyAmidHan } from '../../../../renderer/ui/screens/journal/jobs/job-format'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

/**
 * In Chinese a company named in Latin letters is kept apart from the Han beside it, as a
 * skill's name is (nameBeforeHan): "Moonshot AI的记录" read as one run.
 */
describe('a Latin company name among Chinese words', () => {
  it('is spaced from the Han beside it in zh-CN', async () => {
    const db = await freshDb('job-company-spacing')
    await saveJournalEntry(db, {
      kind: 'application',
      date: '2026-10-05',
      title: '投递',
      company: 'Moonshot AI',
    })
    await renderWith(db, <JobSearchView />, 'zh-CN')
    const company = await screen.findByTestId('job-company', {}, { timeout: 5000 })
    expect(within(company).getByRole('list', { name: 'Moonshot AI 的记录' })).toBeTruthy()
    expect(within(company).getByRole('link', { name: /在时间线中查看/ }).textContent).toBe(
      '在时间线中查看 Moonshot AI 的全部记录',
    )
  })

  it('leaves Han ends, and English, as they are', () => {
    expect(companyAmidHan('星河科技（大厂）', 'zh-CN')).toBe('星河科技（大厂）')
    expect(companyAmidHan('58同城', 'zh-CN')).toBe(' 58同城')
    expect(companyAmidHan('Moonshot AI', 'en')).toBe('Moonshot AI')
  })
})
