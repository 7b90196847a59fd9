// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import {
  detectPlatform,
  type NotificationAccess,
  type Platform,
} from '../../../../renderer/platform'
import { RemindMe } from '../../../../renderer/ui/deadlines/RemindMe'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

afterEach(cleanup)

/**
 * Without notifications, "Remind me" points at the deadline banner; it said "the banner above
 * each screen" after the banner had moved to the notices at the window's foot (new-user trial).
 */
async function renderWith(access: NotificationAccess, language: UiLanguage) {
  const db = new TidemarkDatabase(`remind-me-${crypto.randomUUID()}`)
  const platform: Platform = { ...detectPlatform({}), notificationAccess: () => access }
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, platform, [language])}>
        <RemindMe />
      </ServicesProvider>
    </I18nextProvider>,
  )
}

describe('RemindMe without notifications', () => {
  it.each([
    [
      'denied',
      'en',
      'Notifications are blocked for this page. To get reminders, allow them in the browser’s site settings; meanwhile the notices at the foot of the window list every offer due within 2 days or overdue, on every screen.',
    ],
    [
      'unsupported',
      'en',
      'This browser cannot show notifications; the notices at the foot of the window still list every offer due within 2 days or overdue, on every screen.',
    ],
    [
      'denied',
      'zh-CN',
      '此页面的通知已被屏蔽。要收到提醒，请在浏览器的网站设置中允许通知；在此之前，窗口底部的“提醒”栏会在每个页面列出 2 天内到期或已过期的 offer。',
    ],
    [
      'unsupported',
      'zh-CN',
      '此浏览器无法显示通知；窗口底部的“提醒”栏仍会在每个页面列出 2 天内到期或已过期的 offer。',
    ],
  ] as const)('%s (%s) names where the banner is', async (access, language, text) => {
    await renderWith(access, language)
    expect(screen.getByText(text)).toBeTruthy()
  })
})
