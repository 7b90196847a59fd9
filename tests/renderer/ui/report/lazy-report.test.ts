import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPOSITORY_ROOT as root, staticGraph } from '../../../helpers/static-imports'

const reportFolder = join(root, 'renderer', 'ui', 'report')

describe('the report', () => {
  it('loads its writer and its document on demand, not with the Skills screen', () => {
    const actions = join(reportFolder, 'ReportActions.tsx')
    const loaded = [...staticGraph(actions).files].map((file) => relative(reportFolder, file))
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
