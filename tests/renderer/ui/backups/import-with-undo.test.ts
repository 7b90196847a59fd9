import OpenCC from 'opencc-js/t2cn'
import { describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { startInProcessSearch } from '../../../../renderer/data/search/in-process-search'
import { exportDocument } from '../../../../renderer/data/transfer/export'
import type { JournalSearch } from '../../../../renderer/data/search/search-client'
import { checkImportText } from '../../../../renderer/data/transfer/import'
import type { BackupReason, PlatformBackups } from '../../../../renderer/platform'
import { importWithUndo } from '../../../../renderer/ui/screens/settings/import-with-undo'
import { generateExport } from '../../../helpers/export-generator'

const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

function backupsThat(fail: boolean) {
  const written: { reason: BackupReason; contents: string }[] = []
  const backups: PlatformBackups = {
    write: (contents, reason) => {
      if (fail) return Promise.reject(new Error('disk full'))
      written.push({ reason, contents })
      return Promise.resolve({ fileName: `b${written.length}.json` })
    },
    list: () => Promise.resolve({ backups: [], folder: '/data/backups' }),
    read: () => Promise.reject(new Error('none')),
    onRequested: () => () => undefined,
  }
  return { backups, written }
}

async function setting() {
  const db = new TidemarkDatabase(`undo-${crypto.randomUUID()}`)
  await saveSkill(db, { name: 'kept before', domain: 'nlp', level: 2 })
  const other = new TidemarkDatabase(`undo-source-${crypto.randomUUID()}`)
  await saveSkill(other, { name: 'from the file', domain: 'fine-tuning', level: 3 })
  const document = checkImportText(await exportDocument(other, { version: 't', now: new Date() }))
  await other.delete()
  return { db, document, search: startInProcessSearch(db, fold) }
}

const names = async (db: TidemarkDatabase) =>
  (await db.skills.toArray()).map((skill) => skill.name).sort()

describe('importWithUndo', () => {
  it('saves the data as it was before a replace, then replaces it', async () => {
    const { db, document, search } = await setting()
    const { backups, written } = backupsThat(false)
    const outcome = await importWithUndo({ db, search, backups }, document, 'replace')
    expect(written.map((backup) => backup.reason)).toEqual(['before-restore'])
    expect(written[0]?.contents).toContain('kept before')
    expect(outcome).toMatchObject({ undoBackup: 'b1.json', keptBefore: null, searchReady: true })
    expect(await names(db)).toEqual(['from the file'])
    await db.delete()
  })

  it('replaces nothing when the undo backup cannot be written', async () => {
    const { db, document, search } = await setting()
    const { backups } = backupsThat(true)
    await expect(importWithUndo({ db, search, backups }, document, 'replace')).rejects.toThrow(
      'disk full',
    )
    expect(await names(db)).toEqual(['kept before'])
    await db.delete()
  })

  it('merges without a backup, and in browser mode replaces without one', async () => {
    const { db, document, search } = await setting()
    const { backups, written } = backupsThat(false)
    await importWithUndo({ db, search, backups }, document, 'merge')
    expect(written).toEqual([])
    expect(await names(db)).toEqual(['from the file', 'kept before'])
    const outcome = await importWithUndo({ db, search, backups: null }, document, 'replace')
    expect(outcome.undoBackup).toBeNull()
    // In browser mode the data as it was comes back instead, for the caller to keep for Undo.
    expect(outcome.keptBefore).toContain('kept before')
    await db.delete()
  })

  it('tells which of a replace’s records differ from the ones they replace (trial 14, M5)', async () => {
    const db = new TidemarkDatabase(`undo-${crypto.randomUUID()}`)
    const same = await saveSkill(db, { name: 'same', domain: 'nlp', level: 2 })
    const changed = await saveSkill(db, { name: 'changed', domain: 'fine-tuning', level: 3 })
    const document = checkImportText(await exportDocument(db, { version: 't', now: new Date() }))
    // Changed in the app after the file was written: the replace puts the file's copy back.
    await db.skills.put({ ...changed, level: 2, updatedAt: '2099-01-01T00:00:00.000Z' })
    const outcome = await importWithUndo(
      { db, search: startInProcessSearch(db, fold), backups: null },
      document,
      'replace',
    )
    expect(outcome.counts.skills).toMatchObject({ added: 0, removed: 0, updated: 1, unchanged: 1 })
    expect((await db.skills.get(changed.id))?.level).toBe(3)
    expect((await db.skills.get(same.id))?.name).toBe('same')
    await db.delete()
  })

  it('finds the imported journal as soon as the import ends', async () => {
    const { db, search } = await setting()
    const file = generateExport(300, 51)
    const outcome = await importWithUndo(
      { db, search, backups: null },
      checkImportText(file.text),
      'merge',
    )
    expect(outcome.searchReady).toBe(true)
    expect((await search.search('quant')).total).toBe(file.counts.quant)
    expect((await search.search('推理')).total).toBe(file.counts['推理'])
    await search.flush()
    await db.delete()
  })

  it('rebuilds the index from what is stored when the one built beside the write fails', async () => {
    const { db, search } = await setting()
    let rebuilds = 0
    const failing: JournalSearch = {
      ...search,
      beginImport: (mode) => ({
        ...search.beginImport(mode),
        commit: () => Promise.reject(new Error('search worker failed')),
      }),
      rebuild: () => {
        rebuilds++
        return search.rebuild()
      },
    }
    const file = generateExport(200, 52)
    const outcome = await importWithUndo(
      { db, search: failing, backups: null },
      checkImportText(file.text),
      'replace',
    )
    expect(outcome.searchReady).toBe(true)
    expect(rebuilds).toBe(1)
    expect((await search.search('quant')).total).toBe(file.counts.quant)

    const broken: JournalSearch = {
      ...failing,
      rebuild: () => Promise.reject(new Error('search worker failed')),
    }
    const again = await importWithUndo(
      { db, search: broken, backups: null },
      checkImportText(file.text),
      'replace',
    )
    expect(again.searchReady).toBe(false)
    await search.flush()
    await db.delete()
  })
})
