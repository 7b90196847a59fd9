import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

// Checks on the built bundles (test:e2e builds before Playwright runs) that would otherwise
// only show when the real Electron app starts, which these machines cannot do.
const root = join(__dirname, '..', '..')
const requiredModules = (file: string) =>
  [...readFileSync(join(root, 'out', file), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map(
    (match) => match[1] ?? '',
  )

test('the sandboxed preload requires nothing but electron', () => {
  // A sandboxed preload cannot load other modules: anything else must be bundled into it.
  expect([...new Set(requiredModules('preload/index.js'))]).toEqual(['electron'])
})

test('the main bundle requires only electron, Node built-ins and runtime dependencies', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>
  }
  const allowed = new Set([
    'electron',
    ...builtinModules,
    ...builtinModules.map((name) => `node:${name}`),
    ...Object.keys(manifest.dependencies),
  ])
  const stray = requiredModules('main/index.js').filter((name) => !allowed.has(name))
  expect(stray).toEqual([])
})

test('the renderer build carries the Content-Security-Policy and loads only relative assets', () => {
  const html = readFileSync(join(root, 'out', 'renderer', 'index.html'), 'utf8')
  expect(html).toContain('http-equiv="Content-Security-Policy"')
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
})

test('the start’s code comes in a handful of files, not one per module the screens share', () => {
  // Each modulepreload is a request and a module to instantiate while index.html is parsed
  // (about 1.2 ms of the main thread each in a profile): the code every start runs is grouped
  // into one chunk (electron.vite.config.ts), beside the entry's own; the libraries (React,
  // Dexie, i18next) come before them in the classic vendor script. Split as Rolldown leaves it,
  // there were 23.
  const html = readFileSync(join(root, 'out', 'renderer', 'index.html'), 'utf8')
  const preloads = [...html.matchAll(/rel="modulepreload"/g)].length
  expect(preloads).toBeGreaterThan(0)
  expect(preloads).toBeLessThanOrEqual(16)
})

test('every start preloads only what every start runs: not zod, the records or the ruleset', () => {
  // The engine's records (stored-for-assessment: zod, the records' schemas, the ruleset, ~160 kB)
  // are read at start only by the screens that show the assessment, and main.tsx asks for them
  // there. Preloaded, every start parsed them, the journal's unused (2.04x -> 1.64x the minimal
  // page in a new tab, scratch A/B).
  const html = readFileSync(join(root, 'out', 'renderer', 'index.html'), 'utf8')
  const preloaded = [...html.matchAll(/rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((match) =>
    readFileSync(join(root, 'out', 'renderer', match[1] ?? ''), 'utf8'),
  )
  expect(preloaded.length).toBeGreaterThan(0)
  for (const code of preloaded) {
    // zod's own error class name and the ruleset's citation field survive minification.
    expect(code).not.toContain('ZodError')
    expect(code).not.toContain('quoteZhHans')
  }
})

test('the page icon is a bitmap, inline', () => {
  // An SVG icon is laid out as a document of its own on the main thread while the first screen
  // is drawn (5-16 ms in a profile); a bitmap is only decoded.
  const html = readFileSync(join(root, 'out', 'renderer', 'index.html'), 'utf8')
  const icon = /<link\s+rel="icon"\s+href="([^"]+)"/.exec(html)?.[1] ?? ''
  expect(icon).toMatch(/^data:image\/png;base64,/)
  const png = Buffer.from(icon.slice(icon.indexOf(',') + 1), 'base64')
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
})

test('the journal’s first screen comes in a few files, and the dashboard’s start fetches none of them', () => {
  // Left to Rolldown, the journal's first screen came in 8 files, each fetched and instantiated
  // only once the entry had run and asked for JournalScreen: a request in the chain before the
  // first rows (electron.vite.config.ts, journalChunkName). What the dashboard's start (where
  // the app opens) shares with it stays out of that chunk.
  const assets = join(root, 'out', 'renderer', 'assets')
  const html = readFileSync(join(root, 'out', 'renderer', 'index.html'), 'utf8')
  const atStart = new Set(
    [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((match) => match[1] ?? ''),
  )
  const files = readdirSync(assets).filter((file) => file.endsWith('.js'))
  const code = (file: string) => readFileSync(join(assets, file), 'utf8')
  /** A chunk and the chunks it imports statically, through each other, as the browser fetches them. */
  const closure = (first: string) => {
    const seen = new Set<string>()
    const stack = [first]
    for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
      if (seen.has(file)) continue
      seen.add(file)
      for (const match of code(file).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
        stack.push(match[1] ?? '')
      }
    }
    return seen
  }
  const holding = (marker: string) => files.filter((file) => code(file).includes(marker))
  const [timeline, ...more] = holding('timeline-row')
  expect(more).toEqual([])
  const journal = [...closure(timeline ?? '')].filter((file) => !atStart.has(file))
  expect(journal.length).toBeGreaterThan(0)
  expect(journal.length).toBeLessThanOrEqual(4)
  for (const screen of ['DashboardScreen-', 'use-dashboard-data-']) {
    const [chunk] = files.filter((file) => file.startsWith(screen))
    expect(chunk, screen).toBeDefined()
    expect([...closure(chunk ?? '')]).not.toContain(timeline)
  }
})

test('the entry, the start chunk and the journal’s first screen carry V8’s compile hint, first line', () => {
  // Their functions run at once on a journal start: compiled while the file streams in, off the
  // main thread, not one by one as the first render calls them (electron.vite.config.ts,
  // compileHint). Other chunks compile only what they run.
  const assets = join(root, 'out', 'renderer', 'assets')
  const hinted = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .filter((file) =>
      readFileSync(join(assets, file), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'),
    )
    .map((file) => file.replace(/-[\w-]{8}\.js$/, ''))
    .sort()
  expect(hinted).toEqual(['App', 'JournalScreen', 'index', 'vendor'])
})
