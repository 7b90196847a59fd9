import type { RulesEdit } from './use-rules-draft'

/**
 * The Rules screen's unsaved edit, kept while the app runs when the user goes to another
 * screen: a draft, as an editor keeps an unsaved buffer. Leaving threw it away without a word
 * (new-user trial); asking before leaving would stop every glance at Skills or Offers, the very
 * screens whose figures the draft is weighed against. Kept in memory only (a reload or a restart
 * forgets it, as nothing was saved), one edit a database: the services' database is the key, so
 * a test's database (or a fresh profile) starts with none.
 */
const kept = new WeakMap<object, RulesEdit>()

export function keptDraft(database: object): RulesEdit | null {
  return kept.get(database) ?? null
}

/** Keeps the edit (null: saved, discarded or reset, nothing to keep). */
export function keepDraft(database: object, edit: RulesEdit | null): void {
  if (edit === null) kept.delete(database)
  else kept.set(database, edit)
}
