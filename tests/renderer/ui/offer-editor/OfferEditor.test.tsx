// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useCallback, useMemo, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { readEngineSettings } from '../../../../renderer/data/repositories/engine-settings'
import {
  listOffers,
  saveOffer,
  setOfferStatus,
  type OfferDraft,
} from '../../../../renderer/data/repositories/offers'
import type { StoredOffer } from '../../../../renderer/data/records'
import type { Offer } from '../../../../renderer/domain/model/offer'
import { computeAnnualPay } from '../../../../renderer/domain/pay/annual-pay'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OfferEditor } from '../../../../renderer/ui/screens/offers/editor/OfferEditor'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

afterEach(() => {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
  cleanup()
  window.location.hash = ''
})

/** The editor beside a real live assessment, wired as the Offers screen wires them. */
function Harness({
  offerId,
  onDraft,
}: {
  offerId: string | null
  onDraft: (offer: Offer | undefined) => void
}) {
  const [draft, setDraft] = useState<Offer | undefined>()
  const assessmentDraft = useMemo(() => ({ offer: draft }), [draft])
  const live = useAssessment(assessmentDraft)
  const onDraftChange = useCallback(
    (offer: Offer | undefined) => {
      onDraft(offer)
      setDraft(offer)
    },
    [onDraft],
  )
  return <OfferEditor offerId={offerId} live={live} onDraftChange={onDraftChange} />
}

async function setup(options: { language?: UiLanguage; offer?: OfferDraft } = {}) {
  const db = new TidemarkDatabase(`offer-editor-${crypto.randomUUID()}`)
  await db.open()
  const stored = options.offer ? await saveOffer(db, options.offer) : undefined
  const language = options.language ?? 'en'
  const i18n = await createI18n(language)
  const onDraft = vi.fn<(offer: Offer | undefined) => void>()
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <Harness offerId={stored?.id ?? null} onDraft={onDraft} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  await screen.findByRole('form')
  return { db, onDraft, stored }
}

async function type(label: string | RegExp, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
    await Promise.resolve()
  })
}

function input(label: string | RegExp): HTMLInputElement {
  return screen.getByLabelText(label)
}

/** The error text an input points at (aria-describedby), if it is marked invalid. */
function errorOf(element: HTMLElement): string | null {
  if (element.getAttribute('aria-invalid') !== 'true') return null
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ')
  const texts = ids
    .map((id) => document.getElementById(id))
    .filter((found) => found?.classList.contains('field-error'))
    .map((found) => found?.textContent ?? '')
  return texts.join(' ') || null
}

const STARTUP: OfferDraft = {
  company: '某大模型创业公司',
  role: '大模型算法专家',
  employerKind: 'startup',
  funding: 'funded',
  pay: { base: { kind: 'text', text: '年薪 135 万' } },
  checklist: { 'model-product': 'no', deployment: 'unknown' },
  redFlags: ['leaderboard-chasing'],
  employerEager: 'yes',
  roleDomains: ['nlp', 'llm-training'],
  deadline: '2026-12-15',
  notes: 'HR said the round closes in January.',
}

