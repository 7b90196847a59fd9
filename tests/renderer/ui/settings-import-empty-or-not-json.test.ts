import { describe, expect, it } from 'vitest'
import { checkImportText } from '../../../renderer/data/transfer/import'
import { ImportRefused, type ImportProblem } from '../../../renderer/data/transfer/import-problems'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
import { importProblemText } from '../../../renderer/ui/screens/settings/import-problem-text'

/**
 * New-user trial 22 #5: an empty file and a CSV were "not valid JSON … perhaps it was cut short
 * or edited by hand", which sends the user looking for a cut that is not there.
 */
function problemOf(text: string): ImportProblem {
  try {
    checkImportText(text)
  } catch (error) {
    if (error instanceof ImportRefused) return error.problem
    throw error
  }
  throw new Error('not refused')
}

describe('a file that is empty, or no JSON object at all', () => {
  it.each([
    [
      'en',
      'The file is empty. Nothing was changed.',
      'This is not a Tidemark export file. Nothing was changed.',
    ],
    ['zh-CN', '文件是空的。没有任何数据被改动。', '这不是潮位的导出文件。没有任何数据被改动。'],
  ] as const)('is said for what it is (%s)', async (language, empty, notExport) => {
    const { t } = await createI18n(language)
    expect(importProblemText(t, problemOf(''))).toBe(empty)
    expect(importProblemText(t, problemOf(' \n\t\n'))).toBe(empty)
    expect(importProblemText(t, problemOf('\uFEFF'))).toBe(empty)
    expect(importProblemText(t, problemOf('date,title\n2026-11-01,面试\n'))).toBe(notExport)
    expect(importProblemText(t, problemOf('# My notes'))).toBe(notExport)
  })

  it('still says where a cut or edited export breaks', () => {
    expect(problemOf('{"format": "tidemark", "vers')).toMatchObject({ code: 'not-json', line: 1 })
  })
})
