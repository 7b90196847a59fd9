import type { TidemarkApi } from '../../preload/api'
import { createBrowserPlatform } from './browser-platform'
import { createElectronPlatform } from './electron-platform'
import type { Platform } from './platform'

export type { Platform, PlatformKind, SaveOutcome, OpenOutcome } from './platform'
export { PlatformError } from './platform'

/** Picks the adapter once, at start: the preload's API is there only inside Electron. */
export function detectPlatform(scope: { tidemark?: TidemarkApi | undefined }): Platform {
  return scope.tidemark ? createElectronPlatform(scope.tidemark) : createBrowserPlatform()
}
export {
  requestPersistentStorage,
  storagePersistence,
  type Persistence,
} from './storage-persistence'
