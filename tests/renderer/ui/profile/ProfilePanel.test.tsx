// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import {
  readEngineSettings,
  saveEngineSettings,
} from '../../../../renderer/data/repositories/engine-settings'
import { readProfile, saveProfile } from '../../../../renderer/data/repositories/profile'
import { saveRulesetOverrides } from '../../../../renderer/data/repositories/ruleset-overrides'
import type { Profile } from '../../../../renderer/domain/model/profile'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { ProfilePanel } from '../../../../renderer/ui/screens/skills/profile/ProfilePanel'
import { formValuesFrom } from '../../../../renderer/ui/screens/skills/profile/profile-form-values'
import { profileSummary } from '../../../../renderer/ui/screens/skills/profile/profile-summary'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

afterEach(cleanup)

async function renderPanel(language: UiLanguage = 'en', stored?: Profile) {
  const db = new TidemarkDatabase(`profile-panel-${crypto.randomUUID()}`)
  await db.open()
  if (stored) await saveProfile(db, stored)
  const i18n = await createI18n(language)
  const onDraftChange = vi.fn<(profile: Profile | undefined) => void>()
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <ProfilePanel onDraftChange={onDraftChange} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  // The disclosure appears once the stored profile is read.
  await screen.findByRole('button', { name: language === 'en' ? 'Your profile' : '个人资料' })
  return { db, onDraftChange }
}

function field(label: string | RegExp): HTMLInputElement {
  return screen.getByLabelText(label)
}

async function type(label: string | RegExp, value: string) {
  await act(async () => {
    fireEvent.change(field(label), { target: { value } })
    await Promise.resolve()
  })
}

async function saveAndSettle() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /save profile|保存资料/i }))
    await new Promise((resolve) => setTimeout(resolve, 50))
  })
}

/** The error text an input points at (aria-describedby), if it is marked invalid. */
function errorOf(input: HTMLElement): string | null {
  if (input.getAttribute('aria-invalid') !== 'true') return null
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ')
  const texts = ids
    .map((id) => document.getElementById(id))
    .filter((element) => element?.classList.contains('field-error'))
    .map((element) => element?.textContent ?? '')
  return texts.join(' ') || null
}

const SAVED: Profile = {
  education: 'master',
  phdInField: false,
  yearsOfExperience: 6,
  city: '上海',
  currentEmployer: 'big-tech',
  roleFamily: 'algorithm',
  stability: 'stable',
  leadership: { businessLine: true, team: false, openSource: false },
  currentPay: {
    currency: 'CNY',
    base: { kind: 'monthly', monthly: { low: 40_000, high: 40_000 }, months: 16 },
  },
}

