import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkImportText } from '../../../renderer/data/transfer/import'
import { ImportRefused } from '../../../renderer/data/transfer/import-problems'
import { OVERRIDES_FILE_FORMAT } from '../../../renderer/data/transfer/overrides-file'
import { createI18n, type UiLanguage } from '../../../renderer/ui/i18n/i18n'
import { setZodLocale } from '../../../renderer/ui/i18n/zod-locale'
import { importProblemText } from '../../../renderer/ui/screens/settings/import-problem-text'
import { looksLikeRulesFile } from '../../../renderer/ui/screens/settings/rules-file-hint'
import { generateExport } from '../../helpers/export-generator'

/**
 * An import's refusal in plain words (new-user trial, medium): 「字段“title”：无效输入：期望
 * string，实际接收 undefined」 and `"learning"|"project"|…` left in English. Now the record, the
 * field by its name on screen, and what it should be, in the interface's words.
 */

/** A generated export with the trial's three faults: a level above 4, a kind Tidemark does not
 *  know, a journal entry without its title. */
function badRecords(): string {
  const file = JSON.parse(generateExport(4, 9).text) as {
    data: { skills: Record<string, unknown>[]; journal: Record<string, unknown>[] }
  }
  file.data.skills.push({
    id: 'too-high',
    name: '后端与数据',
    domain: 'cs-data-foundations',
    level: 7,
    evidence: ['production'],
    createdAt: '2026-10-06T02:42:55.615Z',
    updatedAt: '2026-10-06T02:42:55.615Z',
  })
  const journal = file.data.journal
  if (journal[2]) journal[2]['kind'] = 'cooking'
  if (journal[3]) delete journal[3]['title']
  return JSON.stringify(file)
}

async function refusal(language: UiLanguage): Promise<string> {
  const i18n = await createI18n(language)
  setZodLocale(language)
  try {
    checkImportText(badRecords())
  } catch (error) {
    if (error instanceof ImportRefused) return importProblemText(i18n.t, error.problem)
    throw error
  }
  throw new Error('not refused')
}

describe('import refusals in plain words', () => {
  it('in Chinese: 日志第 4 条缺少“标题”, kinds in the screen’s words, what to do', async () => {
    const text = await refusal('zh-CN')
    expect(text).toContain('日志第 4 条（“2024-12-31”）缺少“标题”：应为一段文字。')
    expect(text).toContain(
      '日志第 3 条（“2025-08-09 · Log 2”）的“类型”无效：应为以下之一：学习、项目、',
    )
    expect(text).toContain('技能第 1 条（“后端与数据”）的“等级”无效：应为介于 0 到 4 之间的整数。')
    expect(text).toContain('请从潮位重新导出这个文件，或改正文件中的这些地方后再导入。')
    expect(text).not.toMatch(/undefined|string|"learning"|期望/)
  })

  it('in English alike', async () => {
    const text = await refusal('en')
    expect(text).toContain(
      'Journal, record 4 (“2024-12-31”): “Title” is missing; it should be a text.',
    )
    expect(text).toContain(
      'Journal, record 3 (“2025-08-09 · Log 2”): “Kind” is not valid; it should be one of Learning, Project, ',
    )
    expect(text).toContain(
      'Skills, record 1 (“后端与数据”): “Level” is not valid; it should be a whole number from 0 to 4.',
    )
    expect(text).not.toMatch(/undefined|expected|"learning"/)
  })

  it('knows a rules file by its format, from its start, as text or bytes', () => {
    const rules = JSON.stringify({ format: OVERRIDES_FILE_FORMAT, version: 1, overrides: {} })
    expect(looksLikeRulesFile(rules)).toBe(true)
    expect(looksLikeRulesFile(new TextEncoder().encode(rules).buffer)).toBe(true)
    expect(looksLikeRulesFile(readFileSync('package.json', 'utf8'))).toBe(false)
  })
})
