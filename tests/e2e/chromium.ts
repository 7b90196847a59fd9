/** Debian's Chromium, run headless as root on a closed network. Shared by the config and the specs. */
export const CHROMIUM_PATH = process.env['TIDEMARK_CHROMIUM'] ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
export const E2E_PORT = 47822
export const E2E_URL = `http://127.0.0.1:${E2E_PORT}/`
