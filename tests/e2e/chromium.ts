import { existsSync } from 'node:fs'

/**
 * The browser the tests drive, chosen as scripts/ensure-chromium.mjs installs it: the user's
 * TIDEMARK_CHROMIUM, else Debian's Chromium, else (undefined) Playwright's own download.
 * Run headless, as root on a closed network on our machines.
 */
const DEBIAN_CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_PATH: string | undefined =
  process.env['TIDEMARK_CHROMIUM'] ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined)
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
/**
 * One port per test run, chosen when the config first loads and passed to the workers (which
 * load it again) through the environment: a fixed port fails the whole run whenever anything
 * else on the machine happens to hold it.
 */
function runPort(): number {
  const chosen = process.env['TIDEMARK_E2E_PORT']
  if (chosen) return Number(chosen)
  const port = 41_000 + Math.floor(Math.random() * 8_000)
  process.env['TIDEMARK_E2E_PORT'] = String(port)
  return port
}
export const E2E_PORT = runPort()
export const E2E_URL = `http://127.0.0.1:${E2E_PORT}/`
