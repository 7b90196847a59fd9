import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPOSITORY_ROOT as root, staticGraph } from '../../helpers/static-imports'

const RECORDS = join(root, 'renderer/data/records.ts')

describe('the code every start runs', () => {
  it('App holds none of the records’ schemas: the banners (the offers’ deadlines) load after the first paint', () => {
    const { files } = staticGraph(join(root, 'renderer/ui/App.tsx'))
    expect(files).toContain(join(root, 'renderer/ui/NavBar.tsx'))
    expect(files).not.toContain(join(root, 'renderer/ui/Banners.tsx'))
    expect(files).not.toContain(join(root, 'renderer/data/repositories/offers.ts'))
    expect(files).not.toContain(RECORDS)
  })

  it('the journal’s change listeners load none of the validation', () => {
    const { files, packages } = staticGraph(
      join(root, 'renderer/data/repositories/journal-changes.ts'),
    )
    expect(files).not.toContain(RECORDS)
    expect(packages).not.toContain('zod')
  })

  it('the journal screen loads none of the engine, zod or the forms before its first rows', () => {
    // use-company-spellings read two helpers from data/job-search.ts, whose figures read the
    // snapshots (the skills' scoring, the default ruleset, the records' zod schemas), and the
    // date range filter one check from form/date-input.ts (react-hook-form): the journal's
    // first page in a new tab parsed ~230 kB of code it did not run (1.52x -> 1.28x the
    // minimal page, first-page-passes, session 32).
    const { files, packages } = staticGraph(
      join(root, 'renderer/ui/screens/journal/JournalScreen.tsx'),
    )
    expect(files).toContain(join(root, 'renderer/ui/screens/journal/timeline/TimelineView.tsx'))
    expect(files).not.toContain(RECORDS)
    expect(files).not.toContain(join(root, 'renderer/data/snapshots.ts'))
    expect(files).not.toContain(join(root, 'renderer/domain/ruleset/default-ruleset.ts'))
    expect(packages).not.toContain('zod')
    expect(packages).not.toContain('react-hook-form')
  })
})
