// @vitest-environment happy-dom
import { act, cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { saveRulesetOverrides } from '../../../../renderer/data/repositories/ruleset-overrides'
import { OVERRIDES_FILE_FORMAT } from '../../../../renderer/data/transfer/overrides-file'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import {
  barStatus,
  clickButton,
  closeAll,
  filePlatform,
  opened,
  renderRules,
  seed,
} from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

/**
 * "Unsaved changes" stood beside a screen that said no rule was changed: saved rules that set a
 * field to the article's own value (an imported file can) read "Saved rules: none changed",
 * and a field edited away and back to that value left "Unsaved changes" and an enabled Save,
 * though saving would change nothing. A file that changes no rule, read over saved changes,
 * said "0 changes" beside "Unsaved changes". The two now agree: unsaved means a rule in effect
 * would change, and a file with no change says what saving it does.
 */
const CASES = [
  {
    language: 'en',
    classLabel: 'NLP algorithms: premium class',
    noneSaved:
      'Saved rules: none changed; each is the article’s, or Tidemark’s assumption where the article gives no number.',
    unsaved: 'Unsaved changes',
    save: 'Save changes',
    importButton: 'Import changes…',
    importedNone:
      'Read “article.json”: it changes no rule from its default. Saving it puts your 1 saved change back to its default; or discard it.',
  },
  {
    language: 'zh-CN',
    classLabel: 'NLP 算法：溢价等级',
    noneSaved: '已保存的规则均未改动：有的出自文章，文章没有给出数字的，则是潮位的假设。',
    unsaved: '有未保存的修改',
    save: '保存修改',
    importButton: '导入修改…',
    importedNone:
      '已读取“article.json”：它没有改动任何规则。保存后，你已保存的 1 处修改将恢复为默认值；也可以放弃。',
  },
] as const

async function choose(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
    await Promise.resolve()
  })
}

function saveButton(name: string): HTMLButtonElement {
  return screen.getByRole('button', { name })
}

describe('“Unsaved changes” and the count of changed rules', () => {
  for (const c of CASES) {
    it(`agree when a field goes back to a saved value that is the article’s, ${c.language}`, async () => {
      const db = new TidemarkDatabase(`rules-agree-${crypto.randomUUID()}`)
      opened.push(db)
      await db.open()
      await seed(db)
      // NLP is class A in the article: saved as A, it changes nothing.
      await saveRulesetOverrides(db, { skillDomains: [{ id: 'nlp', premiumClass: 'A' }] })
      await renderRules({ language: c.language, db })
      expect(screen.getByText(c.noneSaved)).toBeTruthy()
      expect(screen.queryByText(c.unsaved)).toBeNull()

      await choose(c.classLabel, 'S')
      expect(screen.getByText(c.unsaved)).toBeTruthy()
      expect(saveButton(c.save).disabled).toBe(false)

      await choose(c.classLabel, 'A')
      expect(screen.getByText(c.noneSaved)).toBeTruthy()
      expect(screen.queryByText(c.unsaved)).toBeNull()
      expect(saveButton(c.save).disabled).toBe(true)
    })

    it(`agree when a file with no change is read over saved changes, ${c.language}`, async () => {
      const file = JSON.stringify({
        format: OVERRIDES_FILE_FORMAT,
        version: 1,
        rulesetVersion: DEFAULT_RULESET.version,
        overrides: {},
      })
      const files = filePlatform({ status: 'opened', fileName: 'article.json', contents: file })
      const { db } = await renderRules({ language: c.language, platform: files.platform })
      await saveRulesetOverrides(db, { skillDomains: [{ id: 'nlp', premiumClass: 'S' }] })
      await waitFor(() => {
        expect(screen.queryByText(c.noneSaved)).toBeNull()
      })

      await clickButton(c.importButton)
      await waitFor(() => {
        expect(barStatus()).toBe(c.importedNone)
      })
      // Saving it would reset the saved change: that is an unsaved change, and Save does it.
      expect(screen.getByText(c.unsaved)).toBeTruthy()
      expect(saveButton(c.save).disabled).toBe(false)
    })
  }
})
