// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { typeDate, typeImpossibleDate } from '../form/date-input-stub'
import { errorOf, field, renderWith, type } from './entry-fixture'

// Nineteenth trial: 2月30日 typed into the entry's date was told "choose a date", the sentence
// of an empty date, since the browser gives '' for both. Chromium's own typing is in
// tests/e2e/dates26-impossible-date.spec.ts.

beforeEach(() => {
  localStorage.clear()
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
  localStorage.clear()
})

async function clickSave(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }))
    await new Promise((resolve) => setTimeout(resolve, 30))
  })
}

describe('an entry’s date that does not exist or is not complete', () => {
  it('is said as such when the date is left, and nothing is saved', async () => {
    const { db } = await renderWith(<EntryPage entryId={null} />)
    await screen.findByRole('form')
    await type(field('Title'), 'Moonshot second round')
    await typeImpossibleDate(field('Date'))
    expect(errorOf(field('Date'))).toBe(
      'This date does not exist or is not complete: check the day, month and year.',
    )
    await clickSave('Save')
    expect(errorOf(field('Date'))).toBe(
      'This date does not exist or is not complete: check the day, month and year.',
    )
    expect(await db.journal.count()).toBe(0)

    await typeDate(field('Date'), '2026-02-28')
    expect(errorOf(field('Date'))).toBeNull()
  })

  it('is said in Chinese, while an empty date keeps its own sentence', async () => {
    await renderWith(<EntryPage entryId={null} />, { language: 'zh-CN' })
    await screen.findByRole('form')
    await typeImpossibleDate(field('日期'))
    expect(errorOf(field('日期'))).toBe('这个日期不存在或没有填完整，请检查年、月、日。')

    await typeDate(field('日期'), '')
    await clickSave('保存')
    expect(errorOf(field('日期'))).toBe(
      '请选择日期：年、月、日都要填，且须是真实存在的日期（没有 2 月 30 日）。',
    )
  })
})
