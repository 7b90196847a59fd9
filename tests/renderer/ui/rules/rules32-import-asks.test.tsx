// @vitest-environment happy-dom
import { cleanup, configure, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { OVERRIDES_FILE_FORMAT } from '../../../../renderer/data/transfer/overrides-file'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { PlatformError } from '../../../../renderer/platform'
import {
  barStatus,
  clickButton,
  closeAll,
  filePlatform,
  renderRules,
  typeInto,
} from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

/**
 * Importing a rules file threw away unsaved edits without a word (new-user trial 32 #1): S 50
 * → 60, unsaved, then a valid file, and the 60 was gone under "the same as the rules saved,
 * nothing to save". With edits unsaved the screen now asks first, as Reset all does; keeping
 * them imports nothing and says so.
 */
const FILE = JSON.stringify({
  format: OVERRIDES_FILE_FORMAT,
  version: 1,
  rulesetVersion: DEFAULT_RULESET.version,
  overrides: { skillDomains: [{ id: 'nlp', premiumClass: 'S' }] },
})

const CASES = [
  {
    language: 'en',
    pointsLabel: 'Class S: points at level 4',
    classLabel: 'NLP algorithms: premium class',
    importButton: 'Import changes…',
    asked:
      'Use the rules in “rules.json” instead of the ones you are editing? Your unsaved changes would be lost.',
    replace: 'Replace my unsaved changes',
    keep: 'Keep my changes',
    kept: 'Did not import “rules.json”: your unsaved changes are as you left them.',
    imported:
      'Read “rules.json”: 1 change. Its effect shows above; save to keep it, or discard it.',
  },
  {
    language: 'zh-CN',
    pointsLabel: 'S 类：4 级分值',
    classLabel: 'NLP 算法：溢价等级',
    importButton: '导入修改…',
    asked: '要用“rules.json”中的规则替换你正在编辑的规则吗？未保存的修改将会丢失。',
    replace: '替换未保存的修改',
    keep: '保留我的修改',
    kept: '没有导入“rules.json”：你未保存的修改保持原样。',
    imported: '已读取“rules.json”：1 处修改。上方已显示其影响；保存即可保留，也可以放弃。',
  },
] as const

const value = (label: string) => screen.getByLabelText<HTMLInputElement>(label).value

describe('importing a rules file over unsaved edits', () => {
  for (const c of CASES) {
    it(`asks before replacing them, ${c.language}`, async () => {
      const files = filePlatform({ status: 'opened', fileName: 'rules.json', contents: FILE })
      await renderRules({ language: c.language, platform: files.platform })
      await typeInto(c.pointsLabel, '60')

      await clickButton(c.importButton)
      const question = await screen.findByRole('group', { name: c.asked })
      expect(question).toBeTruthy()
      await waitFor(() => {
        // On "Keep": a stray Enter keeps the edits (review 33 L6).
        expect(document.activeElement?.textContent).toBe(c.keep)
      })
      // Nothing is replaced while the question stands.
      expect(value(c.pointsLabel)).toBe('60')
      expect(value(c.classLabel)).not.toBe('S')

      await clickButton(c.keep)
      expect(screen.queryByRole('group', { name: c.asked })).toBeNull()
      expect(value(c.pointsLabel)).toBe('60')
      expect(barStatus()).toBe(c.kept)
      await waitFor(() => {
        expect(document.activeElement?.textContent).toBe(c.importButton)
      })

      // Asked again, replaced: the file's rules are the draft now, and it says what they are.
      await clickButton(c.importButton)
      await screen.findByRole('group', { name: c.asked })
      await clickButton(c.replace)
      expect(value(c.pointsLabel)).toBe('50')
      expect(value(c.classLabel)).toBe('S')
      expect(barStatus()).toBe(c.imported)
    })
  }

  it('takes the question away when the edits are discarded meanwhile (review 33 L3)', async () => {
    const files = filePlatform({ status: 'opened', fileName: 'rules.json', contents: FILE })
    await renderRules({ language: 'en', platform: files.platform })
    await typeInto('Class S: points at level 4', '60')
    await clickButton('Import changes…')
    await screen.findByRole('group', { name: CASES[0].asked })
    await clickButton('Discard')
    await waitFor(() => {
      expect(screen.queryByRole('group', { name: CASES[0].asked })).toBeNull()
    })
  })

  it('reads a file saved as UTF-16, as the other imports do (review 33 M2)', async () => {
    // Windows Notepad's "Unicode": UTF-16LE with its mark, handed over as bytes.
    const units = [0xfeff, ...Array.from({ length: FILE.length }, (_, at) => FILE.charCodeAt(at))]
    const bytes = new Uint8Array(new Uint16Array(units).buffer).buffer
    const files = filePlatform({ status: 'opened', fileName: 'rules.json', contents: FILE })
    files.platform.openDataFile = () =>
      Promise.resolve({ status: 'opened', fileName: 'rules.json', contents: bytes })
    // What the browser's strict UTF-8 text reading answers for it.
    files.platform.openTextFile = () =>
      Promise.reject(new PlatformError({ code: 'file-not-text', detail: 'rules.json' }))
    await renderRules({ language: 'en', platform: files.platform })
    await clickButton('Import changes…')
    await waitFor(() => {
      expect(value('NLP algorithms: premium class')).toBe('S')
    })
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
