// @vitest-environment happy-dom
import { cleanup, configure, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { OVERRIDES_FILE_FORMAT } from '../../../../renderer/data/transfer/overrides-file'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { clickButton, closeAll, filePlatform, renderRules, typeInto } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

/**
 * The Rules screen's refusals were the validator's and the parser's words, English values in
 * the Chinese UI: "NLP 算法 (nlp) · premiumClass：无效选项：期望以下之一 "S"|"A"|"B"|"C"",
 * "risk.levels.mediumFrom：数值过小：期望 number >=0", "Expected ',' or '}' after property value in
 * JSON at position 146" (new-user trial). They now name the field as the screen does, say what
 * it takes, and what to do.
 */
const VALUES = JSON.stringify({
  format: OVERRIDES_FILE_FORMAT,
  version: 1,
  rulesetVersion: DEFAULT_RULESET.version,
  overrides: {
    skillDomains: [
      { id: 'nlp', premiumClass: 'Z' },
      { id: 'cooking', premiumClass: 'S' },
    ],
    risk: { levels: { mediumFrom: -5 } },
  },
})
/** Cut short on its fourth line. */
const CUT_SHORT = [
  '{',
  '  "format": "tidemark-ruleset-overrides", "version": 1,',
  `  "rulesetVersion": ${String(DEFAULT_RULESET.version)}, "overrides": {`,
  '    "skillDomains": [ { "id": "nlp", "premiumClass": "S" ',
].join('\n')

const CASES = [
  {
    language: 'en',
    importButton: 'Import changes…',
    values: [
      'Skill domains: There is no rule “cooking” in this version of the rules.',
      'NLP algorithms: premium class: Choose one of S, A, B, C.',
      'Medium from: Enter a number from 0 to 100.',
    ],
    cutShort:
      'The file is cut short or is not valid JSON (near line 4). Export it again from Tidemark, or choose another file.',
    classS: 'Class S: points at level 4',
    typed: 'Enter a number from 0 to 100.',
  },
  {
    language: 'zh-CN',
    importButton: '导入修改…',
    values: [
      '技能方向：当前版本的规则中没有“cooking”。',
      'NLP 算法：溢价等级：应为 S、A、B、C 之一。',
      '中风险起点：应为 0 到 100 之间的数。',
    ],
    cutShort: '文件不完整，或不是有效的 JSON（第 4 行附近）：请从潮位重新导出，或换一个文件。',
    classS: 'S 类：4 级分值',
    typed: '应为 0 到 100 之间的数。',
  },
] as const

describe('refusals on the Rules screen', () => {
  for (const c of CASES) {
    it(`name the field and what it takes, in plain words, ${c.language}`, async () => {
      const files = filePlatform(
        { status: 'opened', fileName: 'values.json', contents: VALUES },
        { status: 'opened', fileName: 'cut.json', contents: CUT_SHORT },
      )
      await renderRules({ language: c.language, platform: files.platform })

      await clickButton(c.importButton)
      const alert = await screen.findByRole('alert')
      const lines = [...alert.querySelectorAll('li')].map((line) => line.textContent)
      expect(lines).toEqual(c.values)
      // No path, no zod wording, no id beside a name.
      expect(alert.textContent).not.toMatch(/risk\.levels|premiumClass|\(nlp\)|expected|期望/i)

      await clickButton(c.importButton)
      await waitFor(() => {
        expect(screen.getByRole('alert').textContent).toContain(c.cutShort)
      })
      expect(screen.getByRole('alert').textContent).not.toMatch(/position|Expected/)

      // Typed in a field: the same words beside it and in the bar's summary.
      await typeInto(c.classS, '-5')
      const field = screen.getByLabelText<HTMLInputElement>(c.classS)
      const notes = (field.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
      expect(notes).toContain(c.typed)
      expect(document.querySelector('.rules-issue-summary li')?.textContent).toBe(
        `${c.classS}${c.language === 'en' ? ': ' : '：'}${c.typed}`,
      )
    })
  }
})
