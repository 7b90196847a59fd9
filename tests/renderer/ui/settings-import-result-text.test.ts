import { describe, expect, it } from 'vitest'
import { EXPORT_TABLES } from '../../../renderer/data/transfer/export-format'
import type { ImportCounts, TableCounts } from '../../../renderer/data/transfer/import'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
import { importResultText } from '../../../renderer/ui/screens/settings/import-result-text'

/**
 * An import's result in one sentence (new-user trial, M5): a merge said "0 updated, 17
 * unchanged" while it kept 2 records of the app's that differ from the file's, being newer; a
 * replace said "17 added … 17 removed" for a file that differed in 2 records. Worded for a user
 * with two computers (the file comes from the other): the stored copy is "this computer's",
 * not "yours" nor "newer in Tidemark", which the file's copy is as well.
 */

function counts(byTable: Partial<Record<keyof ImportCounts, Partial<TableCounts>>>): ImportCounts {
  const zero = {
    added: 0,
    updated: 0,
    unchanged: 0,
    keptNewer: 0,
    keptSameTime: 0,
    replaced: 0,
    removed: 0,
  }
  return Object.fromEntries(
    EXPORT_TABLES.map((name) => [name, { ...zero, ...byTable[name] }]),
  ) as ImportCounts
}

const TRIAL_MERGE = counts({
  profile: { unchanged: 1 },
  skills: { keptNewer: 1, unchanged: 5 },
  offers: { keptNewer: 1, unchanged: 9 },
})
const TRIAL_REPLACE = counts({
  profile: { unchanged: 1 },
  skills: { updated: 1, unchanged: 5 },
  offers: { updated: 1, unchanged: 9 },
})

describe('importResultText', () => {
  it('says the records kept because this computer’s copies are newer apart from the unchanged ones', async () => {
    const en = await createI18n('en')
    expect(
      importResultText(en.t, 'en', { fileName: 'f.json', mode: 'merge', counts: TRIAL_MERGE }),
    ).toBe(
      'Merged “f.json”, 17 records: 2 kept as they are on this computer (changed here after the file’s copies were saved), 15 unchanged.',
    )
    const zh = await createI18n('zh-CN')
    expect(
      importResultText(zh.t, 'zh-CN', { fileName: 'f.json', mode: 'merge', counts: TRIAL_MERGE }),
    ).toBe('已合并“f.json”，共 17 条记录：保留本机的 2 条（本机的版本较新），未变 15 条。')
  })

  it('says which records a replace changes, not all removed and all added', async () => {
    const en = await createI18n('en')
    expect(
      importResultText(en.t, 'en', { fileName: 'f.json', mode: 'replace', counts: TRIAL_REPLACE }),
    ).toBe(
      'Replaced your data with “f.json”, 17 records: 2 updated (this computer’s copies differed; now the file’s), 15 unchanged (the same as this computer’s).',
    )
    const zh = await createI18n('zh-CN')
    expect(
      importResultText(zh.t, 'zh-CN', {
        fileName: 'f.json',
        mode: 'replace',
        counts: TRIAL_REPLACE,
      }),
    ).toBe(
      '已用“f.json”替换你的数据，共 17 条记录：更新 2 条（与本机的不同，现为文件中的），未变 15 条（与本机的相同）。',
    )
  })

  it('tells records kept at the same time with other content apart from unchanged ones (en, zh-CN)', async () => {
    const tie = counts({ skills: { keptSameTime: 1, unchanged: 5 }, offers: { keptSameTime: 2 } })
    const en = await createI18n('en')
    expect(importResultText(en.t, 'en', { fileName: 'd.json', mode: 'merge', counts: tie })).toBe(
      'Merged “d.json”, 8 records: 3 kept as they are on this computer (saved at the same time as the file’s copies, with other content), 5 unchanged.',
    )
    const one = counts({ skills: { keptSameTime: 1 } })
    expect(importResultText(en.t, 'en', { fileName: 'e.json', mode: 'merge', counts: one })).toBe(
      'Merged “e.json”, 1 record: 1 kept as it is on this computer (saved at the same time as the file’s copy, with other content).',
    )
    const zh = await createI18n('zh-CN')
    expect(
      importResultText(zh.t, 'zh-CN', { fileName: 'd.json', mode: 'merge', counts: tie }),
    ).toBe(
      '已合并“d.json”，共 8 条记录：保留本机的 3 条（与文件中的保存时间相同、内容不同），未变 5 条。',
    )
  })

  it('is plural-correct and writes numbers as the interface does', async () => {
    const en = await createI18n('en')
    const one = counts({ skills: { updated: 1 }, journal: { removed: 12_000 } })
    expect(importResultText(en.t, 'en', { fileName: 'a.json', mode: 'replace', counts: one })).toBe(
      'Replaced your data with “a.json”, 1 record: 1 updated (this computer’s copy differed; now the file’s). 12,000 records removed from this computer (not in the file).',
    )
    const merged = counts({ journal: { added: 50_000 } })
    expect(
      importResultText(en.t, 'en', { fileName: 'b.json', mode: 'merge', counts: merged }),
    ).toBe('Merged “b.json”, 50,000 records: 50,000 added.')
    expect(
      importResultText(en.t, 'en', { fileName: 'c.json', mode: 'merge', counts: counts({}) }),
    ).toBe('Merged “c.json”, 0 records: nothing changed.')
    const newerHere = counts({ goals: { keptNewer: 1 } })
    expect(
      importResultText(en.t, 'en', { fileName: 'g.json', mode: 'merge', counts: newerHere }),
    ).toBe(
      'Merged “g.json”, 1 record: 1 kept as it is on this computer (changed here after the file’s copy was saved).',
    )
  })
})

