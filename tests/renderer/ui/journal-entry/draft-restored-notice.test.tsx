// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { DRAFT_KEY } from '../../../../renderer/ui/screens/journal/entry/entry-draft'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { renderWith } from './entry-fixture'

/**
 * New-user trial 17: a draft left from before came back with its kind ("Project") and nothing
 * said so; the next entry, meant as learning, was saved as a project. A form opened on a draft
 * says so at its top, in the UI's language, until the form is cleared.
 */

beforeEach(() => {
  localStorage.clear()
})

afterEach(() => {
  cleanup()
  localStorage.clear()
})

const DRAFT = {
  kind: 'project',
  date: '2026-11-30',
  title: 'Half-written',
  body: '',
  tags: [],
  company: '',
  skillIds: [],
  offerId: '',
  evidence: [],
}

it('says a draft is back, and stops saying so once the form is cleared', async () => {
  localStorage.setItem(DRAFT_KEY, JSON.stringify(DRAFT))
  await renderWith(<EntryPage entryId={null} />)
  await screen.findByRole('form')
  const notice = 'Your unsaved draft is back as you left it. “Clear the form” starts afresh.'
  expect(screen.getByText(notice)).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: 'Clear the form' }))
  expect(screen.queryByText(notice)).toBeNull()
})

it('says so in Chinese', async () => {
  localStorage.setItem(DRAFT_KEY, JSON.stringify(DRAFT))
  await renderWith(<EntryPage entryId={null} />, { language: 'zh-CN' })
  await screen.findByRole('form')
  expect(screen.getByText('已恢复上次未保存的草稿。点“清空表单”可重新开始。')).toBeTruthy()
})

it('says nothing on a fresh form', async () => {
  await renderWith(<EntryPage entryId={null} />)
  await screen.findByRole('form')
  expect(screen.queryByText(/draft is back/)).toBeNull()
})
