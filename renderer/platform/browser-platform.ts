import { externalUrlProblem, MAX_TEXT_FILE_BYTES } from '../../preload/api'
import { PlatformError, type NotificationAccess, type Platform } from './platform'

/** The browser's Notification API, where it has one (not in every browser or test DOM). */
function browserNotification(): typeof Notification | null {
  return 'Notification' in globalThis ? globalThis.Notification : null
}

function accessFrom(permission: NotificationPermission): NotificationAccess {
  if (permission === 'default') return 'ask'
  return permission
}

/**
 * A file the user picks (null: none), read whole. Refused (PlatformError) above the app's
 * file limit before it is read, or when it cannot be read.
 */
function pickFile(extensions: string[]): Promise<{ fileName: string; bytes: ArrayBuffer } | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = extensions.map((extension) => `.${extension}`).join(',')
    input.addEventListener('cancel', () => {
      resolve(null)
    })
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) {
        resolve(null)
        return
      }
      if (file.size > MAX_TEXT_FILE_BYTES) {
        reject(new PlatformError({ code: 'file-too-large', detail: `${file.size} bytes` }))
        return
      }
      file.arrayBuffer().then(
        (bytes) => {
          resolve({ fileName: file.name, bytes })
        },
        (error: unknown) => {
          reject(new PlatformError({ code: 'io-failed', detail: String(error) }))
        },
      )
    })
    input.click()
  })
}

/** Browser mode: no preload, so files go out as downloads and come in through a file picker. */
export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    systemLanguages: () => Promise.resolve(navigator.languages),
    saveTextFile: (suggestedName, contents) => {
      const url = URL.createObjectURL(new Blob([contents], { type: 'application/json' }))
      const link = document.createElement('a')
      link.href = url
      link.download = suggestedName
      link.click()
      // Revoke on the next task: the download has started by then.
      setTimeout(() => {
        URL.revokeObjectURL(url)
      }, 0)
      return Promise.resolve({ status: 'saved', fileName: suggestedName })
    },
    openTextFile: async (extensions) => {
      const picked = await pickFile(extensions)
      if (picked === null) return { status: 'cancelled' }
      // Strict UTF-8: file.text() would turn bad bytes into U+FFFD and hand an import a
      // silently altered file. (Main keeps only an incomplete last character, a cut: its
      // decode-text.ts; an import's own bytes are decoded by decodeImportBytes.)
      try {
        const contents = new TextDecoder('utf-8', { fatal: true }).decode(picked.bytes)
        return { status: 'opened', fileName: picked.fileName, contents }
      } catch {
        throw new PlatformError({ code: 'file-not-text', detail: picked.fileName })
      }
    },
    // The bytes as read: the import decodes them (strictly) on its check's worker.
    openDataFile: async (extensions) => {
      const picked = await pickFile(extensions)
      if (picked === null) return { status: 'cancelled' }
      return { status: 'opened', fileName: picked.fileName, contents: picked.bytes }
    },
    printToPdf: () => {
      // Modal in Chromium: it returns once the dialog is closed, printed or not.
      window.print()
      return Promise.resolve({ status: 'print-dialog' })
    },
    // No disk of its own: the screens remind the user to export instead.
    backups: null,
    notificationAccess: () => {
      const api = browserNotification()
      return api ? accessFrom(api.permission) : 'unsupported'
    },
    requestNotificationAccess: async () => {
      const api = browserNotification()
      if (!api) return 'unsupported'
      if (api.permission !== 'default') return accessFrom(api.permission)
      try {
        return accessFrom(await api.requestPermission())
      } catch {
        return 'unsupported'
      }
    },
    notify: ({ title, body }) => {
      const api = browserNotification()
      if (!api) return Promise.resolve({ status: 'unsupported' })
      if (api.permission !== 'granted') return Promise.resolve({ status: 'not-allowed' })
      try {
        const notification = new api(title, { body })
        notification.addEventListener('click', () => {
          window.focus()
          notification.close()
        })
      } catch {
        // Some browsers (Chrome on Android) show notifications only through a service worker.
        return Promise.resolve({ status: 'unsupported' })
      }
      return Promise.resolve({ status: 'shown' })
    },
    openExternal: (url) => {
      // The same check main makes, with the same answer, so a link refused in the app is
      // refused here too.
      const problem = externalUrlProblem(url)
      if (problem !== null) {
        return Promise.reject(
          new PlatformError({ code: 'invalid-payload', detail: `url: ${problem}` }),
        )
      }
      // A new tab that cannot reach back into this page (no window.opener) and is not told
      // where it came from (no Referer).
      window.open(new URL(url).href, '_blank', 'noopener,noreferrer')
      return Promise.resolve()
    },
  }
}
