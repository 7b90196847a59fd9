// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { exportDocument } from '../../../../renderer/data/transfer/export'
import type {
  BackupInfo,
  BackupReason,
  Platform,
  PlatformBackups,
} from '../../../../renderer/platform'
import { testServices } from '../../../helpers/test-services'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { BackupsPanel } from '../../../../renderer/ui/screens/settings/BackupsPanel'
import { ServicesProvider, type Services } from '../../../../renderer/ui/services'

afterEach(cleanup)

/** Backups kept in memory, as main would keep them on disk. */
function memoryBackups() {
  const files = new Map<string, { info: BackupInfo; contents: string }>()
  const written: BackupReason[] = []
  const backups: PlatformBackups = {
    write: (contents, reason) => {
      const fileName = `backup-${files.size + 1}-${reason}.json`
      written.push(reason)
      files.set(fileName, {
        contents,
        info: {
          fileName,
          reason,
          bytes: contents.length,
          createdAt: new Date(Date.UTC(2026, 10, files.size + 1)).toISOString(),
        },
      })
      return Promise.resolve({ fileName })
    },
    list: () =>
      Promise.resolve({
        backups: [...files.values()].map((file) => file.info).reverse(),
        folder: '/home/u/.config/Tidemark/backups',
      }),
    read: (fileName) => {
      const file = files.get(fileName)
      return file ? Promise.resolve({ contents: file.contents }) : Promise.reject(new Error('gone'))
    },
    onRequested: () => () => undefined,
  }
  return { backups, files, written }
}

async function renderPanel(
  db: TidemarkDatabase,
  backups: PlatformBackups,
  language: 'en' | 'zh-CN' = 'en',
) {
  const i18n = await createI18n(language)
  const platform = { kind: 'electron', backups } as unknown as Platform
  const services = testServices(db, platform)
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>
        <BackupsPanel backups={backups} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  return services
}

/** Deletes the test's database once the search has finished opening it: a test that ends
 *  sooner left the search's read to fail unhandled on the deleted database. */
async function removeDatabase(db: TidemarkDatabase, services: Services): Promise<void> {
  await services.search.ready.catch(() => undefined)
  await db.delete()
}

describe('BackupsPanel', () => {
  it('restores a backup after saving what is there now, so the restore can be undone', async () => {
    const db = new TidemarkDatabase(`backups-panel-${crypto.randomUUID()}`)
    await db.open()
    const memory = memoryBackups()
    await saveSkill(db, { name: 'vLLM', domain: 'inference-acceleration', level: 3 })
    await memory.backups.write(
      await exportDocument(db, { version: 'test', now: new Date() }),
      'scheduled',
    )
    await saveSkill(db, { name: 'Added later', domain: 'nlp', level: 2 })

    const services = await renderPanel(db, memory.backups)
    const restore = await screen.findByRole('button', { name: 'Restore…' })
    fireEvent.click(restore)
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Replace with this backup' }))
      await new Promise((resolve) => setTimeout(resolve, 200))
    })

    expect(memory.written).toEqual(['scheduled', 'before-restore'])
    expect((await db.skills.toArray()).map((skill) => skill.name)).toEqual(['vLLM'])
    expect(await screen.findByText(/Restored\. What you had before was saved/)).toBeTruthy()
    // The undo point holds the skill the restore removed.
    const undo = [...memory.files.values()].find((file) => file.info.reason === 'before-restore')
    expect(undo?.contents).toContain('Added later')
    await removeDatabase(db, services)
  })

  it('backs up by hand and lists the new backup', async () => {
    const db = new TidemarkDatabase(`backups-panel-${crypto.randomUUID()}`)
    await db.open()
    const memory = memoryBackups()
    const services = await renderPanel(db, memory.backups)
    expect(await screen.findByText(/No backups yet/)).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Back up now' }))
      await new Promise((resolve) => setTimeout(resolve, 100))
    })
    expect(memory.written).toEqual(['manual'])
    expect(await screen.findByText('By hand')).toBeTruthy()
    await removeDatabase(db, services)
  })

  it('shows a raw copy kept at start-up as what it is, where it is, with no restore (简体中文)', async () => {
    const db = new TidemarkDatabase(`backups-panel-${crypto.randomUUID()}`)
    await db.open()
    const memory = memoryBackups()
    await memory.backups.write(
      await exportDocument(db, { version: 'test', now: new Date() }),
      'scheduled',
    )
    await memory.backups.write('{"format":"tidemark-rescue","tables":{}}', 'rescue')
    const services = await renderPanel(db, memory.backups, 'zh-CN')

    const table = await screen.findByRole('table', { name: '自动备份' })
    const [raw, note, scheduled] = [...table.querySelectorAll('tbody tr')]
    expect(raw?.textContent).toContain('原样副本')
    expect(raw?.querySelector('button')).toBeNull()
    // Beneath it, a row of its own: what it is and where the file is.
    expect(note?.textContent).toBe(
      '为安全起见保留：这个版本的潮位无法用它恢复。文件是 /home/u/.config/Tidemark/backups 里的“backup-2-rescue.json”',
    )
    // A real backup beside it stays restorable.
    expect(scheduled?.querySelector('button')?.textContent).toBe('恢复…')
    expect(screen.getAllByRole('button', { name: '恢复…' })).toHaveLength(1)
    await removeDatabase(db, services)
  })
})
