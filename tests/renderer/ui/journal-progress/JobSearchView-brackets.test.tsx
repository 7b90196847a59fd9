// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { JobSearchView } from '../../../../renderer/ui/screens/journal/jobs/JobSearchView'
import { companyShown } from '../../../../renderer/ui/screens/journal/jobs/job-format'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

/**
 * New-user trial (zh-CN): the company "星河科技（大厂）" showed as "星河科技(大厂)" in the
 * job-search view (the name is folded there, full-width brackets to ASCII). In Chinese a
 * bracket around Chinese text is full-width; a name in Latin letters keeps its own.
 */
describe('a company name in the job-search view', () => {
  it('keeps full-width brackets around Chinese in zh-CN', async () => {
    const db = await freshDb('job-brackets')
    await saveJournalEntry(db, {
      kind: 'application',
      date: '2026-10-05',
      title: '投递星河科技',
      company: '星河科技（大厂）',
    })
    await renderWith(db, <JobSearchView />, 'zh-CN')
    const company = await screen.findByTestId('job-company', {}, { timeout: 5000 })
    expect(within(company).getByRole('heading').textContent).toBe('星河科技（大厂）')
    expect(within(company).getByRole('list', { name: '星河科技（大厂）的记录' })).toBeTruthy()
    expect(within(company).getByRole('link', { name: /在时间线中查看/ }).textContent).toBe(
      '在时间线中查看星河科技（大厂）的全部记录',
    )
  })

  it('turns only brackets around Chinese, and only in zh-CN', () => {
    expect(companyShown('字节跳动(北京)科技', 'zh-CN')).toBe('字节跳动（北京）科技')
    expect(companyShown('Moonshot AI (月之暗面)', 'zh-CN')).toBe('Moonshot AI（月之暗面）')
    expect(companyShown('ByteDance (Beijing)', 'zh-CN')).toBe('ByteDance (Beijing)')
    expect(companyShown('星河科技(大厂)', 'en')).toBe('星河科技(大厂)')
  })
})
