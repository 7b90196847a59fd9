// @vitest-environment happy-dom
import { act, cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { saveRulesetOverrides } from '../../../../renderer/data/repositories/ruleset-overrides'
import { OVERRIDES_FILE_FORMAT } from '../../../../renderer/data/transfer/overrides-file'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { barStatus, clickButton, closeAll, filePlatform, renderRules } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

/**
 * The tier box contradicted itself (new-user trial): "Saved “tidemark-rules-….json”" stayed
 * beside "Unsaved changes" while editing went on, and the file held none of those changes;
 * with nothing changed Export wrote an empty file without a word; re-importing the rules
 * already saved said "save to keep them" beside a disabled Save.
 */
const CASES = [
  {
    language: 'en',
    classLabel: 'NLP algorithms: premium class',
    pointsLabel: 'Class S: points at level 4',
    exportButton: 'Export changes…',
    importButton: 'Import changes…',
    save: 'Save changes',
    nothing: 'Nothing to export: every rule is at its default. No file was written.',
    nothingSaved:
      'Nothing to export yet: the file holds saved changes only, and none are saved. Save your changes, then export them.',
    exportedNotUnsaved: (file: string) =>
      `Exported 1 saved change to “${file}”. Your unsaved changes are not in it: save them, then export again to include them.`,
    exported: (file: string) => `Exported 1 saved change to “${file}”.`,
    same: 'Read “same.json”: these are the rules already saved and in use, so there is nothing to save.',
    replace: 'Replace my unsaved changes',
  },
  {
    language: 'zh-CN',
    classLabel: 'NLP 算法：溢价等级',
    pointsLabel: 'S 类：4 级分值',
    exportButton: '导出修改…',
    importButton: '导入修改…',
    save: '保存修改',
    nothing: '没有可导出的内容：所有规则都是默认值，没有写出文件。',
    nothingSaved:
      '暂时没有可导出的内容：文件只包含已保存的修改，而你还没有保存任何修改。请先保存，再导出。',
    exportedNotUnsaved: (file: string) =>
      `已把 1 处已保存的修改导出到“${file}”。未保存的修改不在其中：请先保存，再导出一次。`,
    exported: (file: string) => `已把 1 处已保存的修改导出到“${file}”。`,
    same: '已读取“same.json”：与已保存、正在使用的规则相同，无需保存。',
    replace: '替换未保存的修改',
  },
] as const

const SAVED = { skillDomains: [{ id: 'nlp', premiumClass: 'S' }] }
const SAME_FILE = JSON.stringify({
  format: OVERRIDES_FILE_FORMAT,
  version: 1,
  rulesetVersion: DEFAULT_RULESET.version,
  overrides: SAVED,
})

async function choose(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
    await Promise.resolve()
  })
}

describe('the Rules screen’s notes about files', () => {
  for (const c of CASES) {
    it(`say what the file holds and do not outlive the next edit, ${c.language}`, async () => {
      const files = filePlatform({ status: 'opened', fileName: 'same.json', contents: SAME_FILE })
      const { db } = await renderRules({ language: c.language, platform: files.platform })

      // Nothing changed: no empty file, and it says why.
      await clickButton(c.exportButton)
      expect(files.saveTextFile).not.toHaveBeenCalled()
      expect(barStatus()).toBe(c.nothing)
      // Changed but not saved: still nothing to export, and what to do.
      await choose(c.classLabel, 'S')
      await clickButton(c.exportButton)
      expect(files.saveTextFile).not.toHaveBeenCalled()
      expect(barStatus()).toBe(c.nothingSaved)

      await saveRulesetOverrides(db, SAVED)
      await waitFor(() => {
        expect(screen.getByRole<HTMLButtonElement>('button', { name: c.save }).disabled).toBe(true)
      })
      await clickButton(c.exportButton)
      const fileName = files.saveTextFile.mock.calls[0]?.[0] ?? ''
      expect(barStatus()).toBe(c.exported(fileName))
      // An edit after the export: the note about the file goes, "Unsaved changes" stays alone.
      await choose(c.pointsLabel, '60')
      expect(barStatus()).toBe('')
      await clickButton(c.exportButton)
      expect(barStatus()).toBe(c.exportedNotUnsaved(fileName))
      await choose(c.pointsLabel, '61')
      expect(barStatus()).toBe('')

      // The very rules saved, read again over the edit (asked first: trial 32 #1): nothing to
      // save, and Save stays off.
      await clickButton(c.importButton)
      await clickButton(c.replace)
      await waitFor(() => {
        expect(barStatus()).toBe(c.same)
      })
      expect(screen.getByRole<HTMLButtonElement>('button', { name: c.save }).disabled).toBe(true)
    })
  }
})
