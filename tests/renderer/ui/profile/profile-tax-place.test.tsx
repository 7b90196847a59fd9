// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { readProfile, saveProfile } from '../../../../renderer/data/repositories/profile'
import type { Profile } from '../../../../renderer/domain/model/profile'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { ProfilePanel } from '../../../../renderer/ui/screens/skills/profile/ProfilePanel'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

/**
 * Trial 23: a Hong Kong offer accepted as current pay was taxed as Beijing pay. The profile's
 * current pay says where it is taxed, as an offer does, and the form can say so.
 */
afterEach(cleanup)

const WORDS = {
  en: {
    toggle: 'Your profile',
    taxed: 'Taxed in mainland China',
    save: 'Save profile',
    summary: ' · taxed outside mainland China',
  },
  'zh-CN': {
    toggle: '个人资料',
    taxed: '在中国内地缴纳个税',
    save: '保存资料',
    summary: '不在中国内地纳税',
  },
} as const

const SAVED: Profile = {
  education: 'master',
  phdInField: false,
  yearsOfExperience: 6,
  city: '香港',
  currentEmployer: 'big-tech',
  roleFamily: 'algorithm',
  stability: 'stable',
  leadership: { businessLine: false, team: false, openSource: false },
  currentPay: {
    currency: 'CNY',
    base: { kind: 'monthly', monthly: { low: 60_000, high: 60_000 }, months: 13 },
  },
}

async function renderPanel(language: UiLanguage, stored: Profile) {
  const db = new TidemarkDatabase(`profile-tax-place-${crypto.randomUUID()}`)
  await db.open()
  await saveProfile(db, stored)
  const i18n = await createI18n(language)
  const onDraftChange = vi.fn<(profile: Profile | undefined) => void>()
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <ProfilePanel onDraftChange={onDraftChange} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  const toggle = await screen.findByRole('button', { name: WORDS[language].toggle })
  await act(async () => {
    fireEvent.click(toggle)
    await Promise.resolve()
  })
  return { db, onDraftChange }
}

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element)
    await new Promise((resolve) => setTimeout(resolve, 50))
  })
}

describe('where the current pay is taxed', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`is ticked for a pay saved before it existed, and unticking it is saved (${language})`, async () => {
      const { db, onDraftChange } = await renderPanel(language, SAVED)
      const box = await screen.findByLabelText<HTMLInputElement>(WORDS[language].taxed)
      expect(box.checked).toBe(true)

      await click(box)
      // The live assessment hears it before a save.
      expect(onDraftChange.mock.lastCall?.[0]?.currentPayTaxedInChina).toBe(false)
      await click(screen.getByRole('button', { name: WORDS[language].save }))
      expect((await readProfile(db))?.currentPayTaxedInChina).toBe(false)
      // Folded, the profile's one line says it too.
      await click(screen.getByRole('button', { name: WORDS[language].toggle }))
      expect(document.querySelector('.profile-summary')?.textContent).toContain(
        WORDS[language].summary,
      )
      await click(screen.getByRole('button', { name: WORDS[language].toggle }))

      // Ticked again, the field goes: absent reads as taxed in mainland China.
      await click(screen.getByLabelText(WORDS[language].taxed))
      await click(screen.getByRole('button', { name: WORDS[language].save }))
      expect(await readProfile(db)).not.toHaveProperty('currentPayTaxedInChina')
    })
  }

  it('opens unticked where the stored pay is taxed abroad, and goes with a pay removed', async () => {
    const { db } = await renderPanel('en', { ...SAVED, currentPayTaxedInChina: false })
    const box = await screen.findByLabelText<HTMLInputElement>(WORDS.en.taxed)
    expect(box.checked).toBe(false)
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Stated as'), { target: { value: 'none' } })
      await Promise.resolve()
    })
    expect(screen.queryByLabelText(WORDS.en.taxed)).toBeNull()
    await click(screen.getByRole('button', { name: WORDS.en.save }))
    const stored = await readProfile(db)
    expect(stored?.currentPay).toBeUndefined()
    expect(stored).not.toHaveProperty('currentPayTaxedInChina')
  })
})
