import { expect, test, type Page } from '@playwright/test'
import { E2E_URL } from './chromium'

/**
 * Security in the browser the renderer runs in (Chromium, browser mode): the CSP refuses
 * script injected as an XSS would inject it, and reports it; and the whole app, walked with
 * data in it, never sends a request beyond its own origin. Electron serves the same page with
 * the same policy (main/csp.ts) and cancels any request that is not app:// (main/security.ts).
 */

const ORIGIN = new URL(E2E_URL).origin

interface Injection {
  /** Whether any of the injected code ran. */
  ran: string[]
  /** The securitypolicyviolation events the page saw: directive and what was blocked. */
  violations: { directive: string; blocked: string; disposition: string }[]
}

/** Injects script the ways an XSS would, from the page's own context, and reports what ran. */
async function injectScripts(page: Page): Promise<Injection> {
  return page.evaluate(async () => {
    const scope = window as unknown as { __ran?: string[] }
    scope.__ran = []
    const violations: Injection['violations'] = []
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        disposition: event.disposition,
      })
    })
    const host = document.createElement('div')
    document.body.append(host)
    // Markup as a careless innerHTML would take it: an inline event handler...
    host.innerHTML = '<img alt="" src="data:," onerror="window.__ran.push(\'onerror\')">'
    // ...an inline <script> element added to the document...
    const script = document.createElement('script')
    script.textContent = "window.__ran.push('inline-script')"
    document.body.append(script)
    // ...and a javascript: link followed.
    const link = document.createElement('a')
    link.href = "javascript:window.__ran.push('javascript-url')"
    host.append(link)
    link.click()
    await new Promise((resolve) => setTimeout(resolve, 300))
    host.remove()
    script.remove()
    return { ran: scope.__ran, violations }
  })
}

test.describe('the Content-Security-Policy', () => {
  test('blocks injected inline script of every kind and reports each', async ({ page }) => {
    const consoleReports: string[] = []
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) consoleReports.push(message.text())
    })
    await page.goto('/#/journal')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const outcome = await injectScripts(page)
    expect(outcome.ran).toEqual([])
    const seen = outcome.violations.map((violation) => violation.directive).sort()
    expect(seen).toEqual(['script-src-attr', 'script-src-elem', 'script-src-elem'].sort())
    for (const violation of outcome.violations) {
      expect(violation).toMatchObject({ blocked: 'inline', disposition: 'enforce' })
    }
    expect(consoleReports.length).toBeGreaterThanOrEqual(3)
  })
})

/** Every section, as the hash router names it, and the level-1 heading each shows. */
const SECTIONS: [hash: string, heading: RegExp][] = [
  ['#/dashboard', /^Dashboard$/],
  ['#/skills', /./],
  ['#/offers', /./],
  ['#/offers/new', /./],
  ['#/journal', /./],
  ['#/journal/new', /./],
  ['#/journal/jobs', /./],
  ['#/journal/goals', /./],
  ['#/rules', /./],
  ['#/settings', /^Settings$/],
]

test('every section, with the sample loaded, sends no request beyond its own origin', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000)
  const requests: string[] = []
  // The context sees the page's requests and its workers' (the search index, service workers).
  context.on('request', (request) => requests.push(request.url()))
  page.on('websocket', (socket) => requests.push(socket.url()))
  // A request the CSP stops before it is sent is still an attempt to leave: the policy's
  // report on the console says so.
  const refusedByPolicy: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refusedByPolicy.push(message.text())
  })

  await page.goto('/#/dashboard')
  await page.getByRole('button', { name: 'Load the sample' }).click()
  await expect(
    page.getByText('The sample is loaded: its tier, gaps and offers are below.'),
  ).toBeVisible({ timeout: 20_000 })

  const visited: string[] = []
  for (const [hash, heading] of SECTIONS) {
    await page.goto(`/${hash}`)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    // Let lazy chunks, charts and the search worker finish what the screen starts.
    await page.waitForLoadState('networkidle')
    visited.push(hash)
  }
  expect(visited).toHaveLength(SECTIONS.length)

  // data: URLs (inline images) never leave the page; everything else must be ours.
  const foreign = requests.filter(
    (url) => !url.startsWith('data:') && new URL(url).origin !== ORIGIN,
  )
  expect(foreign).toEqual([])
  expect(refusedByPolicy).toEqual([])
  // The recorder saw the app load (its scripts, lazy screens), so an empty list means something.
  expect(requests.filter((url) => url.startsWith(`${ORIGIN}/assets/`)).length).toBeGreaterThan(5)
})
