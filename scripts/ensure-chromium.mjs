// The end-to-end tests need a Chromium. In order of preference:
//   1. TIDEMARK_CHROMIUM, if set;
//   2. Debian's /usr/bin/chromium (our build machines; installed with apt-get when we are root);
//   3. Playwright's own Chromium, downloaded by `playwright install` (a normal desktop with network).
// scripts/chromium.mjs holds that choice; the tests launch what it names.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { chromium } from '@playwright/test'
import { CHROMIUM_PATH } from './chromium.mjs'

const run = (command, args, env = process.env) =>
  spawnSync(command, args, { stdio: 'inherit', env }).status === 0

if (process.env.TIDEMARK_CHROMIUM) {
  if (!existsSync(process.env.TIDEMARK_CHROMIUM)) {
    console.error(
      `TIDEMARK_CHROMIUM points to ${process.env.TIDEMARK_CHROMIUM}, which does not exist.`,
    )
    process.exit(1)
  }
} else if (CHROMIUM_PATH === undefined && !existsSync(chromium.executablePath())) {
  const isRoot = process.getuid?.() === 0
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  let installed = false
  if (isRoot && hasApt) {
    console.log('Installing Debian’s chromium for the end-to-end tests…')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    installed =
      run('apt-get', ['update', '-qq'], env) &&
      run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], env)
  }
  if (!installed) {
    console.log('Fetching Playwright’s Chromium for the end-to-end tests…')
    installed = run(process.execPath, [
      'node_modules/@playwright/test/cli.js',
      'install',
      'chromium',
    ])
  }
  if (!installed) {
    console.error(
      'No Chromium for the end-to-end tests: install Debian’s `chromium`, or set TIDEMARK_CHROMIUM to a Chromium or Chrome binary.',
    )
    process.exit(1)
  }
}
