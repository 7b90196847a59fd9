import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPOSITORY_ROOT as root, staticGraph } from '../../../helpers/static-imports'

describe('the search client’s code', () => {
  it('holds none of the records’ schemas: it subscribes at every start, before any write', () => {
    const { files, packages } = staticGraph(join(root, 'renderer/data/search/search-client.ts'))
    expect(files).toContain(join(root, 'renderer/data/repositories/journal-changes.ts'))
    expect(files).not.toContain(join(root, 'renderer/data/records.ts'))
    expect(packages).not.toContain('zod')
  })
})
