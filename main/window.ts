import { BrowserWindow, screen } from 'electron'
import { join } from 'node:path'
import { APP_ENTRY_URL } from './app-origin'
import {
  DEFAULT_SIZE,
  MINIMUM_SIZE,
  loadWindowState,
  restorableBounds,
  saveWindowStateSync,
} from './window-state'

export async function createMainWindow(stateFile: string): Promise<BrowserWindow> {
  const saved = await loadWindowState(stateFile)
  const bounds = restorableBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  )
  const window = new BrowserWindow({
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    show: false,
    title: 'Tidemark',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // No enableBlinkFeatures; and middle-click (auxclick) is switched off, so a link can
      // never be opened by it (the window-open handler would deny it anyway).
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      spellcheck: false,
    },
  })
  if (saved?.maximized) window.maximize()
  window.once('ready-to-show', () => {
    window.show()
  })
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds()
    // Synchronous: the app quits right after its last window closes, before a promise settles.
    saveWindowStateSync(stateFile, { x, y, width, height, maximized: window.isMaximized() })
  })

  const devUrl = process.env['ELECTRON_RENDERER_URL']
  await window.loadURL(devUrl ?? APP_ENTRY_URL)
  return window
}
