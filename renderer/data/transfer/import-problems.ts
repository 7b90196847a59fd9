import type { ExportTable } from './export-format'
import type { IssueDetail } from './issue-detail'

/** Where in an import file a record is wrong: the table, the record (and its id if it has
 *  one), the field and what is wrong with it: as data (`detail`, for a sentence in the
 *  interface's language) and as the check's own sentence (`message`, in zod's language). */
export interface ImportIssue {
  table: ExportTable | null
  index: number | null
  id: string | null
  /** The record as the user knows it (record-label.ts: an offer's employer and role, a
   *  skill's name, an entry's date and title), where the file has it. */
  label?: string
  field: string
  detail: IssueDetail
  message: string
}

/** Why a file was refused. Each names enough for a sentence in the user's language. */
export type ImportProblem =
  | { code: 'too-large'; bytes: number; limit: number }
  /** Bytes that are not text: not UTF-8, nor UTF-16 (which is read: text-bytes.ts). */
  | { code: 'not-utf8' }
  /** `detail` is the parser's own (English) message; `line` where the JSON breaks, when known
   *  (for a file cut short, its last written line). */
  | { code: 'not-json'; detail: string; line?: number }
  | { code: 'too-deep'; path: string; limit: number }
  | { code: 'forbidden-key'; path: string; key: string }
  | { code: 'string-too-long'; path: string; limit: number }
  /** A file with nothing in it (or only spaces). */
  | { code: 'empty' }
  | { code: 'not-tidemark' }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'invalid'; issues: ImportIssue[]; more: number }

/**
 * Text from the file as a message may quote it (an id, a field's path, a schema's message
 * naming an unknown key): a hostile file's 2 MB key must not become a 2 MB message. Longer
 * text keeps its start and end, where a path's table and field are, around an ellipsis.
 */
export function quoted(text: string, max: number): string {
  if (text.length <= max) return text
  const tail = Math.floor((max - 1) / 2)
  return `${text.slice(0, max - 1 - tail)}…${text.slice(text.length - tail)}`
}

/** How much of a path, an id or a message an import problem quotes from the file. */
export const QUOTED = { path: 160, id: 60, label: 80, message: 240 } as const

/** An import refused before anything was written. */
export class ImportRefused extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`import refused: ${problem.code}`)
    this.name = 'ImportRefused'
  }
}
