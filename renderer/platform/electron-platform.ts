import {
  MAX_NOTIFICATION_BODY,
  MAX_NOTIFICATION_TITLE,
  type IpcResult,
  type TidemarkApi,
} from '../../preload/api'
import { PlatformError, type Platform } from './platform'

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new PlatformError(result.error)
  return result.value
}

export function createElectronPlatform(api: TidemarkApi): Platform {
  return {
    kind: 'electron',
    systemLanguages: async () => {
      const info = unwrap(await api.getAppInfo())
      return [info.systemLocale, ...navigator.languages]
    },
    saveTextFile: async (suggestedName, contents) =>
      unwrap(await api.saveTextFile({ suggestedName, contents })),
    openTextFile: async (extensions) => unwrap(await api.openTextFile({ extensions })),
    // Main reads and decodes the file (strict UTF-8, its size limit): the text comes as it is.
    openDataFile: async (extensions) => unwrap(await api.openTextFile({ extensions })),
    printToPdf: async (suggestedName) => unwrap(await api.printToPdf({ suggestedName })),
    backups: {
      write: async (contents, reason) => unwrap(await api.writeBackup({ contents, reason })),
      list: async () => unwrap(await api.listBackups()),
      read: async (fileName) => unwrap(await api.readBackup({ fileName })),
      onRequested: (listener) => api.onBackupRequested(listener),
    },
    // Main shows notifications without asking: the system's own settings decide.
    notificationAccess: () => 'granted',
    requestNotificationAccess: () => Promise.resolve('granted'),
    notify: async ({ title, body }) =>
      // Clipped to main's limits: a long company name shortens the line, never loses it.
      unwrap(
        await api.showNotification({
          title: title.slice(0, MAX_NOTIFICATION_TITLE),
          body: body.slice(0, MAX_NOTIFICATION_BODY),
        }),
      ),
    openExternal: async (url) => {
      unwrap(await api.openExternal({ url }))
    },
  }
}
