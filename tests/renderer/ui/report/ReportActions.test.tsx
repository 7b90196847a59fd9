// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { PlatformError, type Platform } from '../../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { ReportActions } from '../../../../renderer/ui/report/ReportActions'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'
import { livePersona } from './live-persona'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

/** A platform whose file functions are spies: saved under the suggested name unless told. */
function fakePlatform(
  overrides: Partial<Pick<Platform, 'kind' | 'saveTextFile' | 'printToPdf'>> = {},
) {
  const saveTextFile = vi.fn(
    overrides.saveTextFile ??
      ((name: string) => Promise.resolve({ status: 'saved' as const, fileName: name })),
  )
  const printToPdf = vi.fn(
    overrides.printToPdf ??
      ((name: string) => Promise.resolve({ status: 'saved' as const, fileName: name })),
  )
  const platform: Platform = {
    kind: overrides.kind ?? 'electron',
    systemLanguages: () => Promise.resolve(['en']),
    saveTextFile,
    openTextFile: () => Promise.resolve({ status: 'cancelled' }),
    openDataFile: () => Promise.resolve({ status: 'cancelled' }),
    printToPdf,
    backups: null,
    notificationAccess: () => 'unsupported',
    requestNotificationAccess: () => Promise.resolve('unsupported'),
    notify: () => Promise.resolve({ status: 'not-allowed' as const }),
    openExternal: () => Promise.resolve(),
  }
  return { platform, saveTextFile, printToPdf }
}

async function renderActions(platform: Platform, language: UiLanguage = 'en') {
  const db = new TidemarkDatabase(`report-actions-${crypto.randomUUID()}`)
  await db.open()
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <ServicesProvider services={testServices(db, platform)}>
        <ReportActions live={livePersona('p1')} />
      </ServicesProvider>
    </I18nextProvider>,
  )
}

/** Clicks and waits until the report's module has loaded and the platform has answered. */
async function click(name: string) {
  act(() => {
    fireEvent.click(screen.getByRole('button', { name }))
  })
  const status = screen.getByRole('status')
  await waitFor(
    () => {
      expect(status.textContent).not.toMatch(/^(|Preparing the report…|正在生成报告…)$/)
    },
    { timeout: 10_000 },
  )
}

describe('ReportActions', () => {
  it('saves the Markdown report under the day’s name and says so', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 10, 29, 21, 40))
    const { platform, saveTextFile } = fakePlatform()
    await renderActions(platform)
    await click('Export as Markdown')
    expect(saveTextFile).toHaveBeenCalledOnce()
    const [name, contents] = saveTextFile.mock.calls[0] ?? []
    expect(name).toBe('tidemark-assessment-2026-11-29.md')
    expect(contents).toContain('- Tier: **Premium (≈1M+)**')
    expect(contents).toContain('Written November 29, 2026')
    expect(screen.getByRole('status').textContent).toBe(
      'Saved “tidemark-assessment-2026-11-29.md”.',
    )
  })

  it('shows the report document while the PDF is printed, and only then', async () => {
    let shownWhilePrinting: string | null = null
    const { platform, printToPdf } = fakePlatform({
      printToPdf: (name: string) => {
        shownWhilePrinting =
          document.querySelector('body > .report-print .report-document h1')?.textContent ?? null
        return Promise.resolve({ status: 'saved' as const, fileName: name })
      },
    })
    await renderActions(platform, 'zh-CN')
    expect(document.querySelector('.report-print')).toBeNull()
    await click('导出为 PDF')
    expect(printToPdf).toHaveBeenCalledWith(
      expect.stringMatching(/^tidemark-assessment-\d{4}-\d{2}-\d{2}\.pdf$/),
    )
    expect(shownWhilePrinting).toBe('潮位自我评估')
    expect(document.querySelector('.report-print')).toBeNull()
    expect(screen.getByRole('status').textContent).toMatch(
      /^已保存“tidemark-assessment-.*\.pdf”。$/,
    )
  })

  it('in a browser, says the print dialog was opened and how to save a PDF there', async () => {
    const { platform } = fakePlatform({
      kind: 'browser',
      printToPdf: () => Promise.resolve({ status: 'print-dialog' as const }),
    })
    await renderActions(platform)
    expect(screen.getByText(/choose “Save as PDF” as the printer/)).toBeTruthy()
    await click('Export as PDF')
    expect(screen.getByRole('status').textContent).toBe(
      'The print dialog was opened: save the PDF from there.',
    )
  })

  it('says why a PDF was not saved, in the user’s words, and takes the report away', async () => {
    const { platform } = fakePlatform({
      printToPdf: () =>
        Promise.reject(
          new PlatformError({ code: 'io-failed', detail: 'EACCES: permission denied' }),
        ),
    })
    await renderActions(platform)
    await click('Export as PDF')
    expect(screen.getByRole('status').textContent).toBe(
      'The report was not saved. Details: The file could not be read or written: EACCES: permission denied',
    )
    expect(document.querySelector('.report-print')).toBeNull()
  })

  it('says a cancelled save saved nothing', async () => {
    const { platform } = fakePlatform({
      saveTextFile: () => Promise.resolve({ status: 'cancelled' as const }),
    })
    await renderActions(platform)
    await click('Export as Markdown')
    expect(screen.getByRole('status').textContent).toBe('Cancelled: nothing was saved.')
  })
})
