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
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      modulePreload: { polyfill: false },
      // Minified: what users download and parse at every start (the initial JS budget is 250 KB gzip).
      minify: true,
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
})
