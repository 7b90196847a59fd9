// @vitest-environment happy-dom
import { act, cleanup, fireEvent } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readSettings } from '../../../renderer/data/settings-repository'
import { openSettingsInEnglish } from '../../helpers/settings-screen'

// The Chinese strings' chunk loads only when the test lets it (a slow disk or server).
const gate = vi.hoisted(() => {
  let open: () => void = () => undefined
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return {
    opened,
    open: () => {
      open()
    },
  }
})
vi.mock('../../../renderer/ui/i18n/zh-CN', async (importOriginal) => {
  await gate.opened
  return importOriginal()
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

describe('two language choices in a row', () => {
  it('keeps the latest, even when the first one finishes loading after it', async () => {
    const { db, i18n, select } = await openSettingsInEnglish('settings-language-latest')

    await act(async () => {
      fireEvent.change(select, { target: { value: 'zh-CN' } })
      await settle()
      fireEvent.change(select, { target: { value: 'en' } })
      await settle()
    })
    expect((await readSettings(db)).language).toBe('en')

    await act(async () => {
      gate.open()
      // The first choice's strings arrive, and whatever it does next is done.
      await vi.waitFor(() => {
        expect(i18n.hasResourceBundle('zh-CN', 'translation')).toBe(true)
      })
      await settle()
    })
    expect((await readSettings(db)).language).toBe('en')
    expect(i18n.language).toBe('en')
    db.close()
  })
})
