// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Platform, PrintOutcome } from '../../../../renderer/platform'
import { fakePlatform, renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/**
 * Review 23 #8: 'Print the offer' (64a3eaa) lost the assessment's guard (ReportActions), so a
 * second click while Electron printed started a second job; and it sat under 'Questions to
 * ask', though it prints the whole offer.
 */
describe('the offer’s print and export', () => {
  it.each([
    ['en', 'Print the offer (PDF)', 'Export as Markdown'],
    ['zh-CN', '打印这份 offer（PDF）', '导出为 Markdown'],
  ] as const)(
    'prints once however often it is clicked while printing (%s)',
    async (language, name, markdown) => {
      let finish: (outcome: PrintOutcome) => void = () => undefined
      const printToPdf = vi.fn<Platform['printToPdf']>(
        () =>
          new Promise<PrintOutcome>((resolve) => {
            finish = resolve
          }),
      )
      const { platform, saveTextFile } = fakePlatform()
      await renderVerdict(storedPersona('p5'), 'o-big-platform', language, {
        ...platform,
        printToPdf,
      })
      const button = screen.getByRole('button', { name })
      await act(async () => {
        fireEvent.click(button)
        await new Promise((resolve) => setTimeout(resolve, 0))
      })
      await waitFor(() => {
        expect(printToPdf).toHaveBeenCalledTimes(1)
      })
      expect(button.getAttribute('aria-disabled')).toBe('true')
      await act(async () => {
        fireEvent.click(button)
        fireEvent.click(screen.getByRole('button', { name: markdown }))
        await new Promise((resolve) => setTimeout(resolve, 0))
      })
      expect(printToPdf).toHaveBeenCalledTimes(1)
      expect(saveTextFile).not.toHaveBeenCalled()
      await act(async () => {
        finish({ status: 'saved', fileName: 'offer.pdf' })
        await new Promise((resolve) => setTimeout(resolve, 0))
      })
      expect(button.getAttribute('aria-disabled')).toBe('false')
      // Once printed, it prints again.
      await act(async () => {
        fireEvent.click(button)
        await new Promise((resolve) => setTimeout(resolve, 0))
      })
      await waitFor(() => {
        expect(printToPdf).toHaveBeenCalledTimes(2)
      })
    },
  )

  it.each([
    ['en', 'Questions to ask', 'Keep the offer and its questions', 'Print the offer (PDF)'],
    ['zh-CN', '要问的问题', '保存这份 offer 和要问的问题', '打印这份 offer（PDF）'],
  ] as const)(
    'sit under a heading of their own, not the questions’ (%s)',
    async (language, questions, actions, print) => {
      await renderVerdict(storedPersona('p5'), 'o-big-platform', language)
      const asked = screen.getByRole('region', { name: questions })
      expect(within(asked).queryByRole('button', { name: print })).toBeNull()
      const own = screen.getByRole('region', { name: actions })
      expect(within(own).getByRole('heading', { name: actions })).toBeTruthy()
      expect(within(own).getByRole('button', { name: print })).toBeTruthy()
    },
  )
})
