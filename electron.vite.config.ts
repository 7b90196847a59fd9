import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { build as viteBuild, type Plugin, type Rolldown } from 'vite'
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
 * instead of after it, and `npm run size` counts them as the initial JS they are. (Their
 * stylesheets need no link: the app's CSS is one file, linked by Vite; see cssCodeSplit.)
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
        // Only what every start runs (NOT_EVERY_START below): not the start-up error screen, nor
        // a screen's own code (main.tsx fetches the dashboard's early when the app opens on it),
        // nor the schema migrations (db.ts loads them only to upgrade a database), nor the
        // engine's records (stored-for-assessment, with zod, the records' schemas and the
        // ruleset: ~160 kB that main.tsx asks for itself on the screens that show the
        // assessment). Preloaded, every start parsed them, the journal's unused: on two busy
        // cores that parse competed with the start's own (new-tab journal, scratch A/B of 14
        // loads each: 713 -> 572 ms, 2.04x -> 1.64x the minimal page; the dashboard's cold
        // start did not move: 1,977 -> 1,966 ms).
        const startChunks = entry.dynamicImports.filter(
          (file) =>
            !chunk(file)?.moduleIds.some((id) => NOT_EVERY_START.some((part) => id.includes(part))),
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

/**
 * The third-party libraries every start runs, as ONE CLASSIC SCRIPT (`assets/vendor-[hash].js`,
 * `<script defer>` before the module entry; deferred classic and module scripts run in document
 * order) that puts their modules on one global; the app's own code stays split ES modules that
 * read them from there. Why: Chromium writes a V8 code cache for module scripts but never reads
 * it back while BackgroundResourceFetch is on (the default; benchmarks, session 11), and a
 * classic script's is read from its third load, so these ~370 kB of libraries are deserialized
 * instead of compiled at every start (session 24 made the whole renderer one classic script:
 * the same gain, at 637 kB gzip of initial JS; issue 7's budget is 250).
 *
 * In the app's build each of VENDOR_MODULES resolves to a small module of re-exports from the
 * global, for `import` and CommonJS `require` alike (recharts' and use-sync-external-store's),
 * so the build holds one copy of each; any other path into these packages fails the build (a
 * second React breaks hooks, a second Dexie warns). The web workers are built on their own
 * (Vite's `worker` options) and keep the Dexie they bundle. Build only: the dev server serves the
 * packages as Vite's pre-bundled modules.
 */
const VENDOR_MODULES = [
  'react',
  'react/jsx-runtime',
  'react-dom',
  'react-dom/client',
  'dexie',
  'dexie-react-hooks',
  'i18next',
  'react-i18next',
] as const
const VENDOR_PACKAGES =
  /^(react|react-dom|scheduler|dexie|dexie-react-hooks|i18next|react-i18next)(\/|$)/
const VENDOR_GLOBAL = '__tidemarkVendor'
const VENDOR_PREFIX = '\0tidemark-vendor:'

function vendorScript(): Plugin {
  let vendorFile = ''
  return {
    name: 'tidemark-vendor-script',
    apply: 'build',
    // Before Vite's own resolver, which would find the packages themselves.
    enforce: 'pre',
    async buildStart() {
      const entry = 'virtual:tidemark-vendor-entry'
      const result = await viteBuild({
        configFile: false,
        root: __dirname,
        logLevel: 'warn',
        mode: 'production',
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        plugins: [
          {
            name: 'tidemark-vendor-entry',
            resolveId: (id) => (id === entry ? `\0${entry}` : null),
            load: (id) =>
              id === `\0${entry}`
                ? VENDOR_MODULES.map(
                    (name, index) => `import * as m${String(index)} from '${name}'`,
                  )
                    .concat(
                      `globalThis.${VENDOR_GLOBAL} = Object.freeze({${VENDOR_MODULES.map(
                        (name, index) => `'${name}': m${String(index)}`,
                      ).join(', ')}})`,
                    )
                    .join('\n')
                : null,
          },
        ],
        build: {
          write: false,
          minify: true,
          target: 'chrome140',
          modulePreload: false,
          rolldownOptions: { input: entry, output: { format: 'iife', codeSplitting: false } },
        },
      })
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[]
      const chunk = outputs.flatMap((output) => output.output).find((file) => file.type === 'chunk')
      if (chunk?.type !== 'chunk') throw new Error('tidemark-vendor-script: no vendor chunk')
      // V8's explicit compile hint (Chrome >= 136; it must be the file's first line): every
      // function compiled eagerly, off the main thread when the script streams, so that the code
      // cache written at the second load holds React's render and Dexie's queries too, which run
      // only after the script's top level, when Chromium has already taken the cache. Without it
      // the cache (~460 kB) held little more than the top level and the libraries' functions were
      // compiled on the main thread at every start (new tabs, paired with HEAD: painted -73 to
      // -78 ms without, -124 to -143 ms with; benchmarks, session 31).
      const source = `//# allFunctionsCalledOnLoad\n${chunk.code}`
      vendorFile = this.getFileName(this.emitFile({ type: 'asset', name: 'vendor.js', source }))
    },
    resolveId(source) {
      if ((VENDOR_MODULES as readonly string[]).includes(source)) return VENDOR_PREFIX + source
      if (VENDOR_PACKAGES.test(source)) {
        throw new Error(`tidemark-vendor-script: ${source} is not in VENDOR_MODULES`)
      }
      return null
    },
    async load(id) {
      if (!id.startsWith(VENDOR_PREFIX)) return null
      const name = id.slice(VENDOR_PREFIX.length)
      const names = Object.keys((await import(name)) as object)
      const named = names.filter((key) => key !== 'default' && /^[A-Za-z_$][\w$]*$/.test(key))
      return [
        `const m = globalThis.${VENDOR_GLOBAL}[${JSON.stringify(name)}]`,
        names.includes('default') ? 'export default m.default' : '',
        // Through locals: an export may be named with a reserved word (zod's `enum`, `function`).
        `const { ${named.map((key, index) => `${key}: v${String(index)}`).join(', ')} } = m`,
        `export { ${named.map((key, index) => `v${String(index)} as ${key}`).join(', ')} }`,
      ].join('\n')
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const tag = `<script defer src="./${vendorFile}"></script>\n    `
        const at = html.indexOf('<script type="module"')
        if (!vendorFile || at === -1) throw new Error('tidemark-vendor-script: no module entry')
        return html.slice(0, at) + tag + html.slice(at)
      },
    },
  }
}

/** Each language's strings module, a chunk of its own (main.tsx imports one at every start). */
const STRINGS_MODULES = ['/renderer/ui/i18n/en.ts', '/renderer/ui/i18n/zh-CN.ts']

/**
 * Each language's strings chunk written as JSON.parse of one string literal instead of an object
 * literal (~116 kB each, one evaluated at every start): V8 parses a JSON string faster than the
 * same object as JavaScript. Measured in Chromium 156 (a fresh module each time, 30 pairs,
 * alternating, load ~15): compiling and running the chunk 1.6-3.5 ms faster (median of the pairs'
 * differences, 4 sets of 30, en and zh-CN; 11-14 ms before). The chunk is run here to get its
 * value; a chunk that imports anything, or a value that JSON would not give back the same,
 * fails the build (tests/e2e/strings-json.spec.ts checks the built chunks against the sources).
 */
function stringsAsJson(): Plugin {
  return {
    name: 'tidemark-strings-json',
    apply: 'build',
    async renderChunk(code, chunk) {
      const facade = chunk.facadeModuleId ?? ''
      if (!STRINGS_MODULES.some((path) => facade.endsWith(path))) return null
      if (chunk.imports.length > 0 || chunk.dynamicImports.length > 0) {
        throw new Error(`tidemark-strings-json: ${chunk.fileName} imports other chunks`)
      }
      const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
      const module = (await import(url)) as Record<string, unknown>
      const names = Object.keys(module)
      const lines = names.map((name, index) => {
        const json = JSON.stringify(module[name])
        if (!isDeepStrictEqual(JSON.parse(json), module[name])) {
          throw new Error(`tidemark-strings-json: ${name} in ${chunk.fileName} is not plain JSON`)
        }
        return `const s${String(index)}=JSON.parse(${JSON.stringify(json)});`
      })
      const exported = names.map((name, index) => `s${String(index)} as ${name}`).join(',')
      return { code: `${lines.join('')}export{${exported}};\n`, map: null }
    },
  }
}

const MAIN_TSX = resolve(__dirname, 'renderer/main.tsx')

/** What main.tsx imports dynamically that only some starts need: not part of the start chunk. */
const NOT_EVERY_START = [
  '/ui/StartupError.tsx',
  '/ui/screens/',
  '/data/migrations.ts',
  '/ui/hooks/stored-for-assessment.ts',
  // Each language's strings: main.tsx asks for the one the system suggests.
  '/ui/i18n/en.ts',
  '/ui/i18n/zh-CN.ts',
]

/**
 * The start's code in one chunk: everything main.tsx's dynamic imports that every start makes
 * (App, i18n, the platform, the settings, the search client, react-dom) import statically,
 * which runs at every start anyway. Left to itself, Rolldown split it into ~20 small chunks by
 * which lazy screens share them: each a modulepreload request and a module to instantiate
 * (~1.2 ms of the main thread each while index.html is parsed, in a profile). main.tsx's own
 * static imports (Dexie, React) stay in the entry's chunks, so the database starts opening
 * before this chunk has run.
 */
function startChunkName(moduleId: string, context: Rolldown.ChunkingContext): string | null {
  // Worked out once per chunking pass (a watching build chunks again after each change), whose
  // module infos Rolldown reuses within the pass.
  const main = context.getModuleInfo(MAIN_TSX)
  if (!main) throw new Error('tidemark start chunk: main.tsx is not in the graph')
  let modules = startModules.get(main)
  if (!modules) {
    modules = findStartModules(context, main)
    startModules.set(main, modules)
  }
  // Named after App, its heart (the start-up error e2e test fails the app shell's code by name).
  return modules.has(moduleId) ? 'App' : null
}
const startModules = new WeakMap<Rolldown.ModuleInfo, Set<string>>()

function findStartModules(
  context: Rolldown.ChunkingContext,
  main: Rolldown.ModuleInfo,
): Set<string> {
  const roots = main.dynamicallyImportedIds.filter(
    (id) => !NOT_EVERY_START.some((part) => id.includes(part)),
  )
  const entry = staticClosureOf(context, [MAIN_TSX])
  return new Set([...staticClosureOf(context, roots)].filter((id) => !entry.has(id)))
}

const JOURNAL_SCREEN = resolve(__dirname, 'renderer/ui/screens/journal/JournalScreen.tsx')
/** The dashboard's first screen, which main.tsx asks for when a start opens there (the default). */
const DASHBOARD_START = [
  resolve(__dirname, 'renderer/ui/screens/dashboard/DashboardScreen.tsx'),
  resolve(__dirname, 'renderer/ui/screens/dashboard/use-dashboard-data.ts'),
]

/**
 * The journal's first screen in one chunk: JournalScreen and what it imports statically beyond
 * the entry and the start chunk. Main.tsx asks for it as soon as a start opens on the journal;
 * left to itself Rolldown split it by which other screens share each module, 8 files fetched
 * and instantiated after the entry has run, each a request in the chain before the first rows
 * (#6's first page). What the dashboard's start shares with it stays apart, so that the start
 * where the app opens fetches none of the journal's code; another screen that shares one of its
 * modules loads this chunk too (their top levels define functions and components, no work).
 * One run, 12 new tabs each (first-page-passes.mts, load 1.6-2.5): painted 235 -> 219 ms, the
 * minimal page 184; paired -12 ms.
 */
function journalChunkName(moduleId: string, context: Rolldown.ChunkingContext): string | null {
  const journal = context.getModuleInfo(JOURNAL_SCREEN)
  const main = context.getModuleInfo(MAIN_TSX)
  if (!journal || !main)
    throw new Error('tidemark journal chunk: JournalScreen is not in the graph')
  let modules = journalModules.get(journal)
  if (!modules) {
    const start = startModules.get(main) ?? findStartModules(context, main)
    startModules.set(main, start)
    const elsewhere = staticClosureOf(context, [MAIN_TSX, ...DASHBOARD_START])
    modules = new Set(
      [...staticClosureOf(context, [JOURNAL_SCREEN])].filter(
        (id) => !elsewhere.has(id) && !start.has(id),
      ),
    )
    journalModules.set(journal, modules)
  }
  return modules.has(moduleId) ? 'JournalScreen' : null
}
const journalModules = new WeakMap<Rolldown.ModuleInfo, Set<string>>()

/** The modules `roots` import statically, themselves included. */
function staticClosureOf(context: Rolldown.ChunkingContext, roots: readonly string[]): Set<string> {
  const seen = new Set<string>()
  const stack = [...roots]
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue
    seen.add(id)
    stack.push(...(context.getModuleInfo(id)?.importedIds ?? []))
  }
  return seen
}