describe('OfferEditor', () => {
  it('fills monthly range and months from a pasted line and saves the pay the engine reads as 96万-128万', async () => {
    const { db, onDraft } = await setup()
    expect(screen.getByRole('heading', { name: 'A new offer' })).toBeTruthy()

    await type('Paste the pay as the recruiter wrote it', '月薪 6-8 万 × 16')
    expect(screen.getByText('Read: 60k–80k a month × 16 months, in CNY.')).toBeTruthy()
    expect(input('Base pay stated as').value).toBe('monthly')
    expect(input('Monthly base').value).toBe('60000')
    expect(input('Monthly base up to').value).toBe('80000')
    expect(input('Months a year (薪)').value).toBe('16')

    await type('Company', 'ByteDance Seed')
    // Valid now: the draft goes up and the engine's reading of it is shown.
    await waitFor(() => {
      expect(onDraft).toHaveBeenLastCalledWith(
        expect.objectContaining({ company: 'ByteDance Seed' }),
      )
    })
    await waitFor(() => {
      expect(screen.getByTestId('offer-counted').textContent).toContain(
        'Counted: 960k–1.28M/yr in cash, 240k–320k of it as year-end bonus.',
      )
    })

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save offer' }))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    const offers = await listOffers(db)
    expect(offers).toHaveLength(1)
    const [saved] = offers as [StoredOffer]
    expect(saved.company).toBe('ByteDance Seed')
    expect(saved.status).toBe('considering')
    expect(saved.pay.base).toEqual({
      kind: 'monthly',
      monthly: { low: 60_000, high: 80_000 },
      months: 16,
    })
    const pay = computeAnnualPay(saved.pay, await readEngineSettings(db), DEFAULT_RULESET)
    expect(pay.ok && pay.pay.cash).toEqual({ low: 96_000_000, high: 128_000_000 })
    // The id of the draft is the id saved; the screen moves to the offer's own address.
    expect(onDraft).toHaveBeenCalledWith(expect.objectContaining({ id: saved.id }))
    expect(onDraft).toHaveBeenLastCalledWith(undefined)
    expect(window.location.hash).toBe(`#/offers/${saved.id}`)
  }, 20_000)

  it('names the part of a pasted line it cannot read, and fills what it can', async () => {
    await setup()
    await type('Paste the pay as the recruiter wrote it', '$300k + RSU')
    expect(screen.getByText('Not read: “RSU”. Enter that part in the fields below.')).toBeTruthy()
    expect(screen.getByText(/“RSU” is stock: enter the grant/)).toBeTruthy()
    expect(screen.getByText('Read: 300k a year, in USD.')).toBeTruthy()
    expect(input('Base pay stated as').value).toBe('annual')
    expect(input('Yearly base').value).toBe('300000')
    expect(input('Currency').value).toBe('USD')
    // No USD rate is stored yet: said beside the currency.
    expect(screen.getByText(/No exchange rate for USD yet/)).toBeTruthy()

    await type('Paste the pay as the recruiter wrote it', '月薪 3万 外快 若干 津贴')
    expect(
      screen.getByText('Not read: “外快”, “津贴”. Enter that part in the fields below.'),
    ).toBeTruthy()
    expect(input('Monthly base').value).toBe('30000')
  })

  it('refuses an offer without a company, with the error beside the field, and stores nothing', async () => {
    const { db } = await setup({ language: 'zh-CN' })
    await type('按猎头的写法粘贴薪资', '120-150k,14薪')
    await act(async () => {
      fireEvent.keyDown(input('公司'), { key: 'Enter', ctrlKey: true })
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(errorOf(input('公司'))).toBe('请填写公司名称。')
    expect(screen.getByRole('status').textContent).toBe('没有保存：请修改标红的字段。')
    expect(await listOffers(db)).toHaveLength(0)
  })

  it('says an empty amount is missing, beside the amount', async () => {
    const { db } = await setup()
    await type('Company', 'Zhipu')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save offer' }))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(errorOf(input('Monthly base'))).toBe('Enter an amount.')
    expect(errorOf(input('Months a year (薪)'))).toBe(
      'Enter 1 to 24 months, in halves (13.5 is fine).',
    )
    expect(await listOffers(db)).toHaveLength(0)
  })

  it('says when the pay is not counted for a field left empty, and shows which on request', async () => {
    await setup()
    await type('Company', 'StepFun')
    await type('Paste the pay as the recruiter wrote it', '年薪 150-200w')
    await waitFor(() => {
      expect(screen.getByTestId('offer-counted').textContent).toBe('Counted: 1.5M–2M/yr in cash.')
    })
    // Options ticked with no price yet are an offer still: they are said not to be counted.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Stock options (期权)' }))
    await waitFor(() => {
      expect(screen.getByTestId('offer-counted').textContent).toBe(
        'Counted: 1.5M–2M/yr in cash.Options not priced yet: not counted.',
      )
    })
    await type('Number of options', '0')
    await waitFor(() => {
      expect(screen.getByTestId('offer-counted').textContent).toContain(
        'Some fields are missing or wrong',
      )
    })
    // Not yet touched, so not yet marked: the button marks them and goes to the first.
    expect(errorOf(input('Number of options'))).toBeNull()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Show them' }))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(errorOf(input('Number of options'))).toBe('Enter a whole number of options, above 0.')
    // No strike yet is not wrong: the options are unpriced.
    expect(errorOf(input('Strike price a share'))).toBeNull()
    expect(document.activeElement).toBe(input('Number of options'))
  })

  it('keeps the verdict weighing the offer while its options have no price yet (trial 17)', async () => {
    const { onDraft } = await setup()
    await type('Company', 'StepFun')
    await type('Paste the pay as the recruiter wrote it', 'base 5w*16 + 期权 10 万股')
    await waitFor(() => {
      expect(screen.getByTestId('offer-counted').textContent).toContain(
        'Options not priced yet: not counted.',
      )
    })
    // No strike price yet: the offer goes to the verdict with its options unpriced, not as none.
    expect(onDraft).toHaveBeenLastCalledWith(
      expect.objectContaining({
        company: 'StepFun',
        pay: expect.objectContaining({
          base: { kind: 'monthly', monthly: { low: 50_000, high: 50_000 }, months: 16 },
        }) as unknown,
      }),
    )
    const [last] = onDraft.mock.lastCall ?? []
    expect((last as { pay: { options?: unknown } } | undefined)?.pay.options).toMatchObject({
      priced: false,
      count: 100_000,
    })
  })

  it('hands a checklist answer up as a draft before it is saved', async () => {
    const { db, onDraft, stored } = await setup({ offer: STARTUP })
    const question = screen.getByRole('group', { name: 'Has real deployment scenarios' })
    // The item shows its article sentence.
    const source = within(question).getByText(
      'Candidates check whether there are real deployment scenarios before joining.',
      { selector: 'summary' },
    )
    expect(
      within(source.closest('details') as HTMLElement).getByText('有沒有真正的落地場景'),
    ).toBeTruthy()

    fireEvent.click(within(question).getByRole('radio', { name: 'Yes' }))
    await waitFor(() => {
      expect(onDraft).toHaveBeenLastCalledWith(
        expect.objectContaining({
          id: stored?.id,
          checklist: expect.objectContaining({
            deployment: 'yes',
            'model-product': 'no',
          }) as unknown,
        }),
      )
    })
    expect((await listOffers(db))[0]?.checklist.deployment).toBe('unknown')
  })

  it('reads a stored offer into the form, and saves a red flag ticked', async () => {
    const { db, onDraft, stored } = await setup({ offer: STARTUP })
    expect(screen.getByRole('heading', { name: 'Offer from 某大模型创业公司' })).toBeTruthy()
    // "年薪 135 万" stored as written is read into the yearly fields.
    expect(input('Base pay stated as').value).toBe('annual')
    expect(input('Yearly base').value).toBe('1350000')
    expect(input('Employer and team').value).toBe('startup')
    expect(input('Who backs the startup').value).toBe('funded')
    expect(input('Answer by').value).toBe('2026-12-15')
    expect(screen.getByRole('checkbox', { name: 'NLP algorithms' })).toHaveProperty('checked', true)

    const flag = screen.getByRole('checkbox', { name: 'PR and paid marketing over product' })
    fireEvent.click(flag)
    await waitFor(() => {
      expect(onDraft).toHaveBeenLastCalledWith(
        expect.objectContaining({ redFlags: ['leaderboard-chasing', 'pr-over-product'] }),
      )
    })
    await act(async () => {
      fireEvent.keyDown(flag, { key: 'Enter', metaKey: true })
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    const [saved] = await listOffers(db)
    expect(saved?.redFlags).toEqual(['leaderboard-chasing', 'pr-over-product'])
    expect(saved?.id).toBe(stored?.id)
    expect(saved).toMatchObject({
      employerKind: 'startup',
      funding: 'funded',
      employerEager: 'yes',
    })
    // What the form does not show is kept.
    expect(saved?.status).toBe(stored?.status)
    expect(saved?.notes).toBe(STARTUP.notes)
    expect(onDraft).toHaveBeenLastCalledWith(undefined)
    expect(await screen.findByText('Saved.')).toBeTruthy()
  })

  it('keeps what the user typed when the offer changes elsewhere meanwhile', async () => {
    const { db, stored, onDraft } = await setup({ offer: STARTUP })
    await type('Role', 'Inference lead')
    expect(onDraft).toHaveBeenLastCalledWith(
      expect.objectContaining({ role: 'Inference lead', employerKind: 'startup' }),
    )
    await act(async () => {
      await setOfferStatus(db, stored?.id ?? '', 'negotiating')
      await saveOffer(db, { ...(await listOffers(db))[0], deadline: '2026-12-20' } as OfferDraft)
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(input('Role').value).toBe('Inference lead')
    expect(input('Answer by').value).toBe('2026-12-20')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save offer' }))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    const [saved] = await listOffers(db)
    expect(saved).toMatchObject({
      role: 'Inference lead',
      deadline: '2026-12-20',
      status: 'negotiating',
    })
    expect(await screen.findByText('Saved.')).toBeTruthy()
    expect(
      screen.queryByText('Not saved yet: the verdict already shows what you typed.'),
    ).toBeNull()
  })

  it('deletes a stored offer only once confirmed', async () => {
    const { db, onDraft } = await setup({ offer: STARTUP })
    fireEvent.click(screen.getByRole('button', { name: 'Delete offer' }))
    const keep = screen.getByRole('button', { name: 'Keep it' })
    await waitFor(() => {
      expect(document.activeElement).toBe(keep)
    })
    fireEvent.click(keep)
    expect(await listOffers(db)).toHaveLength(1)

    fireEvent.click(screen.getByRole('button', { name: 'Delete offer' }))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(await listOffers(db)).toHaveLength(0)
    expect(onDraft).toHaveBeenLastCalledWith(undefined)
    expect(window.location.hash).toBe('#/offers')
  })

  it('renders in Chinese, amounts in 万', async () => {
    await setup({ language: 'zh-CN' })
    expect(screen.getByRole('heading', { name: '新的 offer' })).toBeTruthy()
    await type('按猎头的写法粘贴薪资', '年薪 150-200w')
    expect(screen.getByText('读取结果：年薪 150万–200万，币种 CNY。')).toBeTruthy()
    expect(input('年薪').value).toBe('1500000')
    expect(screen.getByText(/即 150万–200万\/年。/)).toBeTruthy()
    await type('公司', '月之暗面')
    await waitFor(() => {
      expect(screen.getByTestId('offer-counted').textContent).toBe('计入：现金 150万–200万/年。')
    })
    expect(screen.getByRole('group', { name: '有真正的落地场景' })).toBeTruthy()
    expect(screen.getByText('“有没有真正的落地场景”')).toBeTruthy()
    expect(screen.getByRole('button', { name: '保存 offer' })).toBeTruthy()
  })

  it('cancel drops the draft and goes back to the list', async () => {
    const { onDraft } = await setup()
    await type('Company', 'Baichuan')
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onDraft).toHaveBeenLastCalledWith(undefined)
    expect(window.location.hash).toBe('#/offers')
  })
})
