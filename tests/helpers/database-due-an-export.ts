import { TidemarkDatabase } from '../../renderer/data/db'

/** A fresh database (named after `prefix`) with data and no export: browser mode reminds the
 *  user to export it. */
export async function databaseDueAnExport(prefix: string): Promise<TidemarkDatabase> {
  const db = new TidemarkDatabase(`${prefix}-${crypto.randomUUID()}`)
  await db.open()
  await db.skills.put({
    id: 's1',
    name: 'vLLM',
    domain: 'inference-acceleration',
    level: 3,
    evidence: [],
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  })
  return db
}
