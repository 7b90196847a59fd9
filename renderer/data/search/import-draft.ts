import { MAX_STRING } from '../transfer/import-checks'
import { decodeTextBytes } from '../transfer/text-bytes'
import type { IndexedEntry } from './indexed-entry'
import { kindTextOf } from './kind-names'
import type { SkillNames } from './linked-skills'

/** A file's draft: its journal's rows as indexed, and its skills' names they link to. */
export interface ImportDraft {
  entries: IndexedEntry[]
  skillNames: SkillNames
}

/**
 * Larger files are not drafted (their index is built beside the write, as without a draft):
 * the check's worker holds the parsed file already, and a second parse here doubles that.
 * A 50,000-entry export is about 14 MB.
 */
export const MAX_DRAFT_BYTES = 48 * 1024 * 1024

/**
 * An import file's journal entries as the search index keeps them (indexedEntry's fields),
 * read by the search worker from the file itself while the import's check runs on its own
 * worker: the index of the import is drafted from them on the second core, which the check
 * leaves idle, instead of being built beside the import's write, where it slowed the write.
 *
 * Nothing here is trusted: the draft answers no search. It is used only if the entries the
 * import writes turn out to be exactly these rows, in this order, with the same text (the
 * search service compares them as they are written); otherwise the index is built from what
 * is written, as without a draft. So this reads leniently and gives up at the first thing an
 * export would not hold (null: no draft; the check says what is wrong, or the write shows it).
 */
export function draftEntries(file: string | ArrayBuffer): IndexedEntry[] | null {
  return draftImport(file)?.entries ?? null
}

/** draftEntries, with the names of the file's skills (a skill row unread is left out: the
 *  entries linked to it are named after the import, when the written skills are read). */
export function draftImport(file: string | ArrayBuffer): ImportDraft | null {
  let text: string
  if (typeof file === 'string') {
    // At least a byte a character: a longer text is a larger file.
    if (file.length > MAX_DRAFT_BYTES) return null
    text = file.charCodeAt(0) === 0xfeff ? file.slice(1) : file
  } else {
    if (file.byteLength > MAX_DRAFT_BYTES) return null
    // As the check decodes (UTF-8 or UTF-16, a byte-order mark dropped): a file saved again as
    // UTF-16 is drafted too.
    const decoded = decodeTextBytes(new Uint8Array(file))
    if (decoded === null) return null
    text = decoded
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  const data = ownProperty(parsed, 'data')
  const journal = ownProperty(data, 'journal')
  if (!Array.isArray(journal)) return null
  const entries: IndexedEntry[] = []
  for (const row of journal as unknown[]) {
    const id = ownProperty(row, 'id')
    const title = ownProperty(row, 'title')
    const body = ownProperty(row, 'body')
    const tags = ownProperty(row, 'tags')
    const company = ownProperty(row, 'company')
    const kind = kindTextOf(ownProperty(row, 'kind'))
    const skillIds = ownProperty(row, 'skillIds') ?? []
    const date = ownProperty(row, 'date')
    if (kind === null) return null
    if (!isShortText(date)) return null
    if (!Array.isArray(skillIds) || !(skillIds as unknown[]).every(isShortText)) return null
    if (!isShortText(id) || !isShortText(title) || !isShortText(body)) return null
    if (!Array.isArray(tags) || !(tags as unknown[]).every(isShortText)) return null
    if (company !== undefined && !isShortText(company)) return null
    entries.push({
      id,
      title,
      body,
      tags: (tags as string[]).join(' '),
      company: company ?? '',
      kind,
      skillIds: skillIds as string[],
      date,
    })
  }
  return { entries, skillNames: skillNamesOf(ownProperty(data, 'skills')) }
}

function skillNamesOf(skills: unknown): Map<string, string> {
  const names = new Map<string, string>()
  if (!Array.isArray(skills)) return names
  for (const skill of skills as unknown[]) {
    const id = ownProperty(skill, 'id')
    const name = ownProperty(skill, 'name')
    if (isShortText(id) && isShortText(name)) names.set(id, name)
  }
  return names
}

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_STRING
}

/** A plain object's own property (never one from its prototype), else undefined. */
function ownProperty(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined
}

/** Whether a written entry is the draft's row: the same id and the same indexed text. */
export function sameEntry(written: IndexedEntry, row: IndexedEntry | undefined): boolean {
  return (
    row !== undefined &&
    written.id === row.id &&
    written.title === row.title &&
    written.body === row.body &&
    written.tags === row.tags &&
    written.company === row.company &&
    written.kind === row.kind &&
    written.date === row.date &&
    sameList(written.skillIds ?? [], row.skillIds ?? [])
  )
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, at) => item === b[at])
}
