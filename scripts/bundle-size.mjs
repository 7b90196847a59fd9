#!/usr/bin/env node
/**
 * What the renderer makes a user download and parse before the first paint, from a build that
 * already exists (`electron-vite build`; this script builds nothing). Prints the initial JS
 * (the entry chunk of index.html and everything it imports statically, which index.html also
 * lists as modulepreload, its classic scripts (the vendor script), and the larger language's strings, which main.tsx imports as it
 * starts) raw and gzip, every chunk reachable from it, and, where the build has
 * source maps (`electron-vite build --sourcemap`), the modules and packages that weigh most.
 * Exits 1 when the initial JS is over the budget of issue #7: 250 kB gzip.
 *
 *   npm run size                      # reads out/renderer
 *   npm run size -- --dir <folder>    # another build's renderer folder
 *
 * Sizes: kB are 1000 bytes; gzip is node:zlib at its default level (6), each file on its own,
 * as a server would send it. A chunk's trailing sourceMappingURL comment is not counted, so a
 * build with source maps measures the same as one without.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_GZIP_BYTES = 250_000
const TOP_MODULES = 15
const TOP_PACKAGES = 10

const projectRoot = resolve(dirname(new URL(import.meta.url).pathname), '..')

function argument(name) {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

const outDir = resolve(argument('--dir') ?? join(projectRoot, 'out', 'renderer'))
const indexPath = join(outDir, 'index.html')
if (!existsSync(indexPath)) {
  console.error(`No ${relative(projectRoot, indexPath)}: run \`npx electron-vite build\` first.`)
  process.exit(2)
}
const html = readFileSync(indexPath, 'utf8')

/** The local URLs of the tags index.html loads, by kind. */
function htmlReferences(pattern) {
  return [...html.matchAll(pattern)].map((match) => match[1]).filter((url) => !/^\w+:/.test(url))
}
const entries = htmlReferences(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)
// Classic scripts (the vendor script: the libraries every start runs, before the module entry)
// are run before the first paint too, and import nothing.
const classicScripts = htmlReferences(/<script\b(?![^>]*\btype=)[^>]*\bsrc="([^"]+)"/g)
const preloads = htmlReferences(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)
const stylesheets = htmlReferences(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)
if (entries.length === 0) {
  console.error('index.html has no <script type="module" src>: is this a vite build?')
  process.exit(2)
}

const SOURCE_MAP_COMMENT = /\n?\/\/# sourceMappingURL=\S+\s*$/

/** A built file: its code as shipped (without the source-map comment) and its sizes. */
const files = new Map()
function file(path) {
  let entry = files.get(path)
  if (!entry) {
    const code = readFileSync(path, 'utf8').replace(SOURCE_MAP_COMMENT, '')
    const bytes = Buffer.from(code)
    entry = { path, code, raw: bytes.length, gzip: gzipSync(bytes).length }
    files.set(path, entry)
  }
  return entry
}

// Minified ES modules: a static import or re-export is `import{a as b}from"./x.js"`,
// `import"./x.js"` or `export{a}from"./x.js"`; a dynamic one is import(`./x.js`). Any other
// quoted chunk name (a worker's `new URL("x.js", import.meta.url)`, vite's preload list) is
// loaded later too; a quoted name with no file beside it is ignored.
const STATIC_IMPORT =
  /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g
