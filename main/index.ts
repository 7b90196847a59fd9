import { app, BrowserWindow, Menu, session } from 'electron'
import { join } from 'node:path'
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
    registerIpc(() => mainWindow)
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate(menuLanguageFor(app.getLocale()), process.platform)),
    )
    mainWindow = await createMainWindow(join(app.getPath('userData'), 'window-state.json'))
    mainWindow.on('closed', () => {
      mainWindow = null
    })
  })
}
