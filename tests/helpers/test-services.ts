import OpenCC from 'opencc-js/t2cn'
import type { TidemarkDatabase } from '../../renderer/data/db'
import { startInProcessSearch } from '../../renderer/data/search/in-process-search'
import { DEFAULT_SETTINGS } from '../../renderer/data/settings-schema'
import type { Platform } from '../../renderer/platform'
import type { Services } from '../../renderer/ui/services'

const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

/** The services a screen needs, for a test: search in-process, default settings. */
export function testServices(
  db: TidemarkDatabase,
  platform: Platform,
  systemLanguages: string[] = ['en'],
): Services {
  const search = startInProcessSearch(db, fold)
  // A test that deletes its database before the search has opened it makes that open fail;
  // nothing in the test waits for it, so it was reported as an unhandled rejection and failed
  // the run at random. Marked handled here; a test that awaits `search.ready` still sees it.
  search.ready.catch(() => undefined)
  return {
    db,
    platform,
    search,
    systemLanguages,
    initialSettings: DEFAULT_SETTINGS,
  }
}
