import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_URL } from './chromium'

// The libraries every start runs are one classic script (electron.vite.config.ts, vendorScript):
// Chromium reads a classic script's V8 code cache back from its third load, a module script's
// never (benchmarks, sessions 11 and 31). The app's own chunks stay ES modules that read the
// libraries from the script's one global.
const renderer = join(__dirname, '..', '..', 'out', 'renderer')
const html = () => readFileSync(join(renderer, 'index.html'), 'utf8')
const vendorFile = () =>
  /<script defer src="\.\/(assets\/vendor-[\w-]+\.js)"><\/script>/.exec(html())?.[1]

test('the vendor script is a deferred classic script, before the module entry', () => {
  const page = html()
  const vendor = vendorFile()
  expect(vendor).toBeDefined()
  const classicAt = page.indexOf(`src="./${vendor ?? ''}"`)
  const moduleAt = page.search(/<script type="module"/)
  expect(moduleAt).toBeGreaterThan(classicAt)
  const code = readFileSync(join(renderer, vendor ?? ''), 'utf8')
  // The compile hint must be the first line; a classic script has no import or export.
  expect(code.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true)
  expect(code).not.toMatch(/(^|[;}\n])\s*(import|export)\s*[{*"'\w]/)
})

test('one React, one Dexie: no module chunk holds their code, only the vendor script', () => {
  const assets = join(renderer, 'assets')
  const modules = readdirSync(assets).filter(
    (name) => name.endsWith('.js') && !name.startsWith('vendor-') && !/-worker-/.test(name),
  )
  expect(modules.length).toBeGreaterThan(20)
  const vendor = readFileSync(join(renderer, vendorFile() ?? ''), 'utf8')
  // Strings that survive minification: React's element symbol (react, react-dom), the
  // scheduler's, Dexie's error class. The workers bundle their own Dexie, apart.
  for (const marker of [
    'react.transitional.element',
    'unstable_scheduleCallback',
    'MissingAPIError',
  ]) {
    expect(vendor).toContain(marker)
    const holders = modules.filter((name) =>
      readFileSync(join(assets, name), 'utf8').includes(marker),
    )
    expect(holders, marker).toEqual([])
  }
})

interface TraceEvent {
  name: string
  args?: { data?: Record<string, unknown> } & Record<string, unknown>
}

async function compilesOfVendor(page: Page): Promise<{ compiled: number; consumed: number }> {
  const session = await page.context().newCDPSession(page)
  const events: TraceEvent[] = []
  session.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  )
  const complete = new Promise<void>((resolve) => {
    session.once('Tracing.tracingComplete', () => {
      resolve()
    })
  })
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: ['v8', 'disabled-by-default-v8.compile'] },
  })
  await page.goto('/#/journal')
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible()
  await session.send('Tracing.end')
  await complete
  await session.detach()
  const ofVendor = events.filter((event) => {
    const data = { ...event.args?.data, ...event.args }
    const url = data['url'] ?? data['fileName']
    return (
      event.name === 'v8.compile' &&
      typeof url === 'string' &&
      /\/assets\/vendor-[\w-]+\.js$/.test(url)
    )
  })
  return {
    compiled: ofVendor.length,
    consumed: ofVendor.reduce(
      (sum, event) => sum + Number(event.args?.data?.['consumedCacheSize'] ?? 0),
      0,
    ),
  }
}

test('the vendor script is compiled as a classic script and read from the code cache from its third load', async () => {
  test.setTimeout(60_000)
  const profile = mkdtempSync(join(tmpdir(), 'tidemark-vendor-'))
  const context = await chromium.launchPersistentContext(profile, {
    ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
    args: CHROMIUM_ARGS,
    locale: 'en-US',
    baseURL: E2E_URL,
  })
  try {
    const loads: { compiled: number; consumed: number }[] = []
    for (let load = 1; load <= 3; load++) {
      // A new tab each time, in one disk-backed profile, as a start after the last.
      const page = await context.newPage()
      loads.push(await compilesOfVendor(page))
      // Chromium writes the cache after the script ran; give it time before the next load.
      await page.waitForTimeout(1000)
      await page.close()
    }
    expect(loads.map((load) => load.compiled)).toEqual([1, 1, 1])
    expect(loads[0]?.consumed).toBe(0)
    expect(loads[1]?.consumed).toBe(0)
    expect(loads[2]?.consumed).toBeGreaterThan(100_000)
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
})

test('the screens whose libraries come from the vendor script work: hooks, forms, charts', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text())
  })
  await page.goto('/#/dashboard')
  await page.getByRole('button', { name: 'Load the sample' }).click()
  await expect(
    page.getByText('The sample is loaded: its tier, gaps and offers are below.'),
  ).toBeVisible({ timeout: 20_000 })
  // One copy of each library, the vendor script's, on one frozen global.
  const libraries = await page.evaluate(() => {
    const vendor = (globalThis as { __tidemarkVendor?: Record<string, unknown> }).__tidemarkVendor
    return { names: Object.keys(vendor ?? {}), frozen: Object.isFrozen(vendor) }
  })
  expect(libraries.frozen).toBe(true)
  expect(libraries.names).toEqual(expect.arrayContaining(['react', 'react-dom/client', 'dexie']))
  // The journal (Dexie's live queries, i18next), an offer's form (react-hook-form) and the
  // Skills screen's chart (recharts, whose CommonJS parts require React).
  await page.goto('/#/journal')
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible()
  await page.goto('/#/offers/new')
  const form = page.getByRole('form')
  await form.getByLabel('Paste the pay as the recruiter wrote it').fill('月薪 6-8 万 × 16')
  await expect(form.getByRole('spinbutton', { name: 'Months a year (薪)' })).toHaveValue('16')
  await page.goto('/#/skills')
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible({ timeout: 20_000 })
  expect(errors.filter((text) => !text.includes('Download the React DevTools'))).toEqual([])
})
