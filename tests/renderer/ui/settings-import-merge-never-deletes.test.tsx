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
 * New-user trial 22: a merge brought back an entry just deleted on this computer and counted it
 * "added"; the choice's words said what a merge takes, not that it never deletes (only
 * docs/export-format.md did, which the user never sees).
 */
const exported = checkImportText(
  readFileSync(resolve('tests/fixtures/exports/v2-export.json'), 'utf8'),
)

describe('the import choice says a merge never deletes', () => {
  it.each([
    ['en', 'it never deletes, so a record you deleted here comes back if the file has it'],
    ['zh-CN', '合并不会删除任何记录，所以在本机删掉的记录，如果文件里还有，会重新出现'],
  ] as const)('%s', async (language, words) => {
    render(
      <I18nextProvider i18n={await createI18n(language)}>
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
    expect(screen.getByText((text) => text.includes(words))).toBeTruthy()
  })
})
