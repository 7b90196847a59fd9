// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { offerSchema } from '../../../../renderer/domain/model/offer'
import { detectPlatform, type NotificationAccess } from '../../../../renderer/platform'
import { OFFERS, NOW, renderList, seed } from './offer-list-fixture'

const SLOW = { timeout: 5000 }

beforeEach(() => {
  // Only the clock: Dexie and the live queries keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

/** The row of the offer from `company`. */
async function rowOf(company: string): Promise<HTMLElement> {
  const link = await screen.findByRole('link', { name: company }, SLOW)
  const row = link.closest('tr')
  if (!row) throw new Error(`no row for ${company}`)
  return row
}

function statusSelect(company: string): HTMLSelectElement {
  return screen.getByRole<HTMLSelectElement>('combobox', {
    name: `Status of the offer from ${company}`,
  })
}

describe('OfferList', () => {
  it('shows each offer with its status and date, deadline, days left and verdict, soonest first', async () => {
    const db = await seed()
    await renderList(db)
    const moonshot = await rowOf('Moonshot')

    // The live offers first; the declined one folded under 'Closed offer (1)' (trial 18 #6).
    const [liveTable, closedTable] = screen.getAllByRole('table')
    const names = (table: HTMLElement | undefined) =>
      within(table ?? document.body)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getByRole('rowheader').textContent)
    expect(names(liveTable)).toEqual(['BigTech', 'MoonshotLLM inference engineer', 'Research Lab'])
    expect(names(closedTable)).toEqual(['Declined Co'])
    expect(within(moonshot).getByRole('link', { name: 'Moonshot' }).getAttribute('href')).toBe(
      '#/offers/offer-moonshot',
    )
    expect(statusSelect('Moonshot').value).toBe('negotiating')
    expect(moonshot.textContent).toContain('since Nov 24')
    expect(moonshot.textContent).toContain('Thu, Dec 3')
    expect(moonshot.textContent).toContain('2 days left')
    // The engine's verdict: its recommendation and risk level with the score.
    expect(moonshot.textContent).toMatch(
      /(Accept|Negotiate|Wait and watch|Decline) · (low|medium|high) risk \(\d+(\.\d)? of 100\)/,
    )

    const bigTech = await rowOf('BigTech')
    expect(bigTech.textContent).toContain('2 days overdue')
    expect(within(bigTech).getByText('2 days overdue').dataset['urgency']).toBe('overdue')
    expect((await rowOf('Research Lab')).textContent).toContain('No deadline')
    // An answered offer keeps its date but counts no days.
    const declined = await rowOf('Declined Co')
    expect(declined.textContent).toContain('Fri, Nov 20')
    expect(declined.textContent).not.toMatch(/overdue|left/)

    expect(screen.getByRole('link', { name: 'Add an offer' }).getAttribute('href')).toBe(
      '#/offers/new',
    )
  })

  it('tells a new user what to do when there is no offer', async () => {
    const db = await seed({ offers: [] })
    await renderList(db)
    const empty = await screen.findByTestId('offers-empty', {}, SLOW)
    expect(empty.textContent).toContain('No offers yet')
    expect(empty.textContent).toContain('paste the pay as the recruiter wrote it')
    expect(screen.getByRole('link', { name: 'Add an offer' }).getAttribute('href')).toBe(
      '#/offers/new',
    )
    expect(screen.queryByRole('table')).toBeNull()
  })

  it('stores a status changed in place, dated today, and says so', async () => {
    const db = await seed()
    await renderList(db)
    await rowOf('Moonshot')
    await act(async () => {
      fireEvent.change(statusSelect('Moonshot'), { target: { value: 'declined' } })
      await Promise.resolve()
    })
    await waitFor(async () => {
      expect((await db.offers.get('offer-moonshot'))?.status).toBe('declined')
    })
    expect((await db.offers.get('offer-moonshot'))?.statusDate).toBe('2026-12-01')
    expect(screen.getByRole('status').textContent).toBe(
      'The offer from Moonshot is now “Declined”.',
    )
    await waitFor(() => {
      expect(statusSelect('Moonshot').value).toBe('declined')
    })
    // No longer open: its deadline counts no days.
    expect((await rowOf('Moonshot')).textContent).not.toContain('2 days left')
  })

  it('accepting asks first, then makes the offer’s pay the current pay with the status, in one go', async () => {
    const db = await seed()
    const before = await db.profile.get('me')
    await renderList(db)
    await rowOf('Moonshot')
    await act(async () => {
      fireEvent.change(statusSelect('Moonshot'), { target: { value: 'accepted' } })
      await Promise.resolve()
    })
    const confirm = screen.getByRole('group', { name: 'Accept the offer from Moonshot?' })
    // Nothing is stored until the user chooses.
    expect((await db.offers.get('offer-moonshot'))?.status).toBe('negotiating')
    expect(confirm.textContent).toMatch(
      /Its pay can become your current pay \(.+\/yr in a typical year\)/,
    )
    expect(confirm.textContent).toMatch(/Your current pay now: .+\/yr\./)

    await act(async () => {
      fireEvent.click(
        within(confirm).getByRole('button', { name: 'Accept and make it my current pay' }),
      )
      await Promise.resolve()
    })
    await waitFor(async () => {
      expect((await db.offers.get('offer-moonshot'))?.status).toBe('accepted')
    })
    const profile = await db.profile.get('me')
    expect(profile?.currentPay).not.toEqual(before?.currentPay)
    expect(profile?.currentPay).toEqual(offerSchema.shape.pay.parse(OFFERS.startup.pay))
    // The rest of the profile is as it was (but when the pay changed).
    const unstamped = { currentPay: null, updatedAt: null, currentPayChangedAt: null }
    expect({ ...profile, ...unstamped }).toEqual({ ...before, ...unstamped })
    expect(profile?.currentPayChangedAt).toBe(profile?.updatedAt)
    expect(screen.getByRole('status').textContent).toBe(
      'The offer from Moonshot is accepted, and its pay is now your current pay.',
    )
    expect(screen.queryByRole('group', { name: 'Accept the offer from Moonshot?' })).toBeNull()
    expect(document.activeElement).toBe(statusSelect('Moonshot'))
  })

  it('keeps the keyboard focus on the accept button while it is stored, then on the row (trial 15 #10)', async () => {
    const db = await seed()
    await renderList(db)
    await rowOf('Moonshot')
    await act(async () => {
      fireEvent.change(statusSelect('Moonshot'), { target: { value: 'accepted' } })
      await Promise.resolve()
    })
    const confirm = screen.getByRole('group', { name: 'Accept the offer from Moonshot?' })
    const button = within(confirm).getByRole('button', { name: 'Only mark it accepted' })
    button.focus()
    fireEvent.click(button)
    // The write is under way: a disabled button would drop the focus to the page's body.
    expect(button.hasAttribute('disabled')).toBe(false)
    expect(button.getAttribute('aria-disabled')).toBe('true')
    expect(document.activeElement).toBe(button)
    // A second press while it is stored does nothing.
    fireEvent.click(button)
    await waitFor(async () => {
      expect((await db.offers.get('offer-moonshot'))?.status).toBe('accepted')
    })
    await waitFor(() => {
      expect(document.activeElement).toBe(statusSelect('Moonshot'))
    })
    expect(document.activeElement).not.toBe(document.body)
  })

  it('accepting can only mark the offer, or be cancelled, leaving the current pay alone', async () => {
    const db = await seed()
    const payBefore = (await db.profile.get('me'))?.currentPay
    await renderList(db)
    await rowOf('BigTech')
    await act(async () => {
      fireEvent.change(statusSelect('BigTech'), { target: { value: 'accepted' } })
      await Promise.resolve()
    })
    expect(statusSelect('BigTech').value).toBe('accepted')
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(statusSelect('BigTech').value).toBe('considering')
    expect(document.activeElement).toBe(statusSelect('BigTech'))
    expect((await db.offers.get('offer-bigtech'))?.status).toBe('considering')

    await act(async () => {
      fireEvent.change(statusSelect('BigTech'), { target: { value: 'accepted' } })
      await Promise.resolve()
    })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Only mark it accepted' }))
      await Promise.resolve()
    })
    await waitFor(async () => {
      expect((await db.offers.get('offer-bigtech'))?.status).toBe('accepted')
    })
    expect((await db.profile.get('me'))?.currentPay).toEqual(payBefore)
  })

  it('without a saved profile, accepting offers only the status, and says why', async () => {
    const db = await seed({ withProfile: false })
    await renderList(db)
    await rowOf('Moonshot')
    await act(async () => {
      fireEvent.change(statusSelect('Moonshot'), { target: { value: 'accepted' } })
      await Promise.resolve()
    })
    const confirm = screen.getByRole('group', { name: 'Accept the offer from Moonshot?' })
    expect(confirm.textContent).toContain('save your profile first')
    expect(
      within(confirm).getByRole('link', { name: 'Fill in your profile' }).getAttribute('href'),
    ).toBe('#/skills')
    expect(
      within(confirm).queryByRole('button', { name: 'Accept and make it my current pay' }),
    ).toBeNull()
    expect(within(confirm).getByRole('button', { name: 'Only mark it accepted' })).toBeTruthy()
  })

  it('reads in Simplified Chinese', async () => {
    const db = await seed()
    await renderList(db, 'zh-CN')
    const moonshot = await rowOf('Moonshot')
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('你的 offer')
    const [liveTable] = screen.getAllByRole('table')
    expect(
      within(liveTable ?? document.body)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Offer', '状态', '答复期限', '建议'])
    const select = screen.getByRole<HTMLSelectElement>('combobox', {
      name: 'Moonshot offer 的状态',
    })
    expect([...select.options].map((option) => option.textContent)).toEqual([
      '考虑中',
      '谈判中',
      '已接受',
      '已拒绝',
      '已过期',
    ])
    expect(moonshot.textContent).toContain('还剩 2 天')
    expect(moonshot.textContent).toContain('12月3日周四')
    expect(moonshot.textContent).toMatch(
      /(接受|谈条件|观望|拒绝) · (低|中等|高)风险（\d+(\.\d)? 分）/,
    )
    expect((await rowOf('BigTech')).textContent).toContain('已逾期 2 天')
    expect(screen.getByRole('link', { name: '添加 offer' })).toBeTruthy()

    await act(async () => {
      fireEvent.change(select, { target: { value: 'accepted' } })
      await Promise.resolve()
    })
    const confirm = screen.getByRole('group', { name: '接受 Moonshot 的 offer？' })
    // Chinese sentences follow each other without a space.
    expect(confirm.textContent).toMatch(/衡量新的 offer。你现在的当前薪资：.+万\/年。/)
    expect(within(confirm).getByRole('button', { name: '接受，并设为当前薪资' })).toBeTruthy()
  })

  it.each<[NotificationAccess, RegExp, boolean]>([
    ['ask', /two days and one day before each deadline/, true],
    ['granted', /Desktop reminders are on/, false],
    ['denied', /blocked for this page/, false],
    ['unsupported', /cannot show notifications/, false],
  ])(
    'says whether desktop reminders are on (%s), offering "Remind me" only while unasked',
    async (access, line, button) => {
      const db = await seed()
      const requestNotificationAccess = vi.fn(() => Promise.resolve<NotificationAccess>('granted'))
      await renderList(db, 'en', {
        ...detectPlatform({}),
        notificationAccess: () => access,
        requestNotificationAccess,
      })
      await rowOf('Moonshot')
      expect(screen.getByText(line)).toBeTruthy()
      const remind = screen.queryByRole('button', { name: 'Remind me' })
      expect(remind !== null).toBe(button)
      if (!remind) return
      await act(async () => {
        fireEvent.click(remind)
        await Promise.resolve()
      })
      expect(requestNotificationAccess).toHaveBeenCalledTimes(1)
    },
  )
})
