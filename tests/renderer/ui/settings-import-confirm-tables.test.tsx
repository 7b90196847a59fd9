// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { checkImportText } from '../../../renderer/data/transfer/import'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
import { ImportConfirm } from '../../../renderer/ui/screens/settings/ImportConfirm'

afterEach(cleanup)

/**
 * New-user trial: the import's summary named skills, offers and journal entries only, leaving
 * out the goals, the profile and the score history the file also holds. It names every table
 * the file holds records of, as the result table counts them.
 */
const exported = checkImportText(
  readFileSync(resolve('tests/fixtures/exports/v2-export.json'), 'utf8'),
)

const said = {
  en: 'Settings 1, Profile 1, Skills 3, Score history 2, Offers 2, Journal 3, Goals 2, Tax and market settings 1, Rule changes 1',
  'zh-CN':
    '设置 1、个人资料 1、技能 3、评分历史 2、Offer 2、日志 3、目标 2、个税与市场设置 1、规则调整 1',
} as const

for (const language of ['en', 'zh-CN'] as const) {
  describe(`the import's summary, ${language}`, () => {
    it('names every table the file holds, goals, profile and score history included', async () => {
      const i18n = await createI18n(language)
      render(
        <I18nextProvider i18n={i18n}>
          <ImportConfirm
            fileName="v2-export.json"
            document={exported}
            stored={[]}
            keptForUndo={false}
            onChoose={() => undefined}
            onCancel={() => undefined}
          />
        </I18nextProvider>,
      )
      const summary = screen.getByRole('group').querySelector('p')?.textContent ?? ''
      expect(summary).toContain(said[language])
    })
  })
}
