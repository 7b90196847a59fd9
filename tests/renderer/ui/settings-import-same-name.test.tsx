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
 * Trial 19: a merge of records typed on two computers kept both copies of each (right: merge
 * matches by id), told only "17 added" before and after. The confirm step says it before the
 * choice, table by table, and the Merge button, which has the focus, is described by it.
 */
const exported = checkImportText(
  readFileSync(resolve('tests/fixtures/exports/v2-export.json'), 'utf8'),
)

const said = {
  en: 'In the file, 8 skills, 3 offers (same company and role) and 5 journal entries (same date and title) have the same names as ones on this computer but are separate records (typed on each computer, say): merging keeps both copies of each, as a merge matches records by their ID, not their name. Replace keeps only the file’s.',
  'zh-CN':
    '文件中有 8 项技能、3 个 offer（公司和职位相同）和 5 条日志（日期和标题相同）与本机已有的同名，但属于另外录入的记录（例如在两台电脑上各录了一遍）：合并按 ID 而不是名称匹配记录，两份都会保留。“全部替换”则只保留文件中的。',
} as const
const one = {
  en: 'In the file, 1 goal has the same name as one on this computer',
  'zh-CN': '文件中有 1 个目标与本机已有的同名，但属于另外录入的记录',
} as const

async function confirmWith(
  language: 'en' | 'zh-CN',
  sameName: { table: 'skills' | 'offers' | 'journal' | 'goals'; count: number }[],
) {
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <ImportConfirm
        fileName="other-computer.json"
        document={exported}
        stored={[{ table: 'skills', count: 8 }]}
        sameName={sameName}
        keptForUndo={false}
        onChoose={() => undefined}
        onCancel={() => undefined}
      />
    </I18nextProvider>,
  )
}

for (const language of ['en', 'zh-CN'] as const) {
  describe(`the import's same-name warning, ${language}`, () => {
    it('says, table by table, that merging keeps both copies', async () => {
      await confirmWith(language, [
        { table: 'skills', count: 8 },
        { table: 'offers', count: 3 },
        { table: 'journal', count: 5 },
      ])
      expect(screen.getByTestId('same-name').textContent).toBe(said[language])
      const merge = screen.getAllByRole('button')[0]
      expect(merge?.getAttribute('aria-describedby')).toBe('import-same-name')
    })

    it('says one record in the singular', async () => {
      await confirmWith(language, [{ table: 'goals', count: 1 }])
      expect(screen.getByTestId('same-name').textContent).toContain(one[language])
    })

    it('says nothing where no record has a namesake', async () => {
      await confirmWith(language, [])
      expect(screen.queryByTestId('same-name')).toBeNull()
      expect(screen.getAllByRole('button')[0]?.hasAttribute('aria-describedby')).toBe(false)
    })
  })
}
