import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportJsonSchema } from '../../scripts/export-json-schema'

const docs = join(__dirname, '..', '..', 'docs')

describe('the export format documentation', () => {
  it('docs/export-format.schema.json is the schema the import checks with', () => {
    // Out of date? Run `npm run export-schema`.
    expect(readFileSync(join(docs, 'export-format.schema.json'), 'utf8')).toBe(exportJsonSchema())
  })

  it('docs/export-format.md names every table the format holds', () => {
    const page = readFileSync(join(docs, 'export-format.md'), 'utf8')
    const schema = JSON.parse(exportJsonSchema()) as {
      properties: { data: { properties: Record<string, unknown> } }
    }
    for (const table of Object.keys(schema.properties.data.properties)) {
      expect(page).toContain(`\`${table}\``)
    }
  })
})
