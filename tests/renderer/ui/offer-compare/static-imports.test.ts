import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..', '..', '..')

/** The file a relative import names, as the bundler resolves it (.ts, .tsx, index). */
function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && !candidate.endsWith('.css') && candidate.match(/\.tsx?$/))
      return candidate
  }
  return null
}

/** Every package and file reached from `entry` through static imports (not `import()`). */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    const source = readFileSync(file, 'utf8')
    for (const match of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)) {
      const specifier = match[1] ?? ''
      if (specifier.startsWith('.')) {
        const target = resolveImport(file, specifier)
        if (target) visit(target)
      } else {
        packages.add(specifier)
      }
    }
  }
  visit(entry)
  return { files, packages }
}

describe('the Offers screen’s first download', () => {
  it('holds nothing of recharts: the market chart loads when first shown', () => {
    const { files, packages } = staticGraph(
      join(root, 'renderer/ui/screens/offers/OffersScreen.tsx'),
    )
    expect(files).toContain(join(root, 'renderer/ui/screens/offers/compare/OfferComparison.tsx'))
    expect(files).toContain(join(root, 'renderer/ui/charts/lazy-market-chart.ts'))
    expect(files).toContain(join(root, 'renderer/ui/charts/market-chart-data.ts'))
    expect([...packages].filter((name) => name.startsWith('recharts'))).toEqual([])
    expect([...files].filter((file) => /Chart\.tsx$/.test(file))).toEqual([])
  })
})
