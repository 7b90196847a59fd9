// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import type { StoredProfile } from '../../../renderer/data/records'
import { saveProfile } from '../../../renderer/data/repositories/profile'
import { detectPlatform, type Platform } from '../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../renderer/ui/i18n/i18n'
import { DataTransferPanel } from '../../../renderer/ui/screens/settings/DataTransferPanel'
import { importCombinedText } from '../../../renderer/ui/screens/settings/import-combined-text'
import { ServicesProvider } from '../../../renderer/ui/services'
import { testServices } from '../../helpers/test-services'

/**
 * New-user trial: a quick profile saved on a new device, with no pay, merged with the main
 * machine's export keeps the file's pay (commit 727262e). The panel said only "1 updated (newer
 * in the file)", though the profile kept here was the newer: it says which copy stood and what
 * came from the file, in the interface's language.
 */

const FILE_AT = '2026-11-01T08:00:00.000Z'

const mainProfile: StoredProfile = {
  id: 'me',
  education: 'master',
  phdInField: false,
  yearsOfExperience: 8,
  city: '北京',
  currentEmployer: 'big-tech',
  roleFamily: 'algorithm',
  stability: 'stable',
  leadership: { businessLine: false, team: true, openSource: false },
  currentPay: {
    currency: 'CNY',
    base: { kind: 'monthly', monthly: { low: 45000, high: 45000 }, months: 14 },
    yearEndBonus: { kind: 'months', months: 2 },
  },
  updatedAt: FILE_AT,
}

const exportText = JSON.stringify({
  format: 'tidemark',
  version: 2,
  exportedAt: FILE_AT,
  app: { name: 'Tidemark', version: '0.1.0' },
  data: {
    settings: null,
    profile: mainProfile,
    skills: [],
    skillSnapshots: [],
    offers: [],
    journal: [],
    goals: [],
    engineSettings: null,
    rulesetOverrides: null,
  },
})

const opened: TidemarkDatabase[] = []
afterEach(async () => {
  cleanup()
  for (const db of opened.splice(0)) await db.delete()
})

const said = {
  en: {
    merge: 'Merge (newest wins)',
    line: 'Profile: kept this computer’s (newer), and took from the file what it left empty: current pay.',
  },
  'zh-CN': {
    merge: '合并（以较新的为准）',
    line: '个人资料：保留本机的（较新），并从文件补上了本机的空缺项：当前薪资。',
  },
} as const

for (const language of ['en', 'zh-CN'] as const satisfies readonly UiLanguage[]) {
  describe(`a merge that fills a new profile's pay from the file, ${language}`, () => {
    it('says the current pay was taken from the file', async () => {
      const db = new TidemarkDatabase(`import-combined-${crypto.randomUUID()}`)
      opened.push(db)
      await db.open()
      // The new device's quick profile: after the file was written, and without a pay.
      const { id: _id, updatedAt: _at, currentPay: _pay, ...quick } = mainProfile
      await saveProfile(db, { ...quick, city: '上海' }, new Date('2026-11-20T09:00:00.000Z'))
      const platform: Platform = {
        ...detectPlatform({}),
        openDataFile: () =>
          Promise.resolve({ status: 'opened', fileName: 'main.json', contents: exportText }),
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
      // Stored: the profile as saved here, with the file's pay.
      const stored = await db.profile.get('me')
      expect(stored?.city).toBe('上海')
      expect(stored?.currentPay).toEqual(mainProfile.currentPay)
    }, 30_000)
  })
}

describe('the combined records in words', () => {
  it('names rates by currency, the kept fields, and an unknown field by its path', async () => {
    const combined = {
      engineSettings: {
        filledFromFile: [],
        ratesAdded: [],
        keptFromStored: ['socialInsurance.pensionPercent', 'specialDeductions.someLaterField'],
        ratesKept: ['USD', 'EUR'],
      },
    }
    expect(importCombinedText(await createI18n('en').then((i) => i.t), 'en', combined)).toEqual([
      'Tax and market settings: updated from the file (newer), and kept this computer’s where the file left it empty: pension rate, specialDeductions.someLaterField, the USD exchange rate, and the EUR exchange rate.',
    ])
    const zh = await createI18n('zh-CN')
    expect(importCombinedText(zh.t, 'zh-CN', combined)).toEqual([
      `${zh.t('data.table.engineSettings')}：已按文件更新（较新），文件中空缺的项保留了本机的：养老保险比例、specialDeductions.someLaterField、USD 汇率和EUR 汇率。`,
    ])
  })
})
