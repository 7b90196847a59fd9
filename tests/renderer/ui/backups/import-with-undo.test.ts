import OpenCC from 'opencc-js/t2cn'
import { describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { startInProcessSearch } from '../../../../renderer/data/search/in-process-search'
import { exportDocument } from '../../../../renderer/data/transfer/export'
import { checkImportText } from '../../../../renderer/data/transfer/import'
import type { BackupReason, PlatformBackups } from '../../../../renderer/platform'
import { importWithUndo } from '../../../../renderer/ui/screens/settings/import-with-undo'

const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

function backupsThat(fail: boolean) {
  const written: { reason: BackupReason; contents: string }[] = []
  const backups: PlatformBackups = {
    write: (contents, reason) => {
      if (fail) return Promise.reject(new Error('disk full'))
      written.push({ reason, contents })
      return Promise.resolve({ fileName: `b${written.length}.json` })
    },
    list: () => Promise.resolve({ backups: [] }),
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
    expect(outcome).toMatchObject({ undoBackup: 'b1.json', searchReady: true })
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
    await db.delete()
  })
})
