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
})
