import { z } from 'zod'
import { exportDocumentSchema } from '../renderer/data/transfer/export-format'

/**
 * The export format's JSON Schema, generated from the zod schema the import checks files
 * with, so the two cannot disagree. `npm run export-schema` rewrites
 * docs/export-format.schema.json; a test fails when the file is out of date.
 */
export function exportJsonSchema(): string {
  const schema = z.toJSONSchema(exportDocumentSchema, {
    target: 'draft-2020-12',
    // What a file may hold (defaults may be left out), which is what the import accepts.
    io: 'input',
  })
  return `${JSON.stringify(
    {
      ...schema,
      $id: 'https://tidemark.invalid/export-format.schema.json',
      title: 'Tidemark export file',
      description:
        'One JSON document holding every table of a Tidemark database. See docs/export-format.md.',
    },
    null,
    2,
  )}\n`
}
