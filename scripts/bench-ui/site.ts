import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { build, preview } from 'vite'

export interface UiSite {
  url: string
  close(): Promise<void>
}

/**
 * The app as users get it: `electron-vite build` under the shared build lock, and out/renderer
 * copied to `siteDir` while the lock is held, so another session's build cannot change the
 * files under a run.
 */
export function buildApp(root: string, siteDir: string): void {
  execFileSync(
    'flock',
    [
      '/tmp/tidemark-build.lock',
      'sh',
      '-c',
      'npx electron-vite build >/dev/null && cp -R out/renderer/. "$0"',
      siteDir,
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  )
}

/**
 * The renderer built unminified with source maps, for a CPU profile that names functions and
 * their source files. The same sources, React plugin and production
 * mode as electron.vite.config.ts's renderer, without its CSP plugin; into `siteDir`, so
 * out/ is not touched and the lock is not needed.
 */
export async function buildUnminified(root: string, siteDir: string): Promise<void> {
  const version = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  ).version
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(root, 'renderer'),
    base: './',
    define: { __APP_VERSION__: JSON.stringify(version) },
    plugins: [react()],
    build: {
      outDir: siteDir,
      emptyOutDir: true,
      minify: false,
      sourcemap: true,
      modulePreload: { polyfill: false },
    },
  })
}

/** Vite's preview server over `siteDir`, on a free port (browser mode serves the app so). */
export async function serveSite(root: string, siteDir: string): Promise<UiSite> {
  const server = await preview({
    configFile: false,
    root,
    logLevel: 'warn',
    build: { outDir: siteDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('the preview server has no address')
  return { url, close: () => server.close() }
}
