import { app, dialog, ipcMain, type BrowserWindow } from 'electron'
import { basename } from 'node:path'
import { readFile, stat } from 'node:fs/promises'
import { IPC_CHANNELS } from '../../preload/api'
import { writeFileAtomically } from '../atomic-write'
import { createHandlers, dispatch } from './handlers'

export function registerIpc(getWindow: () => BrowserWindow | null): void {
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
    fileSize: async (path) => (await stat(path)).size,
    readFile: (path) => readFile(path),
    baseName: (path) => basename(path),
  })

  for (const channel of Object.values(IPC_CHANNELS)) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const frame = event.senderFrame
      const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null
      return dispatch(handlers, channel, sender, payload)
    })
  }
}
