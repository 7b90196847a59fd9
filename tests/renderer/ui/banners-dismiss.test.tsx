// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { detectPlatform } from '../../../renderer/platform'
import { Banners } from '../../../renderer/ui/Banners'
import { createI18n, type UiLanguage } from '../../../renderer/ui/i18n/i18n'
import { ServicesProvider } from '../../../renderer/ui/services'
import { databaseDueAnExport } from '../../helpers/database-due-an-export'
import { testServices } from '../../helpers/test-services'

afterEach(() => {
  cleanup()
})

/**
 * The export reminder took about 90 px at the window's foot, more at 720 px, on every screen
 * and for good (new-user trial): it is compact (banners.css) and can be put away for the
 * session, by a named button. It comes back at the next start.
 */
describe('the export reminder', () => {
  for (const [language, close] of [
    ['en', 'Hide this reminder'],
    ['zh-CN', '暂时隐藏提醒'],
  ] as const satisfies readonly (readonly [UiLanguage, string])[]) {
    it(`can be dismissed, ${language}`, async () => {
      const db = await databaseDueAnExport(`banners-dismiss-${language}`)
      const i18n = await createI18n(language)
      render(
        <I18nextProvider i18n={i18n}>
          <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
            <main id="main" tabIndex={-1} />
            <Banners />
          </ServicesProvider>
        </I18nextProvider>,
      )
      const reminder = await screen.findByTestId('export-reminder', {}, { timeout: 5000 })
      expect(reminder.classList.contains('compact')).toBe(true)
      const dismiss = within(reminder).getByRole('button', { name: close })
      await act(async () => {
        fireEvent.click(dismiss)
        await Promise.resolve()
      })
      expect(screen.queryByTestId('export-reminder')).toBeNull()
      // The focus does not fall to the page's top with the button: the screen has it.
      expect(document.activeElement?.id).toBe('main')
      await db.delete()
    }, 30_000)
  }
})
