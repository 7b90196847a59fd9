import { app, dialog, ipcMain, Notification, shell, type BrowserWindow } from 'electron'
import { basename } from 'node:path'
import { readFile, stat } from 'node:fs/promises'
import { IPC_CHANNELS, type IpcMethod } from '../../preload/api'
import { writeFileAtomically } from '../atomic-write'
import { createDesktopNotifier } from '../notifications'
import { createHandlers, dispatch, type HandlerDeps } from './handlers'

/** The backups folder and who hears of each backup written, made by the caller (main/index.ts). */
export type BackupDeps = Pick<HandlerDeps, 'backups' | 'backupSettled'>

export function registerIpc(getWindow: () => BrowserWindow | null, backupDeps: BackupDeps): void {
  const handlers = createHandlers({
    appInfo: () => ({ version: app.getVersion(), systemLocale: app.getLocale() }),
    chooseSavePath: async (suggestedName) => {
      const window = getWindow()
      const options = { defaultPath: `${app.getPath('documents')}/${suggestedName}` }
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    chooseOpenPath: async (extensions) => {
      const window = getWindow()
      const options = {
        properties: ['openFile' as const],
        filters: [{ name: extensions.join(', '), extensions }],
      }
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    writeTextFile: writeFileAtomically,
    writeBinaryFile: writeFileAtomically,
    printPageToPdf: async () => {
      const window = getWindow()
      if (!window) throw new Error('no window to print')
      // A4 unless the page's @page rule says otherwise; the print style sheet draws black on
      // white. Tagged, so a screen reader can read the PDF's headings, lists and tables.
      return window.webContents.printToPDF({
        pageSize: 'A4',
        preferCSSPageSize: true,
        generateTaggedPDF: true,
      })
    },
    fileSize: async (path) => (await stat(path)).size,
    readFile: (path) => readFile(path),
    baseName: (path) => basename(path),
    showNotification: createDesktopNotifier({
      isSupported: () => Notification.isSupported(),
      create: ({ title, body }) => new Notification({ title, body }),
      focusWindow: () => {
        const window = getWindow()
        if (!window) return
        if (window.isMinimized()) window.restore()
        window.focus()
      },
    }),
    // Only after the payload schema held the link to http, https or mailto.
    openExternal: (url) => shell.openExternal(url),
    ...backupDeps,
  })

  // Object.keys types its answer as string[]; IPC_CHANNELS has exactly the contract's keys
  // (it `satisfies` the map in preload/api.ts), so these are the contract's methods.
  for (const method of Object.keys(IPC_CHANNELS) as IpcMethod[]) {
    ipcMain.handle(IPC_CHANNELS[method], (event, payload: unknown) => {
      const frame = event.senderFrame
      const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null
      return dispatch(handlers, method, sender, payload)
    })
  }
}
