// Which Chromium and with which flags: one list, shared with scripts/ensure-chromium.mjs.
export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs'

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