const ANY_CHUNK_REFERENCE = /["'`]((?:\.{1,2}\/)?[\w.\-/]+\.js)["'`]/g

function resolveFrom(fromFile, url) {
  return resolve(dirname(fromFile), url.split(/[?#]/)[0])
}

/** Every file reachable from the start files through the references `pattern` finds. */
function reachable(starts, pattern) {
  const seen = new Set()
  const queue = [...starts]
  while (queue.length > 0) {
    const path = queue.shift()
    if (seen.has(path) || !existsSync(path)) continue
    seen.add(path)
    for (const match of file(path).code.matchAll(pattern)) queue.push(resolveFrom(path, match[1]))
  }
  return seen
}

function sum(paths, key) {
  return [...paths].reduce((total, path) => total + file(path)[key], 0)
}

const entryFiles = entries.map((url) => resolveFrom(indexPath, url))
const initial = reachable(
  [...entryFiles, ...preloads.map((url) => resolveFrom(indexPath, url))],
  STATIC_IMPORT,
)
for (const url of classicScripts) initial.add(resolveFrom(indexPath, url))
// The interface's strings: main.tsx imports one language's chunk (i18n/en.ts or zh-CN.ts) as it
// starts, chosen at run time, so index.html cannot preload it and STATIC_IMPORT does not see it.
// It is loaded before the first paint all the same: the larger language's is counted as initial.
const LANGUAGE_CHUNK = /^(en|zh-CN)-[\w-]+\.js$/
const languageChunks = reachable([...initial], ANY_CHUNK_REFERENCE)
const startStrings = [...languageChunks]
  .filter((path) => LANGUAGE_CHUNK.test(relative(join(outDir, 'assets'), path)))
  .map((path) => [...reachable([path], STATIC_IMPORT)].filter((each) => !initial.has(each)))
  .sort((a, b) => sum(b, 'gzip') - sum(a, 'gzip'))[0]
for (const path of startStrings ?? []) initial.add(path)
const everything = reachable([...initial], ANY_CHUNK_REFERENCE)
const lazy = [...everything].filter((path) => !initial.has(path))

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
const name = (path) => relative(outDir, path)
const filesCount = (count) => `${count} file${count === 1 ? '' : 's'}`
const pad = (text, width) => String(text).padEnd(width)
const padStart = (text, width) => String(text).padStart(width)

const initialRaw = sum(initial, 'raw')
const initialGzip = sum(initial, 'gzip')
const overBudget = initialGzip > BUDGET_GZIP_BYTES
// For `npm run bench`'s one table (scripts/bench-summary.ts does the same for the TS benches).
if (process.env.BENCH_SUMMARY_DIR) {
  writeFileSync(
    join(process.env.BENCH_SUMMARY_DIR, 'size.json'),
    JSON.stringify({ initialGzipKB: initialGzip / 1000, budgetKB: BUDGET_GZIP_BYTES / 1000 }),
  )
}

console.log(
  `Renderer bundle: ${outDir.startsWith(projectRoot) ? relative(projectRoot, outDir) : outDir}`,
)
console.log(`Entry: ${entries.join(', ')}`)
console.log('')
console.log(
  `Initial JS (${filesCount(initial.size)}, before the first paint): ${kB(initialRaw)} raw, ${kB(initialGzip)} gzip`,
)
console.log(
  `Budget: ${kB(BUDGET_GZIP_BYTES)} gzip: ${overBudget ? `OVER by ${kB(initialGzip - BUDGET_GZIP_BYTES)}` : `OK, ${kB(BUDGET_GZIP_BYTES - initialGzip)} to spare`}`,
)
if (stylesheets.length > 0) {
  const css = stylesheets.map((url) => resolveFrom(indexPath, url)).filter(existsSync)
  console.log(
    `Initial CSS (${filesCount(css.length)}): ${kB(sum(css, 'raw'))} raw, ${kB(sum(css, 'gzip'))} gzip`,
  )
}
console.log(
  `Loaded later (lazy chunks, workers): ${filesCount(lazy.length)}, ${kB(sum(lazy, 'raw'))} raw, ${kB(sum(lazy, 'gzip'))} gzip`,
)

console.log('')
console.log('Chunks, biggest first (raw / gzip):')
const byGzip = (a, b) => file(b).gzip - file(a).gzip
for (const [when, paths] of [
  ['initial', [...initial].sort(byGzip)],
  ['later', lazy.sort(byGzip)],
]) {
  for (const path of paths) {
    const { raw, gzip } = file(path)
    console.log(
      `  ${pad(when, 10)} ${pad(name(path), 44)} ${padStart(kB(raw), 10)} ${padStart(kB(gzip), 10)}`,
    )
  }
}

// ---- Modules, from source maps: each generated byte belongs to the source its mapping names.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_VALUE = new Map([...BASE64].map((char, index) => [char, index]))

/** The segments of one line of a source map's `mappings`, as [column, sourceIndex?] (VLQ). */
function decodeLine(text, state) {
  const segments = []
  for (const segment of text.split(',')) {
    if (segment === '') continue
    const fields = []
    let value = 0
    let shift = 0
    for (const char of segment) {
      const digit = BASE64_VALUE.get(char)
      if (digit === undefined) throw new Error(`bad source map character "${char}"`)
      value += (digit & 31) << shift
      if (digit & 32) {
        shift += 5
        continue
      }
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
    state.column += fields[0]
    if (fields.length >= 4) {
      state.source += fields[1]
      segments.push([state.column, state.source])
    } else {
      segments.push([state.column, undefined])
    }
  }
  return segments
}

/** Bytes of `path`'s shipped code per original source file, or null without a source map. */
function moduleBytes(path) {
  const mapPath = `${path}.map`
  if (!existsSync(mapPath)) return null
  const map = JSON.parse(readFileSync(mapPath, 'utf8'))
  const sources = map.sources.map((source) =>
    relative(projectRoot, resolve(dirname(mapPath), map.sourceRoot ?? '', source)),
  )
  const totals = new Map()
  const add = (key, bytes) => totals.set(key, (totals.get(key) ?? 0) + bytes)
  const lines = file(path).code.split('\n')
  const state = { column: 0, source: 0 }
  map.mappings.split(';').forEach((mappingLine, lineIndex) => {
    const line = lines[lineIndex]
    if (line === undefined) return
    state.column = 0
    const segments = decodeLine(mappingLine, state)
    let end = line.length
    for (let index = segments.length - 1; index >= 0; index -= 1) {
      const [column, source] = segments[index]
      add(
        source === undefined ? '(unmapped)' : sources[source],
        Buffer.byteLength(line.slice(column, end)),
      )
      end = column
    }
    if (end > 0) add('(unmapped)', Buffer.byteLength(line.slice(0, end)))
  })
  // Newlines belong to no module; count them so the totals add up to the file.
  add('(unmapped)', lines.length - 1)
  return totals
}

/** node_modules/react-dom/cjs/x.js → react-dom; @scope/pkg kept whole; app files → their folder. */
function packageOf(source) {
  const parts = source.split(/[\\/]/)
  const at = parts.lastIndexOf('node_modules')
  if (at !== -1) {
    const first = parts[at + 1] ?? '?'
    return first.startsWith('@') ? `${first}/${parts[at + 2]}` : first
  }
  if (source === '(unmapped)') return source
  return `(app) ${parts.slice(0, Math.min(parts.length - 1, 3)).join('/')}/`
}

const initialModules = new Map()
const missingMaps = []
for (const path of initial) {
  const totals = moduleBytes(path)
  if (!totals) {
    missingMaps.push(name(path))
    continue
  }
  const counted = [...totals.values()].reduce((total, bytes) => total + bytes, 0)
  if (counted !== file(path).raw) {
    console.warn(
      `warning: the source map of ${name(path)} covers ${counted} of ${file(path).raw} bytes`,
    )
  }
  for (const [source, bytes] of totals)
    initialModules.set(source, (initialModules.get(source) ?? 0) + bytes)
}

console.log('')
if (initialModules.size === 0) {
  console.log('Modules: this build has no source maps. For the biggest modules, build with them:')
  console.log(
    '  flock /tmp/tidemark-build.lock npx electron-vite build --sourcemap && npm run size',
  )
} else {
  const share = (bytes) => `${((bytes / initialRaw) * 100).toFixed(1)}%`
  const ranked = (map) => [...map].sort((a, b) => b[1] - a[1])
  console.log(`Biggest modules in the initial JS (minified bytes, share of ${kB(initialRaw)}):`)
  for (const [source, bytes] of ranked(initialModules).slice(0, TOP_MODULES)) {
    console.log(
      `  ${pad(source.replace(/^.*node_modules[\\/]/, ''), 70)} ${padStart(kB(bytes), 10)} ${padStart(share(bytes), 6)}`,
    )
  }
  const packages = new Map()
  for (const [source, bytes] of initialModules) {
    const key = packageOf(source)
    packages.set(key, (packages.get(key) ?? 0) + bytes)
  }
  console.log('')
  console.log('By package (initial JS):')
  for (const [key, bytes] of ranked(packages).slice(0, TOP_PACKAGES)) {
    console.log(`  ${pad(key, 70)} ${padStart(kB(bytes), 10)} ${padStart(share(bytes), 6)}`)
  }
  if (missingMaps.length > 0) console.log(`  (no source map for ${missingMaps.join(', ')})`)
}

if (overBudget) {
  console.error(
    `\nThe initial JS is ${kB(initialGzip)} gzip, over the ${kB(BUDGET_GZIP_BYTES)} budget.`,
  )
  process.exit(1)
}
