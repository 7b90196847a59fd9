import { realpath as realpathCallback, stat as statCallback } from 'node:fs'
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
  return isInside(root, target) ? target : null
}

/**
 * fs.realpath and fs.stat, callback forms: the ones Electron's asar support patches (among its
 * documented asar-aware APIs), so the packaged app, whose renderer is inside app.asar, works too.
 */
function realpath(path: string): Promise<string> {
  return new Promise((resolvePath, reject) => {
    realpathCallback(path, (error, resolved) => {
      if (error) reject(error)
      else resolvePath(resolved)
    })
  })
}

function isFile(path: string): Promise<boolean> {
  return new Promise((resolveAnswer) => {
    statCallback(path, (error, stats) => {
      resolveAnswer(!error && stats.isFile())
    })
  })
}

/** True when `target` is a path strictly below `root` (both absolute and resolved). */
function isInside(root: string, target: string): boolean {
  const fromRoot = relative(root, target)
  return !(
    fromRoot === '' ||
    fromRoot.startsWith(`..${sep}`) ||
    fromRoot === '..' ||
    isAbsolute(fromRoot)
  )
}

/**
 * resolveAppFile, then the same question asked of the disk: the file's real path (every
 * symlink followed) must still be inside the real renderer folder, so a link planted in the
 * folder cannot serve a file outside it. Null when the URL is refused, the file is missing
 * or is a folder, or it resolves outside.
 */
export async function resolveAppFileOnDisk(
  requestUrl: string,
  rootDir: string,
): Promise<string | null> {
  const target = resolveAppFile(requestUrl, rootDir)
  if (target === null) return null
  try {
    const [realRoot, realTarget] = await Promise.all([realpath(rootDir), realpath(target)])
    return isInside(realRoot, realTarget) && (await isFile(realTarget)) ? realTarget : null
  } catch {
    return null
  }
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
