import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Hands a bench's headline figures to `npm run bench` (scripts/bench.mts), which runs each
 * bench as its own process and prints them in one table. Run alone, a bench writes nothing.
 */
export function writeSummary(name: string, figures: Record<string, number>): void {
  const dir = process.env['BENCH_SUMMARY_DIR']
  if (dir) writeFileSync(join(dir, `${name}.json`), JSON.stringify(figures))
}
