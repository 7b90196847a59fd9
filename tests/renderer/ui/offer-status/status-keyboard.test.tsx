// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import type { UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { NOW, renderList, seed } from './offer-list-fixture'

const SLOW = { timeout: 5000 }

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const WORDS = {
  en: {
    label: 'Status of the offer from BigTech',
    hint: 'Not saved yet: Enter or Tab saves it, Esc undoes.',
    saved: 'The offer from BigTech is now “Declined”.',
    accept: 'Accept the offer from BigTech?',
  },
  'zh-CN': {
    label: 'BigTech offer 的状态',
    hint: '尚未保存：按 Enter 或 Tab 保存，按 Esc 撤销。',
    saved: 'BigTech 的 offer 已改为“已拒绝”。',
    accept: '接受 BigTech 的 offer？',
  },
} as const satisfies Record<UiLanguage, unknown>

/** Every write to the offers table, counted (a status saved is one). */
function countWrites(db: TidemarkDatabase): () => number {
  let writes = 0
  db.offers.hook('creating', () => {
    writes += 1
  })
  db.offers.hook('updating', () => {
    writes += 1
  })
  return () => writes
}

async function open(language: UiLanguage) {
  const db = await seed()
  const writes = countWrites(db)
  await renderList(db, language)
  const select = await screen.findByRole<HTMLSelectElement>(
    'combobox',
    { name: WORDS[language].label },
    SLOW,
  )
  select.focus()
  return { db, writes, select }
}

/**
 * What Chromium does on Linux and Windows for ↓ on a closed select: the key, then at once a
 * change to the next option (the same task).
 */
function arrowTo(select: HTMLSelectElement, value: string) {
  fireEvent.keyDown(select, { key: 'ArrowDown' })
  fireEvent.change(select, { target: { value } })
}

/** Lets the key's task end, as between a user's keys. */
const nextTask = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0))
  })

async function statusOf(db: TidemarkDatabase) {
  return (await db.offers.get('offer-bigtech'))?.status
}

/**
 * New-user trial 12: with the keyboard, moving an offer from "Considering" to "Declined" saved
 * "Negotiating" and "Accepted" on the way (and Accepted opened its question). The steps are
 * now a choice not yet saved, said beside the select; Enter or leaving it saves once, Esc puts
 * the stored status back; a pick with the mouse saves at once.
 */
describe('the status select with the keyboard', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    const words = WORDS[language]

    it(`saves nothing on the way and once on Enter (${language})`, async () => {
      const { db, writes, select } = await open(language)
      const before = writes()
      arrowTo(select, 'negotiating')
      await nextTask()
      arrowTo(select, 'accepted')
      await nextTask()
      arrowTo(select, 'declined')
      await nextTask()
      expect(select.value).toBe('declined')
      expect(screen.queryByRole('group', { name: words.accept })).toBeNull()
      expect(screen.getByText(words.hint).id).toBe(select.getAttribute('aria-describedby'))
      expect(await statusOf(db)).toBe('considering')
      expect(writes()).toBe(before)

      await act(async () => {
        fireEvent.keyDown(select, { key: 'Enter' })
        await Promise.resolve()
      })
      await waitFor(async () => {
        expect(await statusOf(db)).toBe('declined')
      })
      expect(writes()).toBe(before + 1)
      expect(screen.getByRole('status').textContent).toBe(words.saved)
      expect(screen.queryByText(words.hint)).toBeNull()
      expect(document.activeElement).toBe(select)
    })
  }

  it('saves the choice once when the user tabs on, and leaves focus where it went', async () => {
    const { db, writes, select } = await open('en')
    const before = writes()
    arrowTo(select, 'negotiating')
    arrowTo(select, 'accepted')
    arrowTo(select, 'declined')
    await nextTask()
    const next = screen.getByRole('link', { name: 'Moonshot' })
    await act(async () => {
      next.focus()
      fireEvent.blur(select)
      await Promise.resolve()
    })
    await waitFor(async () => {
      expect(await statusOf(db)).toBe('declined')
    })
    expect(writes()).toBe(before + 1)
    expect(document.activeElement).toBe(next)
  })

  it('puts the stored status back on Esc, saving nothing', async () => {
    const { db, writes, select } = await open('en')
    const before = writes()
    arrowTo(select, 'negotiating')
    await nextTask()
    fireEvent.keyDown(select, { key: 'Escape' })
    expect(select.value).toBe('considering')
    expect(screen.queryByText(WORDS.en.hint)).toBeNull()
    fireEvent.blur(select)
    await nextTask()
    expect(await statusOf(db)).toBe('considering')
    expect(writes()).toBe(before)
  })

  it('asks the accept question only when Accepted is chosen, and stores nothing before', async () => {
    const { db, writes, select } = await open('en')
    const before = writes()
    arrowTo(select, 'negotiating')
    arrowTo(select, 'accepted')
    await nextTask()
    expect(screen.queryByRole('group', { name: WORDS.en.accept })).toBeNull()
    await act(async () => {
      fireEvent.keyDown(select, { key: 'Enter' })
      await Promise.resolve()
    })
    expect(screen.getByRole('group', { name: WORDS.en.accept })).toBeTruthy()
    expect(select.value).toBe('accepted')
    expect(await statusOf(db)).toBe('considering')
    expect(writes()).toBe(before)
  })

  it('still saves a pick with the mouse at once, even after keyboard steps', async () => {
    const { db, select } = await open('en')
    arrowTo(select, 'negotiating')
    await nextTask()
    // A pick in the open popup: a change with no key of the select's before it.
    await act(async () => {
      fireEvent.change(select, { target: { value: 'expired' } })
      await Promise.resolve()
    })
    await waitFor(async () => {
      expect(await statusOf(db)).toBe('expired')
    })
    expect(screen.queryByText(WORDS.en.hint)).toBeNull()
  })
})