/**
 * V8's explicit compile hint (Chrome >= 136: the file's first line) on the module chunks whose
 * functions a start on the journal runs at once: the entry, the start chunk and the journal's
 * first screen. Their functions are then compiled while the file streams in, off the main thread,
 * instead of one by one on it as the first render calls them: a module's code cache is never
 * read (sessions 11, 29), so that compile recurs at every start. New tabs, paired with the same
 * build without it (first-page-passes.mts, 14 and 16 each, load 2.6-4.3): main-thread CPU -18 and
 * -12 ms, painted -19 and -5 ms. Session 21 measured the hint on 16 chunks, most of them libraries
 * now in the vendor script, and kept it off: it moved as much CPU, but the paint did not follow.
 * Written last (Vite puts its preload list on the first line in generateBundle too).
 */
function compileHint(): Plugin {
  return {
    name: 'tidemark-compile-hint',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue
          if (!chunk.isEntry && chunk.name !== 'App' && chunk.name !== 'JournalScreen') continue
          chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`
          // One line more at the top: every mapping moves down a line (a --sourcemap build).
          const map = bundle[`${chunk.fileName}.map`]
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const json = JSON.parse(map.source) as { mappings: string }
            map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` })
          }
        }
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
    plugins: [
      react(),
      contentSecurityPolicy(),
      preloadStartChunks(),
      stringsAsJson(),
      vendorScript(),
      compileHint(),
    ],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      modulePreload: { polyfill: false },
      // All the app's CSS in one file, linked by index.html (64 kB raw, ~12 kB gzip). Split by
      // screen, each screen's import() first inserted its stylesheet's <link> and waited for it
      // to load before the screen's module ran: on the journal's first page that was ~13 ms of
      // the main thread in the link's insertion and a request in the chain. One run, new tabs,
      // 10 each (first-page-passes.mts, load 3.8-7): painted 394 -> 336 ms, main-thread CPU
      // 152 -> 139 ms. Screenshots of every screen, both languages and themes, are the same.
      cssCodeSplit: false,
      // Minified: what users download and parse at every start (the initial JS budget is 250 KB gzip).
      minify: true,
      rolldownOptions: {
        input: resolve(__dirname, 'renderer/index.html'),
        output: {
          codeSplitting: {
            groups: [
              { name: startChunkName, debugName: 'start', includeDependenciesRecursively: false },
              {
                name: journalChunkName,
                debugName: 'journal',
                includeDependenciesRecursively: false,
              },
              // zod in one chunk: no start runs it now (the settings' read and the timeline's
              // address are checked without it), but the screens that show the assessment
              // preload the records' schemas, and left to itself Rolldown cut zod in two.
              { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ },
            ],
          },
        },
      },
    },
  },
})
