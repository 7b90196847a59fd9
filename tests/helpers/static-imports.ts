import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** The repository's root, for tests that name the app's source files. */
export const REPOSITORY_ROOT = join(__dirname, '..', '..')

/** The source file a relative import names, as the bundler resolves it (.ts, .tsx, index). */
function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier)
  for (const candidate of [`${base}.ts`, `${base}.tsx`, base, join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate
  }
  return null
}

/**
 * The app's files and the packages that `entry` pulls in through static imports: what the
 * bundler puts in its chunk or loads with it. Type-only imports are erased and `import()`
 * loads later, so neither counts.
 */
export function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    const source = readFileSync(file, 'utf8')
    for (const match of source.matchAll(
      /^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm,
    )) {
      const specifier = match[1] ?? ''
      if (!specifier.startsWith('.')) packages.add(specifier)
      else {
        const target = resolveImport(file, specifier)
        if (target) visit(target)
      }
    }
  }
  visit(entry)
  return { files, packages }
}
