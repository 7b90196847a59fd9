import { keptDrafts } from '../../form/kept-drafts'
import type { RulesEdit } from './use-rules-draft'

/**
 * The Rules screen's unsaved edit, kept while the app runs when the user goes to another
 * screen (form/kept-drafts.ts, as the offer form and the profile keep theirs): asking before
 * leaving would stop every glance at Skills or Offers, the very screens whose figures the draft
 * is weighed against. One edit a database.
 */
const kept = keptDrafts<RulesEdit>()

export function keptDraft(database: object): RulesEdit | null {
  return kept.read(database, 'rules')
}

/** Keeps the edit (null: saved, discarded or reset, nothing to keep). */
export function keepDraft(database: object, edit: RulesEdit | null): void {
  kept.keep(database, 'rules', edit)
}
