import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { exportJsonSchema } from './export-json-schema'

writeFileSync(join(__dirname, '..', 'docs', 'export-format.schema.json'), exportJsonSchema())
console.log('wrote docs/export-format.schema.json')
