import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_PORT, E2E_URL } from './tests/e2e/chromium'

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['./tests/e2e/skip-reasons-reporter.ts']],
  use: {
    baseURL: E2E_URL,
    launchOptions: {
      ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
      args: CHROMIUM_ARGS,
    },
    locale: 'en-US',
  },
  webServer: {
    // The built renderer (`electron-vite build` runs before this), served as in browser mode.
    command: `node scripts/serve-renderer.mjs`,
    env: { TIDEMARK_PORT: String(E2E_PORT) },
    url: E2E_URL,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
