import type { TidemarkApi } from '../../preload/api'
import { createBrowserPlatform } from './browser-platform'
import { createElectronPlatform } from './electron-platform'
import type { Platform } from './platform'

export type {
  Platform,
  PlatformBackups,
  PlatformKind,
  SaveOutcome,
  OpenDataOutcome,
  OpenOutcome,
  PrintOutcome,
  NotificationAccess,
  DesktopNotification,
  NotifyOutcome,
} from './platform'
export { PlatformError } from './platform'
// Which interface language the system's languages map to: one rule, shared with main's menu
// through the contract, handed on here because the screens reach the host only through platform.
export { UI_LANGUAGES, uiLanguageFor, type UiLanguage } from '../../preload/api'
// The backups' shapes and limits are the contract's, handed on for the same reason.
export {
  BACKUP_REASONS,
  MAX_BACKUP_BYTES,
  type BackupInfo,
  type BackupReason,
  type ListBackupsResult,
  type ReadBackupResult,
  type WriteBackupResult,
} from '../../preload/api'

/** Picks the adapter once, at start: the preload's API is there only inside Electron. */
export function detectPlatform(scope: { tidemark?: TidemarkApi | undefined }): Platform {
  return scope.tidemark ? createElectronPlatform(scope.tidemark) : createBrowserPlatform()
}
export {
  requestPersistentStorage,
  storagePersistence,
  type Persistence,
} from './storage-persistence'
