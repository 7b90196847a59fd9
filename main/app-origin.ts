import { isAbsolute, normalize, relative, resolve, sep } from 'node:path'

/**
 * The renderer is served from app://tidemark/. The origin must never change: IndexedDB is
 * bound to it, and a changed origin would look to the user like lost data.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'tidemark'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * Maps a request URL of our protocol to a file inside `rootDir`, or null when the URL is not
 * ours or would leave the folder (`..`, encoded `%2e%2e`, backslashes, absolute paths).
 */
export function resolveAppFile(requestUrl: string, rootDir: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.slice(1)
  const root = resolve(rootDir)
  const target = resolve(root, normalize(relativePath))
  const fromRoot = relative(root, target)
  if (
    fromRoot === '' ||
    fromRoot.startsWith(`..${sep}`) ||
    fromRoot === '..' ||
    isAbsolute(fromRoot)
  ) {
    return null
  }
  return target
}

/** True when an IPC message comes from our own page's top frame, never an iframe or other origin. */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null): boolean {
  if (!frame?.isMainFrame) return false
  try {
    const url = new URL(frame.url)
    return `${url.protocol}//${url.host}` === APP_ORIGIN
  } catch {
    return false
  }
}
