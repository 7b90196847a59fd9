// The end-to-end tests drive Debian's Chromium (Playwright cannot download its own browser
// here). Install it with apt-get when it is missing and we are root; otherwise say what to do.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const CHROMIUM = process.env.TIDEMARK_CHROMIUM ?? '/usr/bin/chromium'

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is missing at ${CHROMIUM}. Install it (sudo apt-get install -y chromium) or set TIDEMARK_CHROMIUM.`,
    )
    process.exit(1)
  }
  console.log('Installing Debian’s chromium for the end-to-end tests…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) process.exit(result.status ?? 1)
  }
}