/**
 * Trial 32 (B13): "12 records: 3 differed…, 9 the same…, 1 removed" summed to 13, and the
 * table said "Updated" where the sentence said "differed". The file's records add up to their
 * count; those removed from this computer are told apart; the sentence says the table's words.
 */
describe('a replace’s result', () => {
  const TRIAL_32 = counts({
    settings: { unchanged: 1 },
    profile: { updated: 1 },
    skills: { unchanged: 3, removed: 1 },
    skillSnapshots: { updated: 1 },
    journal: { unchanged: 4 },
    goals: { updated: 1, unchanged: 1 },
  })

  it('counts the file’s records, and the removed ones apart (en, zh-CN)', async () => {
    const en = await createI18n('en')
    expect(
      importResultText(en.t, 'en', { fileName: 'B.json', mode: 'replace', counts: TRIAL_32 }),
    ).toBe(
      'Replaced your data with “B.json”, 12 records: 3 updated (this computer’s copies differed; now the file’s), 9 unchanged (the same as this computer’s). 1 record removed from this computer (not in the file).',
    )
    const zh = await createI18n('zh-CN')
    expect(
      importResultText(zh.t, 'zh-CN', { fileName: 'B.json', mode: 'replace', counts: TRIAL_32 }),
    ).toBe(
      '已用“B.json”替换你的数据，共 12 条记录：更新 3 条（与本机的不同，现为文件中的），未变 9 条（与本机的相同）。另从本机删除 1 条（文件中没有）。',
    )
  })

  it('says a file with no records as such, not “nothing changed” beside the removed ones', async () => {
    const en = await createI18n('en')
    const emptied = counts({ skills: { removed: 2 } })
    expect(
      importResultText(en.t, 'en', { fileName: 'e.json', mode: 'replace', counts: emptied }),
    ).toBe(
      'Replaced your data with “e.json”, which holds no records. 2 records removed from this computer (not in the file).',
    )
  })

  it('names each count with its column’s word in the result table (en, zh-CN)', async () => {
    const every = counts({
      skills: { added: 1, updated: 1, unchanged: 1, replaced: 1, removed: 1 },
    })
    for (const language of ['en', 'zh-CN'] as const) {
      const { t } = await createI18n(language)
      const sentence = importResultText(t, language, {
        fileName: 'f.json',
        mode: 'replace',
        counts: every,
      }).toLowerCase()
      for (const column of [
        'data.added',
        'data.updated',
        'data.unchanged',
        'data.replaced',
        'settings.transfer.removed',
      ] as const) {
        // The column's word, before what qualifies it ("Replaced, not compared").
        const word = t(column).toLowerCase().split(/[,，]/)[0] ?? ''
        expect(sentence).toContain(word)
      }
    }
  })
})
