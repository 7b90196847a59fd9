// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import { readShownReminders } from '../../../../renderer/data/repositories/reminders'
import {
  detectPlatform,
  type DesktopNotification,
  type NotificationAccess,
  type NotifyOutcome,
  type Platform,
} from '../../../../renderer/platform'
import { DeadlineBanner } from '../../../../renderer/ui/deadlines/DeadlineBanner'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'
import { NOW, OFFERS, seed } from '../offer-status/offer-list-fixture'

const SLOW = { timeout: 5000 }

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

/** A platform whose notifications are spies, allowed or not as `access` says. */
function notifyingPlatform(initial: NotificationAccess) {
  let access = initial
  const notify = vi.fn<(notification: DesktopNotification) => Promise<NotifyOutcome>>(() =>
    Promise.resolve({ status: 'shown' }),
  )
  const requestNotificationAccess = vi.fn(() => {
    access = 'granted'
    return Promise.resolve(access)
  })
  const platform: Platform = {
    ...detectPlatform({}),
    notificationAccess: () => access,
    requestNotificationAccess,
    notify,
  }
  return { platform, notify, requestNotificationAccess }
}

async function renderBanner(db: TidemarkDatabase, platform: Platform, language: UiLanguage = 'en') {
  const i18n = await createI18n(language)
  return render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, platform, [language])}>
        <DeadlineBanner />
      </ServicesProvider>
    </I18nextProvider>,
  )
}

/** Moonshot (2 days left), BigTech (overdue), a lab 5 days out, a declined overdue offer. */
function seedDeadlines() {
  return seed({
    offers: [
      OFFERS.startup,
      OFFERS.bigTech,
      { ...OFFERS.noDeadline, deadline: '2026-12-06' },
      OFFERS.declined,
    ],
  })
}

describe('DeadlineBanner', () => {
  it('lists open offers due within two days and overdue ones, each linking to its offer', async () => {
    const db = await seedDeadlines()
    await renderBanner(db, notifyingPlatform('granted').platform)
    const banner = await screen.findByTestId('deadline-banner', {}, SLOW)
    // One overdue, one due soon: the title says both (trial 16 L11).
    expect(
      within(banner).getByText('An offer is past its deadline; 1 more needs your answer soon'),
    ).toBeTruthy()
    const items = within(banner).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      'BigTech 2 days overdue, Sun, Nov 29',
      'Moonshot · LLM inference engineer 2 days left, Thu, Dec 3',
    ])
    expect(
      within(banner)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#/offers/offer-bigtech', '#/offers/offer-moonshot'])
  })

  it.each([
    ['en', 'An offer is past its deadline'],
    ['zh-CN', '有 1 个 offer 已过答复期限'],
  ] as const)(
    'says an overdue offer is past its deadline, not due soon (%s)',
    async (language, title) => {
      const db = await seed({ offers: [OFFERS.bigTech, OFFERS.declined] })
      await renderBanner(db, notifyingPlatform('granted').platform, language)
      const banner = await screen.findByTestId('deadline-banner', {}, SLOW)
      expect(within(banner).getByText(title)).toBeTruthy()
    },
  )

  it('shows nothing while no open offer is due within two days', async () => {
    const db = await seed({
      offers: [{ ...OFFERS.startup, deadline: '2026-12-09' }, OFFERS.declined],
    })
    const { container } = await renderBanner(db, notifyingPlatform('granted').platform)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(container.innerHTML).toBe('')
  })

  it('shows each due reminder once as a desktop notification, in the interface language', async () => {
    const db = await seedDeadlines()
    const { platform, notify } = notifyingPlatform('granted')
    await renderBanner(db, platform, 'zh-CN')
    await waitFor(() => {
      expect(notify).toHaveBeenCalledTimes(2)
    }, SLOW)
    expect(notify.mock.calls.map(([notification]) => notification)).toEqual([
      {
        title: 'BigTech：offer 答复期限',
        body: '答复期限（11月29日周日）已过：请尽快答复，或把它标为已过期。',
      },
      {
        title: 'Moonshot · LLM inference engineer：offer 答复期限',
        body: '还有 2 天，请在12月3日周四前答复。',
      },
    ])
    expect(await readShownReminders(db)).toEqual(
      new Set(['offer-bigtech|2026-11-29|overdue', 'offer-moonshot|2026-12-03|two-days']),
    )

    // Opened again (another start of the app): nothing is shown twice.
    cleanup()
    await renderBanner(db, platform)
    await screen.findByTestId('deadline-banner', {}, SLOW)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(notify).toHaveBeenCalledTimes(2)
  })

  it('next day, shows the one-day reminder for the same offer', async () => {
    const db = await seedDeadlines()
    const { platform, notify } = notifyingPlatform('granted')
    await renderBanner(db, platform)
    await waitFor(() => {
      expect(notify).toHaveBeenCalledTimes(2)
    }, SLOW)
    cleanup()
    vi.setSystemTime(new Date(2026, 11, 2, 9))
    await renderBanner(db, platform)
    await waitFor(() => {
      expect(notify).toHaveBeenCalledTimes(3)
    }, SLOW)
    expect(notify.mock.calls[2]?.[0]).toEqual({
      title: 'Moonshot · LLM inference engineer: offer deadline',
      body: 'Answer due tomorrow, Thu, Dec 3.',
    })
  })

  it('in a browser, notifies only after the user pressed "Remind me" and allowed it', async () => {
    const db = await seedDeadlines()
    const { platform, notify, requestNotificationAccess } = notifyingPlatform('ask')
    await renderBanner(db, platform)
    const banner = await screen.findByTestId('deadline-banner', {}, SLOW)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(notify).not.toHaveBeenCalled()
    expect(requestNotificationAccess).not.toHaveBeenCalled()
    // Nothing is remembered as shown while it could not be shown.
    expect(await readShownReminders(db)).toEqual(new Set())

    await act(async () => {
      fireEvent.click(within(banner).getByRole('button', { name: 'Remind me' }))
      await Promise.resolve()
    })
    expect(requestNotificationAccess).toHaveBeenCalledTimes(1)
    await waitFor(() => {
      expect(notify).toHaveBeenCalledTimes(2)
    }, SLOW)
    expect(within(banner).queryByRole('button', { name: 'Remind me' })).toBeNull()
  })
})
