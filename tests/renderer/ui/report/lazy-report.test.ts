import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..', '..', '..')
const reportFolder = join(root, 'renderer', 'ui', 'report')

/** The source file a relative import names, as the bundler resolves it. */
function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier)
  for (const candidate of [`${base}.ts`, `${base}.tsx`, base, join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate
  }
  return null
}

/**
 * The app's files that `entry` pulls in through static imports: those the bundler puts beside
 * it. Type-only imports are erased and `import()` loads later, so neither counts.
 */
function staticFiles(entry: string): Set<string> {
  const files = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    const source = readFileSync(file, 'utf8')
    for (const match of source.matchAll(
      /^\s*(import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm,
    )) {
      const specifier = match[2] ?? ''
      const target = specifier.startsWith('.') ? resolveImport(file, specifier) : null
      if (target) visit(target)
    }
  }
  visit(entry)
  return files
}

describe('the report', () => {
  it('loads its writer and its document on demand, not with the Skills screen', () => {
    const actions = join(reportFolder, 'ReportActions.tsx')
    const loaded = [...staticFiles(actions)].map((file) => relative(reportFolder, file))
    expect(loaded).toContain('ReportActions.tsx')
    for (const heavy of [
      'report-module.ts',
      'report-model.ts',
      'report-markdown.ts',
      'markdown-text.ts',
      'ReportDocument.tsx',
      'report-words.ts',
    ]) {
      expect(loaded).not.toContain(heavy)
    }
    // …and it does load them, through import().
    expect(readFileSync(actions, 'utf8')).toContain("import('./report-module')")
  })
})
