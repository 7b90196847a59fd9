// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import { saveProfile, type ProfileDraft } from '../../../renderer/data/repositories/profile'
import { exportDocument } from '../../../renderer/data/transfer/export'
import type { CurrentPayNote } from '../../../renderer/data/transfer/merge-pay'
import { detectPlatform, type Platform } from '../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../renderer/ui/i18n/i18n'
import { DataTransferPanel } from '../../../renderer/ui/screens/settings/DataTransferPanel'
import { importCombinedText } from '../../../renderer/ui/screens/settings/import-combined-text'
import { ServicesProvider } from '../../../renderer/ui/services'
import { testServices } from '../../helpers/test-services'

/**
 * Review 19, finding 4: a current pay removed on purpose stays removed when an export made
 * before the removal is merged, and the result says why the file's pay was not taken.
 */

const fields: ProfileDraft = {
  education: 'master',
  yearsOfExperience: 8,
  city: '北京',
  currentEmployer: 'big-tech',
  roleFamily: 'algorithm',
  stability: 'stable',
}
const PAY = {
  currency: 'CNY',
  base: { kind: 'monthly', monthly: { low: 45000, high: 45000 }, months: 14 },
} as const

const opened: TidemarkDatabase[] = []
afterEach(async () => {
  cleanup()
  for (const db of opened.splice(0)) await db.delete()
})

const said = {
  en: {
    merge: 'Merge (newest wins)',
    line: 'Profile: your current pay stays removed: you removed it after the file’s was set, so the file’s was not taken.',
  },
  'zh-CN': {
    merge: '合并（以较新的为准）',
    line: '个人资料：你的当前薪资保持删除：你是在文件中的薪资设置之后删除的，因此未采用文件中的。',
  },
} as const

for (const language of ['en', 'zh-CN'] as const satisfies readonly UiLanguage[]) {
  describe(`a merge after the current pay was removed, ${language}`, () => {
    it('keeps it removed and says so', async () => {
      const db = new TidemarkDatabase(`import-pay-removed-${crypto.randomUUID()}`)
      opened.push(db)
      await db.open()
      await saveProfile(db, { ...fields, currentPay: PAY }, new Date('2026-11-01T08:00:00Z'))
      const exportText = await exportDocument(db, {
        version: '0.1.0',
        now: new Date('2026-11-02T08:00:00Z'),
      })
      await saveProfile(db, fields, new Date('2026-11-20T09:00:00Z'))
      const platform: Platform = {
        ...detectPlatform({}),
        openDataFile: () =>
          Promise.resolve({ status: 'opened', fileName: 'old.json', contents: exportText }),
      }
      render(
        <I18nextProvider i18n={await createI18n(language)}>
          <ServicesProvider services={testServices(db, platform)}>
            <DataTransferPanel />
          </ServicesProvider>
        </I18nextProvider>,
      )
      fireEvent.click(screen.getByRole('button', { name: /Import a file|导入文件/ }))
      fireEvent.click(await screen.findByRole('button', { name: said[language].merge }))
      await waitFor(
        () => {
          expect(screen.getByText(said[language].line)).toBeTruthy()
        },
        { timeout: 10_000 },
      )
      expect((await db.profile.get('me'))?.currentPay).toBeUndefined()
    }, 30_000)
  })
}

describe('the current pay’s notes in words', () => {
  it('says which copy’s pay stood and why, in en and zh-CN', async () => {
    const en = await createI18n('en')
    const zh = await createI18n('zh-CN')
    const words = (note: CurrentPayNote) => {
      const combined = {
        profile: {
          filledFromFile: [],
          ratesAdded: [],
          keptFromStored: [],
          ratesKept: [],
          currentPay: note,
        },
      }
      return [importCombinedText(en.t, 'en', combined), importCombinedText(zh.t, 'zh-CN', combined)]
    }
    expect(words('removal-taken')).toEqual([
      ['Profile: removed your current pay, as the file did after yours was last set.'],
      ['个人资料：已删除你的当前薪资，与文件一致：文件中是在你上次设置之后删除的。'],
    ])
    expect(words('newer-in-file')).toEqual([
      [
        'Profile: took the file’s current pay: it was set there after yours was last set or removed.',
      ],
      ['个人资料：采用了文件中的当前薪资：它是在你的薪资上次设置或删除之后设置的。'],
    ])
    expect(words('newer-here')).toEqual([
      ['Profile: kept your current pay: you set it after the file’s was last set or removed.'],
      ['个人资料：保留了你的当前薪资：你是在文件中的薪资上次设置或删除之后设置的。'],
    ])
    // A copy with no stamp is only known to have been saved after (review 22 L9).
    expect(words('saved-here-after')).toEqual([
      [
        'Profile: kept your current pay: your profile was saved after the file’s pay was last set or removed.',
      ],
      ['个人资料：保留了你的当前薪资：你的个人资料是在文件中的薪资上次设置或删除之后保存的。'],
    ])
    expect(words('saved-in-file-after')).toEqual([
      [
        'Profile: took the file’s current pay: its profile was saved after your pay was last set or removed.',
      ],
      ['个人资料：采用了文件中的当前薪资：文件的个人资料是在你的薪资上次设置或删除之后保存的。'],
    ])
  })
})
