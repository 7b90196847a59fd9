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
  return {
    db,
    platform,
    search: startInProcessSearch(db, fold),
    systemLanguages,
    initialSettings: DEFAULT_SETTINGS,
  }
}
