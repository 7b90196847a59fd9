import type { ExportTable } from './export-format'

/** Where in an import file a record is wrong: the table, the record (and its id if it has
 *  one), the field and what is wrong with it. */
export interface ImportIssue {
  table: ExportTable | null
  index: number | null
  id: string | null
  field: string
  message: string
}

/** Why a file was refused. Each names enough for a sentence in the user's language. */
export type ImportProblem =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'not-utf8' }
  | { code: 'not-json'; detail: string }
  | { code: 'too-deep'; path: string; limit: number }
  | { code: 'forbidden-key'; path: string; key: string }
  | { code: 'string-too-long'; path: string; limit: number }
  | { code: 'not-tidemark' }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'invalid'; issues: ImportIssue[]; more: number }

/** An import refused before anything was written. */
export class ImportRefused extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`import refused: ${problem.code}`)
    this.name = 'ImportRefused'
  }
}