describe('ProfilePanel', () => {
  it('opens with an invitation when nothing is saved, and saves what is filled in', async () => {
    const { db } = await renderPanel()
    expect(screen.getByText(/Start here: tell Tidemark/)).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Your profile' }).getAttribute('aria-expanded')).toBe(
      'true',
    )

    await type('Highest degree', 'phd')
    await act(async () => {
      fireEvent.click(field('My PhD is in the field'))
      await Promise.resolve()
    })
    await type('Years of experience', '3')
    await type('City', 'Beijing, China')
    expect(screen.getByText(/Reads as Beijing \(北京\): a hub city/)).toBeTruthy()
    await type('Where you work', 'research-institute')
    await type('Your role', 'research')
    await act(async () => {
      fireEvent.click(field('Uncertain'))
      fireEvent.click(field('A team'))
      fireEvent.click(field('An open-source project'))
      await Promise.resolve()
    })
    await saveAndSettle()

    expect(await readProfile(db)).toMatchObject({
      education: 'phd',
      phdInField: true,
      yearsOfExperience: 3,
      city: 'Beijing, China',
      currentEmployer: 'research-institute',
      roleFamily: 'research',
      stability: 'uncertain',
      leadership: { businessLine: false, team: true, openSource: true },
    })
    expect((await readProfile(db))?.currentPay).toBeUndefined()
    expect(screen.getByRole('status').textContent).toBe('Saved.')
  })

  it.each([
    ['en', 'Where you work', 'Choose…', 'Choose where you work now.'],
    ['zh-CN', '所在单位', '请选择…', '请选择你现在所在的单位。'],
  ] as const)(
    'starts a new profile with no employer chosen, and asks for one on save (%s)',
    async (language, label, choose, message) => {
      // New-user trial: an untouched profile said 暂未就业 (not employed), and saved it.
      const { db, onDraftChange } = await renderPanel(language)
      const employer = field(label) as unknown as HTMLSelectElement
      expect(employer.value).toBe('')
      expect(employer.selectedOptions[0]?.textContent).toBe(choose)
      // The assessment still moves as the user types: an employer not chosen weighs as none.
      await type(language === 'en' ? 'Years of experience' : '工作年限', '4')
      expect(onDraftChange).toHaveBeenLastCalledWith(
        expect.objectContaining({ yearsOfExperience: 4, currentEmployer: 'none' }),
      )

      await saveAndSettle()
      expect(errorOf(employer)).toBe(message)
      expect(await readProfile(db)).toBeUndefined()

      await type(label, 'startup')
      await type(language === 'en' ? 'Your role' : '岗位', 'product')
      await saveAndSettle()
      expect((await readProfile(db))?.currentEmployer).toBe('startup')
    },
  )

  it.each([
    ['en', 'Your role', 'Choose…', 'Choose your role.', 'role not chosen'],
    ['zh-CN', '岗位', '请选择…', '请选择你的岗位。', '未选岗位'],
  ] as const)(
    'starts a new profile with no role chosen, and asks for one on save (%s)',
    async (language, label, choose, message, summary) => {
      // Finding: a new profile's role was "Something else" / "其他岗位" before its owner chose
      // one, and was saved so.
      const { db, onDraftChange } = await renderPanel(language)
      const role = field(label) as unknown as HTMLSelectElement
      expect(role.value).toBe('')
      expect(role.selectedOptions[0]?.textContent).toBe(choose)
      // Until chosen it weighs as the engine's neutral profile's role, which adds nothing.
      await type(language === 'en' ? 'Years of experience' : '工作年限', '4')
      expect(onDraftChange).toHaveBeenLastCalledWith(
        expect.objectContaining({ yearsOfExperience: 4, roleFamily: 'other' }),
      )
      // And the one line of a profile not saved yet says so.
      const words = await createI18n(language)
      expect(profileSummary(formValuesFrom(undefined), words.t, language)).toContain(summary)

      await type(language === 'en' ? 'Where you work' : '所在单位', 'big-tech')
      await saveAndSettle()
      expect(errorOf(role)).toBe(message)
      expect(await readProfile(db)).toBeUndefined()

      await type(label, 'algorithm')
      await saveAndSettle()
      expect((await readProfile(db))?.roleFamily).toBe('algorithm')
    },
  )

  it('keeps a stored profile\'s "Something else", chosen before the role was asked', async () => {
    const { db } = await renderPanel('en', { ...SAVED, roleFamily: 'other' })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Your profile' }))
      await Promise.resolve()
    })
    const role = field('Your role') as unknown as HTMLSelectElement
    expect(role.value).toBe('other')
    expect(role.selectedOptions[0]?.textContent).toBe('Something else')
    await type('Years of experience', '7')
    await saveAndSettle()
    expect(await readProfile(db)).toMatchObject({ yearsOfExperience: 7, roleFamily: 'other' })
  })

  it('reads a pasted "50k×15", shows what it read and saves it as the current pay', async () => {
    const { db, onDraftChange } = await renderPanel()
    await type('Where you work', 'big-tech')
    await type('Your role', 'algorithm')
    await type('Paste your pay as a recruiter would write it', '50k×15')

    expect(screen.getByText('Read: 50k a month × 15 months, in CNY.')).toBeTruthy()
    expect(field('Monthly base').value).toBe('50000')
    expect(field('up to').value).toBe('')
    expect(field('Months a year').value).toBe('15')
    expect(screen.getByTestId('pay-counted').textContent).toBe(
      'Counted: 750k a year in cash, 150k of it as year-end bonus.',
    )
    expect(onDraftChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        currentPay: expect.objectContaining({
          base: { kind: 'monthly', monthly: { low: 50_000, high: 50_000 }, months: 15 },
        }) as unknown,
      }),
    )

    // The user corrects what was read: a 2-month bonus on top.
    await type('Year-end bonus', '2')
    await saveAndSettle()
    expect((await readProfile(db))?.currentPay).toEqual({
      currency: 'CNY',
      base: { kind: 'monthly', monthly: { low: 50_000, high: 50_000 }, months: 15 },
      yearEndBonus: { kind: 'months', months: 2 },
    })
    expect(onDraftChange).toHaveBeenLastCalledWith(undefined)
  })

  it('names what it cannot read, and keeps the fields as they were', async () => {
    await renderPanel()
    await type('Paste your pay as a recruiter would write it', '50k×15 plus lunch')
    expect(screen.getByText(/Could not read “lunch”/)).toBeTruthy()
    expect(screen.getByLabelText('Stated as')).toHaveProperty('value', 'none')
  })

  it('does not save, and says why, while the pasted pay cannot be read', async () => {
    const { db } = await renderPanel()
    await type('Where you work', 'big-tech')
    await type('Your role', 'algorithm')
    const paste = field('Paste your pay as a recruiter would write it')
    await type('Paste your pay as a recruiter would write it', '50k×15 plus lunch')
    await saveAndSettle()
    expect(screen.getByRole('status').textContent).toMatch(/^Not saved: the pasted pay could not/)
    expect(document.activeElement).toBe(paste)
    expect(await readProfile(db)).toBeUndefined()

    // Cleared, the line no longer stands in the way.
    await type('Paste your pay as a recruiter would write it', '')
    await saveAndSettle()
    expect(screen.getByRole('status').textContent).toBe('Saved.')
  })

  it('reads "年薪 80 万" as a yearly figure', async () => {
    await renderPanel('zh-CN')
    await type('按猎头的写法粘贴你的薪资', '年薪 80 万')
    expect(screen.getByText('读取结果：年薪 80万，币种 CNY。')).toBeTruthy()
    expect(field('年薪').value).toBe('800000')
  })

  it('says beside the currency when a foreign pay has no exchange rate, and sets one there', async () => {
    const { db } = await renderPanel()
    await type('Paste your pay as a recruiter would write it', '$210k')
    const currency = field('Currency')
    expect(currency.value).toBe('USD')
    const warning = screen.getByText(/No exchange rate for USD yet/)
    expect(currency.getAttribute('aria-describedby')).toBe(warning.id)

    await type('Yuan for 1 USD', '7.2')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save rate' }))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect((await readEngineSettings(db)).exchangeRates.USD).toBe(7.2)
    await waitFor(() => {
      expect(screen.queryByText(/No exchange rate for USD yet/)).toBeNull()
    })
    expect(screen.getByTestId('pay-counted').textContent).toContain('at 7.2 yuan per USD')
  })

  it('names a saved rate of the wrong size where the pay is converted with it (look 31)', async () => {
    const { db } = await renderPanel()
    // Saved before the size check, or imported: the rate field refuses 720 today.
    await act(async () => {
      await saveEngineSettings(db, {
        ...(await readEngineSettings(db)),
        exchangeRates: { USD: 720 },
      })
    })
    await type('Paste your pay as a recruiter would write it', '$210k')
    await waitFor(() => {
      expect(screen.getByTestId('pay-counted').textContent).toContain(
        '(at 720 yuan per USD, a rate that looks wrong: 1 USD is about 7.2 yuan)',
      )
    })
  })

  it.each([
    ['-1', 'en', 'Enter years from 0 to 60.'],
    ['99', 'en', 'Enter years from 0 to 60.'],
    ['99', 'zh-CN', '请输入 0 到 60 之间的年数。'],
  ] as const)(
    'shows years %s as an error beside the field (%s) and saves nothing',
    async (years, language, message) => {
      const { db } = await renderPanel(language)
      const label = language === 'en' ? 'Years of experience' : '工作年限'
      await type(label, years)
      await saveAndSettle()
      expect(errorOf(field(label))).toBe(message)
      expect(await readProfile(db)).toBeUndefined()
      expect(screen.getByRole('status').textContent).not.toBe('')
    },
  )

  it('hands the typed values up as a draft before saving, and none after discarding', async () => {
    const { db, onDraftChange } = await renderPanel()
    await type('Years of experience', '4')
    expect(onDraftChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ yearsOfExperience: 4 }),
    )
    await type('City', '杭州市')
    expect(onDraftChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ yearsOfExperience: 4, city: '杭州市' }),
    )
    // A half-typed value sends nothing new: the last valid draft stands.
    const calls = onDraftChange.mock.calls.length
    await type('Years of experience', '99')
    expect(onDraftChange.mock.calls.length).toBe(calls)
    expect(await readProfile(db)).toBeUndefined()

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }))
      await Promise.resolve()
    })
    expect(onDraftChange).toHaveBeenLastCalledWith(undefined)
    expect(field('Years of experience').value).toBe('0')
    // The button went with the draft: focus is in the form's first field, not the page's body.
    expect(document.activeElement).toBe(field('Highest degree'))
  })

  it('saves with Ctrl+Enter', async () => {
    const { db } = await renderPanel()
    await type('Where you work', 'mid-size')
    await type('Your role', 'engineering')
    await type('Years of experience', '5')
    await act(async () => {
      fireEvent.keyDown(field('Years of experience'), { key: 'Enter', ctrlKey: true })
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect((await readProfile(db))?.yearsOfExperience).toBe(5)
  })

  it('shows a saved profile as one line, and opens it on demand', async () => {
    await renderPanel('en', SAVED)
    const toggle = screen.getByRole('button', { name: 'Your profile' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    await waitFor(() => {
      expect(document.querySelector('.profile-summary')?.textContent).toBe(
        'Master’s · 6 years · Shanghai · Big internet company · Algorithm engineer · Stable · led: a business line · 40k/mo × 16 = 640k/yr',
      )
    })
    expect(screen.queryByText(/Start here/)).toBeNull()

    await act(async () => {
      fireEvent.click(toggle)
      await Promise.resolve()
    })
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(field('Monthly base').value).toBe('40000')
    expect(field('Months a year').value).toBe('16')
  })

  it.each([
    ['en', {}, '45k/mo × 14 + 2 months’ bonus = 720k/yr'],
    ['zh-CN', {}, '4.5万/月 × 14 + 年终奖 2 个月 = 72万/年'],
    [
      'en',
      { stock: { kind: 'per-year', perYear: { low: 100_000, high: 100_000 } } },
      '45k/mo × 14 + 2 months’ bonus + stock 100k/yr = 820k/yr',
    ],
    [
      'zh-CN',
      { stock: { kind: 'per-year', perYear: { low: 100_000, high: 100_000 } } },
      '4.5万/月 × 14 + 年终奖 2 个月 + 股票 10万/年 = 82万/年',
    ],
  ] as const)(
    'states the whole current pay the engine counts, bonus and stock, in the summary (%s)',
    async (language, extra, pay) => {
      // "45k/mo × 14" alone hid the 2-month bonus: the engine counts 16 months, 720k a year.
      await renderPanel(language, {
        ...SAVED,
        currentPay: {
          currency: 'CNY',
          base: { kind: 'monthly', monthly: { low: 45_000, high: 45_000 }, months: 14 },
          yearEndBonus: { kind: 'months', months: 2 },
          ...extra,
        },
      })
      await waitFor(() => {
        expect(document.querySelector('.profile-summary')?.textContent).toContain(` · ${pay}`)
      })
    },
  )

  it.each([
    ['en', '40k/mo × 12 + options = 552k/yr', '40k/mo × 12 + options = 600k/yr'],
    ['zh-CN', '4万/月 × 12 + 期权 = 55.2万/年', '4万/月 × 12 + 期权 = 60万/年'],
  ] as const)(
    'counts the summary’s yearly total with the ruleset in use, not the article’s (%s)',
    async (language, byArticle, byOverride) => {
      // 12,000 unlisted options vest a year, 20 a share over the strike: 240k on paper, of which
      // the article's ruleset keeps 30% (72k) and the user's override 50% (120k).
      const { db } = await renderPanel(language, {
        ...SAVED,
        currentPay: {
          currency: 'CNY',
          base: { kind: 'monthly', monthly: { low: 40_000, high: 40_000 }, months: 12 },
          options: {
            count: 48_000,
            strikePrice: 10,
            sharePrice: { low: 30, high: 30 },
            schedule: [25, 25, 25, 25],
            listed: false,
            cliffMonths: 0,
          },
        },
      })
      const summary = () => document.querySelector('.profile-summary')?.textContent
      await waitFor(() => {
        expect(summary()).toContain(` · ${byArticle}`)
      })
      await act(async () => {
        await saveRulesetOverrides(db, { options: { discountPercent: { unlisted: 50 } } })
      })
      await waitFor(() => {
        expect(summary()).toContain(` · ${byOverride}`)
      })
    },
  )

  it('shows a stored pay it cannot read, as written', async () => {
    await renderPanel('en', {
      ...SAVED,
      currentPay: { currency: 'CNY', base: { kind: 'text', text: 'about 50 grand' } },
    })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Your profile' }))
      await Promise.resolve()
    })
    expect(
      screen.getByText(/Stored as written, and Tidemark cannot read it: “about 50 grand”/),
    ).toBeTruthy()
    expect(screen.getByLabelText('Stated as')).toHaveProperty('value', 'text')
  })

  it('labels everything in Chinese for a Chinese user', async () => {
    await renderPanel('zh-CN')
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('个人资料')
    for (const label of ['最高学历', '工作年限', '城市', '所在单位', '岗位', '稳定', '团队']) {
      expect(screen.getByLabelText(label)).toBeTruthy()
    }
    expect(screen.getByText('岗位不错也稳当，不愿为前景未明的团队冒险。')).toBeTruthy()
    expect(screen.getByRole('button', { name: '保存资料' })).toBeTruthy()
  })
})
