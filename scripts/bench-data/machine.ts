import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'

/** The machine a figure was measured on, in one line. */
export function describeMachine(chromiumPath: string | undefined): string {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8')
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? '?'
  let chromium = 'Playwright’s Chromium'
  if (chromiumPath) {
    try {
      chromium = execFileSync(chromiumPath, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim()
    } catch {
      chromium = chromiumPath
    }
  }
  const memory = (totalmem() / 2 ** 30).toFixed(1)
  return `${model}, ${cpus().length} cores, ${memory} GiB memory; ${chromium} (headless); Node ${process.version}`
}

/** The one-minute load average: above the core count, other work was competing for the CPU. */
export const loadAverage = (): number => loadavg()[0] ?? NaN
