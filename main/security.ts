import type { Session, WebContents } from 'electron'
import { APP_ORIGIN } from './app-origin'

/** URLs that never leave the machine: our protocol, in-page data, devtools in development. */
const LOCAL_PREFIXES = [`${APP_ORIGIN}/`, 'data:', 'blob:', 'devtools://']

/**
 * Session-wide rules from Electron's security checklist: every permission request
 * (camera, notifications, geolocation…) is refused, and no request may leave the machine.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
  // The renderer never talks to the network: anything that is not our own protocol (or
  // devtools in development) is cancelled before it is sent.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = LOCAL_PREFIXES.some((prefix) => details.url.startsWith(prefix))
    callback({ cancel: !allowed && !isDevServer(details.url) })
  })
}

/** Per-page rules: no navigation away, no new windows, no <webview>. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`) && !isDevServer(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`) && !isDevServer(url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
}

/** electron-vite's dev server, only when running `electron-vite dev` (never in a built app). */
function isDevServer(url: string): boolean {
  const devUrl = process.env['ELECTRON_RENDERER_URL']
  return devUrl !== undefined && url.startsWith(devUrl)
}
