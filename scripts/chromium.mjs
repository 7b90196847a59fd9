// The Chromium the end-to-end tests drive, in one place: scripts/ensure-chromium.mjs makes
// sure it is there, tests/e2e/chromium.ts (and so playwright.config.ts) launches it.
// Plain Node ESM so the install script can run before anything is compiled.
import { existsSync } from 'node:fs'

/** Debian's package: our build machines have it, and ensure-chromium installs it when root. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/**
 * The user's TIDEMARK_CHROMIUM, else Debian's Chromium, else undefined: Playwright's own
 * download (`playwright install chromium`).
 */
export const CHROMIUM_PATH =
  process.env.TIDEMARK_CHROMIUM ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined)

/** Headless, as root, on a closed network on our machines: no sandbox, GPU or background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
