import { app, BrowserWindow, Menu, session } from 'electron'
import { join } from 'node:path'
import { MAIN_EVENT_CHANNELS } from '../preload/api'
import { createBackupStore, nodeBackupFs } from './backups/backup-store'
import { createQuitBackup } from './backups/quit-backup'
import { registerIpc } from './ipc/register'
import { buildMenuTemplate, menuLanguageFor } from './menu-template'
import { registerAppScheme, serveRenderer } from './protocol'
import { hardenSession, hardenWebContents } from './security'
import { createMainWindow } from './window'

// Tests launch the app with a fresh data folder; users never set this.
const userDataOverride = process.env['TIDEMARK_USER_DATA']
if (userDataOverride) app.setPath('userData', userDataOverride)

let mainWindow: BrowserWindow | null = null

if (!app.requestSingleInstanceLock()) {
  // Another Tidemark is running: it gets the 'second-instance' event and comes forward.
  app.quit()
} else {
  registerAppScheme()

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  // Every page Electron creates, not only our window's, gets the navigation rules.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents)
  })

  app.on('window-all-closed', () => {
    app.quit()
  })

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession)
    serveRenderer(join(__dirname, '../renderer'))
    const backups = createBackupStore({
      folder: join(app.getPath('userData'), 'backups'),
      fs: nodeBackupFs,
      now: () => new Date(),
      warn: (message) => {
        console.warn(message)
      },
    })
    const quitBackup = createQuitBackup({
      requestBackup: () => {
        const page = mainWindow?.webContents
        if (!page || page.isDestroyed() || page.isCrashed()) return false
        page.send(MAIN_EVENT_CHANNELS.backupRequested)
        return true
      },
      quit: () => {
        app.quit()
      },
      schedule: (ms, callback) => {
        const timer = setTimeout(callback, ms)
        return () => {
          clearTimeout(timer)
        }
      },
    })
    app.on('before-quit', (event) => {
      quitBackup.onQuitAttempt(event)
    })
    registerIpc(() => mainWindow, {
      backups,
      backupSettled: (reason, error) => {
        if (reason !== 'quit') return
        // The window is about to close: the log is the only place this failure can go.
        if (error)
          console.warn(`The backup on quit was not written: ${error.code}: ${error.detail}`)
        quitBackup.backupSettled()
      },
    })
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate(menuLanguageFor(app.getLocale()), process.platform)),
    )
    mainWindow = await createMainWindow(join(app.getPath('userData'), 'window-state.json'))
    // Closing the window quits (window-all-closed), but by 'before-quit' the page is gone:
    // the backup must be asked for while it is still there.
    mainWindow.on('close', (event) => {
      quitBackup.onQuitAttempt(event)
    })
    mainWindow.on('closed', () => {
      mainWindow = null
    })
  })
}
