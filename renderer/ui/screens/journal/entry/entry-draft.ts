import { entryFormFieldsSchema, hasContent, type EntryFormFields } from './entry-form-fields'

/** The one unsaved new entry, shared by the quick entry and #/journal/new. */
export const DRAFT_KEY = 'tidemark.journal.draft'

/** How long typing pauses before the draft is written. */
export const DRAFT_DELAY_MS = 400

function storage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    // Storage can be refused (a locked-down profile): then there is no draft, nothing breaks.
    return undefined
  }
}

/** The kept draft, or undefined when there is none or it does not parse (it is then ignored). */
export function readDraft(): EntryFormFields | undefined {
  const text = storage()?.getItem(DRAFT_KEY)
  if (text === null || text === undefined) return undefined
  try {
    const parsed = entryFormFieldsSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/** Keeps the form's inputs; an empty form removes the draft instead. */
export function writeDraft(fields: EntryFormFields): void {
  try {
    if (hasContent(fields)) storage()?.setItem(DRAFT_KEY, JSON.stringify(fields))
    else storage()?.removeItem(DRAFT_KEY)
  } catch {
    // A full or refused storage loses the draft, never the form.
  }
}

export function clearDraft(): void {
  try {
    storage()?.removeItem(DRAFT_KEY)
  } catch {
    // As above.
  }
}
