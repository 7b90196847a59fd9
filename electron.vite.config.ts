import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './main/csp'

/** Writes the CSP into the built index.html. Only at build: the dev server's React refresh
 *  needs an inline script that the policy rightly forbids. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'tidemark-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * Lists in index.html, as modulepreload, the chunks main.tsx imports dynamically at every start
 * (not the start-up error screen's, nor the screens'). main.tsx starts opening the database before it imports them,
 * so their code runs while the disk works; preloaded, they download beside main's own chunk
 * instead of after it, and `npm run size` counts them as the initial JS they are. Their
 * stylesheets are linked too.
 */
function preloadStartChunks(): Plugin {
  return {
    name: 'tidemark-preload-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle
        if (!bundle) return []
        const chunk = (file: string) => {
          const output = bundle[file]
          return output?.type === 'chunk' ? output : undefined
        }
        const entry = Object.values(bundle).find(
          (output) =>
            output.type === 'chunk' &&
            output.isEntry &&
            output.moduleIds.some((id) => id.endsWith('/renderer/main.tsx')),
        )
        if (entry?.type !== 'chunk') throw new Error('tidemark-preload-start: no main.tsx entry')
        const closure = (files: readonly string[], into = new Set<string>()) => {
          for (const file of files) {
            const found = chunk(file)
            if (!found || into.has(file)) continue
            into.add(file)
            closure(found.imports, into)
          }
          return into
        }
        // Vite lists the entry's static imports already.
        const listed = closure([entry.fileName])
        // Not the start-up error screen, nor a screen's own code (main.tsx fetches the dashboard's
        // early when the app opens on it), nor the schema migrations (db.ts loads them only to
        // upgrade a database): every start needs the rest.
        const startChunks = entry.dynamicImports.filter(
          (file) =>
            !chunk(file)?.moduleIds.some(
              (id) =>
                id.endsWith('/ui/StartupError.tsx') ||
                id.includes('/ui/screens/') ||
                id.endsWith('/data/migrations.ts'),
            ),
        )
        const preloaded = [...closure(startChunks)].filter((file) => !listed.has(file))
        // Their CSS too: Vite's dynamic import waits for a chunk's stylesheet to load, a request
        // that would otherwise start only once main.tsx has run.
        const styles = new Set(
          preloaded.flatMap((file) => [...(chunk(file)?.viteMetadata?.importedCss ?? [])]),
        )
        return [
          ...preloaded.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          })),
          ...[...styles].map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          })),
        ]
      },
    },
  }
}

/** The app's version, written into export files and backups (package.json is the one source). */
const APP_VERSION = (
  JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string }
).version

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(__dirname, 'main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(__dirname, 'preload/index.ts') },
      // A sandboxed preload can require only 'electron': bundle everything it uses.
      externalizeDeps: false,
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    // Relative asset URLs: the same build is served from app://tidemark/ and from http.
    base: './',
    define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
    plugins: [react(), contentSecurityPolicy(), preloadStartChunks()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      modulePreload: { polyfill: false },
      // Minified: what users download and parse at every start (the initial JS budget is 250 KB gzip).
      minify: true,
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
})
