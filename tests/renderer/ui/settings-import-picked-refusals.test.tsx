// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import { saveSkill } from '../../../renderer/data/repositories/skills'
import { exportDocument } from '../../../renderer/data/transfer/export'
import { detectPlatform, PlatformError, type Platform } from '../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../renderer/ui/i18n/i18n'
import { DataTransferPanel } from '../../../renderer/ui/screens/settings/DataTransferPanel'
import { ServicesProvider } from '../../../renderer/ui/services'
import { testServices } from '../../helpers/test-services'

/**
 * Hostile-file spot check in Chromium (helper data23): a 200 MB file was refused as "The file
 * is too large (209721228 bytes)." in both languages (the platform's generic sentence: a raw
 * byte count, "bytes" in the Chinese interface, no limit, not that nothing changed), and an
 * export saved again as UTF-16 was "not a Tidemark export". Each now gets the import's own
 * words, and the data stays as it was.
 */

const opened: TidemarkDatabase[] = []
afterEach(async () => {
  cleanup()
  for (const db of opened.splice(0)) await db.delete()
})

const said = {
  en: {
    tooLarge: 'The file is 201 MB; Tidemark imports files up to 150 MB. Nothing was changed.',
    notText: 'The file is not UTF-8 text, so it is not a Tidemark export. Nothing was changed.',
  },
  'zh-CN': {
    tooLarge: '文件大小为 201 MB，潮位最多导入 150 MB 的文件。没有任何数据被改动。',
    notText: '该文件不是 UTF-8 文本，不是潮位的导出文件。没有任何数据被改动。',
  },
} as const

const NOW = { version: '0.1.0', now: new Date('2026-12-01T08:00:00Z') }

async function refusal(language: UiLanguage, openDataFile: Platform['openDataFile']) {
  const db = new TidemarkDatabase(`import-picked-${crypto.randomUUID()}`)
  opened.push(db)
  await db.open()
  await saveSkill(db, { name: 'Kept as it was', domain: 'nlp', level: 2 })
  const before = await exportDocument(db, NOW)
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <ServicesProvider services={testServices(db, { ...detectPlatform({}), openDataFile })}>
        <DataTransferPanel />
      </ServicesProvider>
    </I18nextProvider>,
  )
  fireEvent.click(screen.getByRole('button', { name: /Import a file|导入文件/ }))
  const alert = await screen.findByRole('alert')
  expect(await exportDocument(db, NOW)).toBe(before)
  return alert.textContent
}

for (const language of ['en', 'zh-CN'] as const satisfies readonly UiLanguage[]) {
  describe(`an import file refused before it is checked, ${language}`, () => {
    it('says a file over the limit in MB, with the limit, as the import does', async () => {
      const text = await refusal(language, () =>
        Promise.reject(new PlatformError({ code: 'file-too-large', detail: '209721228 bytes' })),
      )
      expect(text).toBe(said[language].tooLarge)
    })

    // UTF-16 is read (review 29 I1: import-utf16.test.ts); one with half a surrogate pair inside
    // is not text, said alike whether main refused it (Electron) or the import's decoding did
    // (the browser).
    it('says a UTF-16 file that is not whole text in the same words in Electron and the browser', async () => {
      const json = '{"format": "tidemark", "version": 4}'
      const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(json, 'utf16le'))])
      utf16.set([0x00, 0xdc], 6)
      const browser = await refusal(language, () =>
        Promise.resolve({ status: 'opened', fileName: 'unicode.json', contents: utf16.buffer }),
      )
      cleanup()
      const electron = await refusal(language, () =>
        Promise.reject(new PlatformError({ code: 'file-not-text', detail: 'unicode.json' })),
      )
      expect(browser).toBe(said[language].notText)
      expect(electron).toBe(browser)
    })
  })
}
