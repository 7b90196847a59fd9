import { readdirSync, readFileSync } from 'node:fs'

/**
 * Kills, with SIGKILL, the Chromium this process launched on `profile` and every process under
 * it (renderers, the storage service that writes IndexedDB), as a crash or a power cut would.
 * Playwright's launchPersistentContext gives no handle on the browser's process (1.65), so it
 * is found by what only it has: this process as its parent and `profile` as its user-data-dir.
 */
export function killBrowserHard(profile: string): number {
  const parents = new Map<number, number>()
  let browser: number | null = null
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry)
    if (!Number.isInteger(pid)) continue
    try {
      // "pid (name) state ppid …": the name may hold spaces, so read after its last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parents.set(pid, ppid)
      if (ppid === process.pid) {
        const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')
        if (args.includes(`--user-data-dir=${profile}`)) browser = pid
      }
    } catch {
      // The process ended while the table was read.
    }
  }
  if (browser === null) return 0
  const doomed = [browser]
  for (let index = 0; index < doomed.length; index++) {
    for (const [pid, ppid] of parents) if (ppid === doomed[index]) doomed.push(pid)
  }
  for (const pid of doomed) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  return doomed.length
}
