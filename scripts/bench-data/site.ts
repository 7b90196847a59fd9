import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { build, preview } from 'vite'
import { immutableAssets } from '../immutable-assets.mjs'

/**
 * One origin for everything the data benchmark opens: the app as built (a private copy of
 * out/renderer, so a concurrent rebuild cannot change files under a run), the bench pages and
 * the minimal page under /bench/, and the export files they read. Same origin, so every page
 * can open the same IndexedDB databases.
 */
export interface BenchSite {
  url: string
  /** The built search worker, relative to the site's root (assets/search-worker-*.js). */
  workerPath: string
  close(): Promise<void>
}

export interface SiteFiles {
  /** The repository's root. */
  root: string
  /** An empty directory to build the site into. */
  siteDir: string
  /** Files to add under /bench/, by name. */
  exports: Record<string, string>
}

/** Builds the app the way every engineer here does: under the shared lock, copied out while held. */
function buildApp(root: string, siteDir: string): void {
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

async function buildPages(root: string, siteDir: string): Promise<void> {
  const pages = join(root, 'scripts/bench-data/pages')
  await build({
    configFile: false,
    logLevel: 'silent',
    root: pages,
    base: './',
    build: {
      outDir: join(siteDir, 'bench/pages'),
      emptyOutDir: true,
      // As the app's build: Chromium needs no polyfill (and Vite's cannot be resolved from here).
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: {
          raw: join(pages, 'raw-write.html'),
          search: join(pages, 'search.html'),
          split: join(pages, 'import-split.html'),
        },
      },
    },
  })
  // The baseline: built alone, so it loads only what it needs, as a minimal app would.
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(root, 'scripts/bench-data/minimal-page'),
    base: './',
    plugins: [react()],
    build: {
      outDir: join(siteDir, 'bench/minimal'),
      emptyOutDir: true,
      modulePreload: { polyfill: false },
    },
  })
}

export async function buildSite({ root, siteDir, exports }: SiteFiles): Promise<BenchSite> {
  buildApp(root, siteDir)
  const worker = readdirSync(join(siteDir, 'assets')).find((name) =>
    /^search-worker-.*\.js$/.test(name),
  )
  if (!worker) throw new Error('the build has no assets/search-worker-*.js')
  await buildPages(root, siteDir)
  mkdirSync(join(siteDir, 'bench'), { recursive: true })
  for (const [name, text] of Object.entries(exports))
    writeFileSync(join(siteDir, 'bench', name), text)

  // Vite's preview server, as browser mode serves the app (scripts/serve-renderer.mjs).
  const server = await preview({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [immutableAssets],
    build: { outDir: siteDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('the preview server has no address')
  return { url, workerPath: `assets/${worker}`, close: () => server.close() }
}
