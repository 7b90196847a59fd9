import OpenCC from 'opencc-js/t2cn'
import { afterEach } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import type { SearchService } from '../../../../renderer/data/search/search-service'

/** The fold the search worker loads: Traditional to Simplified. */
export const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

/** A new database per call, each deleted after its test. */
export function freshDatabases(prefix: string): () => TidemarkDatabase {
  const opened: TidemarkDatabase[] = []
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete()
  })
  return () => {
    const db = new TidemarkDatabase(`${prefix}-${crypto.randomUUID()}`)
    opened.push(db)
    return db
  }
}

/** The ids of every entry the search finds, sorted. */
export const idsFound = (service: SearchService, query: string): string[] =>
  service
    .search(query, 100_000)
    .hits.map((hit) => hit.id)
    .sort()
