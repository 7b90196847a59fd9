// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { readProfile } from '../../../../renderer/data/repositories/profile'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { ProfilePanel } from '../../../../renderer/ui/screens/skills/profile/ProfilePanel'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

afterEach(cleanup)

const WORDS = {
  en: {
    employer: 'Where you work',
    role: 'Your role',
    statedAs: 'Stated as',
    monthly: 'Monthly base',
    annual: 'Yearly total',
    upTo: 'up to',
    save: /save profile/i,
    amount: 'Enter an amount of 0 or more, with at most 2 decimals.',
  },
  'zh-CN': {
    employer: '所在单位',
    role: '岗位',
    statedAs: '薪资写法',
    monthly: '月薪',
    annual: '年薪',
    upTo: '最高',
    save: /保存资料/,
    amount: '请输入不小于 0 的金额，最多两位小数。',
  },
} as const

async function renderPanel(language: UiLanguage) {
  const db = new TidemarkDatabase(`profile-amounts-${crypto.randomUUID()}`)
  await db.open()
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <ProfilePanel onDraftChange={() => undefined} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  await screen.findByLabelText(WORDS[language].employer)
  return db
}

const field = (label: string): HTMLInputElement => screen.getByLabelText(label)

async function type(label: string, value: string) {
  await act(async () => {
    fireEvent.change(field(label), { target: { value } })
    // The form says its errors once an input is left (onTouched).
    fireEvent.blur(field(label))
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

function errorOf(input: HTMLElement): string | null {
  if (input.getAttribute('aria-invalid') !== 'true') return null
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ')
  const texts = ids
    .map((id) => document.getElementById(id))
    .filter((element) => element?.classList.contains('field-error'))
    .map((element) => element?.textContent ?? '')
  return texts.join(' ') || null
}

const counted = () => screen.queryByTestId('pay-counted')?.textContent

describe.each([
  ['en', '50k', 'Counted: 600k a year in cash.', '1.2M', 'Counted: 1.2M a year in cash.'],
  ['zh-CN', '5万', '计入：现金年收入 60万。', '120万', '计入：现金年收入 120万。'],
] as const)(
  'the profile’s pay amounts (%s)',
  (language, monthly, monthlyCounted, annual, annualCounted) => {
    const words = WORDS[language]

    it('reads "50k" / "5万" as the offer form does (review 21: a number input kept "50")', async () => {
      const db = await renderPanel(language)
      await type(words.employer, 'big-tech')
      await type(words.role, 'algorithm')
      await type(words.statedAs, 'monthly')
      const input = field(words.monthly)
      // Text inputs: "k" and "万" stay, and a mouse wheel does not change the pay.
      expect(input.type).toBe('text')
      await type(words.monthly, monthly)
      expect(input.value).toBe(monthly)
      expect(errorOf(input)).toBeNull()
      expect(counted()).toBe(monthlyCounted)

      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: words.save }))
        await new Promise((resolve) => setTimeout(resolve, 50))
      })
      // Stored as before: a number in yuan.
      expect((await readProfile(db))?.currentPay?.base).toEqual({
        kind: 'monthly',
        monthly: { low: 50_000, high: 50_000 },
        months: 12,
      })
    }, 20_000)

    it('reads "1.2M" / "120万" as a yearly total', async () => {
      await renderPanel(language)
      await type(words.statedAs, 'annual')
      expect(field(words.annual).type).toBe('text')
      await type(words.annual, annual)
      expect(counted()).toBe(annualCounted)
    }, 20_000)

    it('refuses a word, or a range in one input, by name and at once', async () => {
      await renderPanel(language)
      await type(words.statedAs, 'monthly')
      for (const typed of ['fifty', '3-4万']) {
        await type(words.monthly, typed)
        expect(errorOf(field(words.monthly))).toBe(words.amount)
        expect(counted()).toBeUndefined()
      }
      await type(words.monthly, '40k')
      await type(words.upTo, 'lots')
      expect(errorOf(field(words.upTo))).toBe(words.amount)
      expect(counted()).toBeUndefined()
      await type(words.upTo, '60k')
      expect(errorOf(field(words.upTo))).toBeNull()
      expect(counted()).toMatch(language === 'en' ? /480k–720k/ : /48万–72万/)
    }, 20_000)
  },
)
