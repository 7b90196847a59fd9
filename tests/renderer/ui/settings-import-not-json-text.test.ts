import { describe, expect, it } from 'vitest'
import { checkImportText } from '../../../renderer/data/transfer/import'
import { ImportRefused, type ImportProblem } from '../../../renderer/data/transfer/import-problems'
import { createI18n, type UiLanguage } from '../../../renderer/ui/i18n/i18n'
import { importProblemText } from '../../../renderer/ui/screens/settings/import-problem-text'
import { generateExport } from '../../helpers/export-generator'

/**
 * A file that is not JSON (most often one cut short) was refused in the parser's English
 * («Unexpected end of JSON input», «Expected ',' or '}' after property value in JSON at
 * position 146») in the Chinese interface too. Now: plain words in the interface's language,
 * and the line where the file breaks.
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

const exported = generateExport(3, 5).text
/** Cut short inside its 14th line. */
const cutShort = exported.slice(0, exported.indexOf('"gen-000001"'))
/** A comma taken out at the end of line 3: the parser stops on line 4. */
const commaMissing = exported.replace(/("version": \d+),/, '$1')

const expected: Record<UiLanguage, { line: (line: number) => string; noLine: string }> = {
  en: {
    line: (line) =>
      `The file is not valid JSON: it breaks on line ${String(line)} (perhaps it was cut short or edited by hand). Nothing was changed.`,
    noLine:
      'The file is not valid JSON (perhaps it was cut short or edited by hand). Nothing was changed.',
  },
  'zh-CN': {
    line: (line) =>
      `文件不是有效的 JSON：第 ${String(line)} 行出错（可能不完整，或被手动改过）。没有任何数据被改动。`,
    noLine: '文件不是有效的 JSON（可能不完整，或被手动改过）。没有任何数据被改动。',
  },
}

describe('a file that is not JSON, in plain words', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`says the line where it breaks, in ${language}, without the parser's English`, async () => {
      const { t } = await createI18n(language)
      const cut = importProblemText(t, problemOf(cutShort))
      expect(cut).toBe(expected[language].line(14))
      expect(importProblemText(t, problemOf(commaMissing))).toBe(expected[language].line(4))
      // Where the parser names no place (nesting past its stack), the sentence without a line.
      const noPlace = importProblemText(t, {
        code: 'not-json',
        detail: 'Maximum call stack size exceeded',
      })
      expect(noPlace).toBe(expected[language].noLine)
      for (const text of [cut, noPlace]) {
        expect(text).not.toMatch(/Unexpected|Expected|position|Maximum|Details|详情/)
      }
    })
  }
})
