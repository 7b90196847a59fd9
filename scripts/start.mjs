// `npm start`: builds Tidemark, then runs the desktop app where Electron's binary is present or
// can be fetched, and otherwise serves the same renderer in browser mode on a fixed local URL.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveRenderer } from './serve-renderer.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = (name) => join(root, 'node_modules', '.bin', name)

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

/** Electron's binary is fetched lazily; try once, quietly, and report the outcome. */
function electronAvailable() {
  if (existsSync(join(root, 'node_modules', 'electron', 'path.txt'))) return true
  const install = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron', 'install.js')],
    {
      cwd: root,
      stdio: 'ignore',
      timeout: 180_000,
    },
  )
  return install.status === 0 && existsSync(join(root, 'node_modules', 'electron', 'path.txt'))
}

function findChromium() {
  const candidates = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']
  for (const name of candidates) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' })
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim()
  }
  return null
}

run(bin('electron-vite'), ['build'])

if (electronAvailable()) {
  const child = spawn(bin('electron-vite'), ['preview', '--skipBuild'], {
    cwd: root,
    stdio: 'inherit',
  })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log(
    'Electron’s binary is not installed and cannot be downloaded here: running Tidemark in browser mode.',
  )
  const server = await serveRenderer()
  console.log(`Tidemark is at ${server.url}  (Ctrl-C to stop)`)
  let browser = null
  const chromium = process.env.DISPLAY || process.platform !== 'linux' ? findChromium() : null
  if (chromium) {
    // Tidemark's own profile folder: the data persists between runs, apart from the user's browsing.
    const profile = join(
      process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'),
      'tidemark',
      'browser-profile',
    )
    mkdirSync(profile, { recursive: true })
    const args = [
      `--app=${server.url}`,
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
      '--disable-component-update',
    ]
    if (process.getuid?.() === 0) args.push('--no-sandbox')
    browser = spawn(chromium, args, { stdio: 'ignore' })
    browser.on('exit', () => void shutdown())
  }
  let stopping = false
  async function shutdown() {
    if (stopping) return
    stopping = true
    browser?.kill()
    await server.close()
    console.log('Tidemark stopped.')
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown())
  process.on('SIGTERM', () => void shutdown())
}
