import type { EvidenceKind } from '../../domain/model/enums'
import { readSkillLinkedEntries } from '../assessment-input'
import type { TidemarkDatabase } from '../db'
import type { StoredJournalEntry } from '../records'

/** A journal entry marked as evidence of one skill, with the kinds it shows. */
export interface EvidenceEntry {
  entryId: string
  title: string
  date: string
  kinds: EvidenceKind[]
}

/**
 * Which entries are evidence for which skill: per skill id, its entries newest first (an entry
 * marked twice for one skill, as production and as open source, is one row with both kinds).
 */
export function evidenceBySkill(
  entries: readonly StoredJournalEntry[],
): Map<string, EvidenceEntry[]> {
  const bySkill = new Map<string, EvidenceEntry[]>()
  for (const entry of entries) {
    const kindsBySkill = new Map<string, EvidenceKind[]>()
    for (const link of entry.evidence) {
      const kinds = kindsBySkill.get(link.skillId) ?? []
      if (!kinds.includes(link.kind)) kinds.push(link.kind)
      kindsBySkill.set(link.skillId, kinds)
    }
    for (const [skillId, kinds] of kindsBySkill) {
      const list = bySkill.get(skillId) ?? []
      list.push({ entryId: entry.id, title: entry.title, date: entry.date, kinds })
      bySkill.set(skillId, list)
    }
  }
  for (const list of bySkill.values()) {
    list.sort((a, b) =>
      a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.entryId < b.entryId ? -1 : 1,
    )
  }
  return bySkill
}

/** Evidence of every skill, read through the linked-skill index (only linked entries hold it). */
export async function readEvidenceBySkill(
  db: TidemarkDatabase,
): Promise<Map<string, EvidenceEntry[]>> {
  return evidenceBySkill(await readSkillLinkedEntries(db))
}

/** The entries that are evidence of one skill, newest first. */
export async function readEvidenceFor(
  db: TidemarkDatabase,
  skillId: string,
): Promise<EvidenceEntry[]> {
  const linked = await db.journal.where('skillIds').equals(skillId).toArray()
  return evidenceBySkill(linked).get(skillId) ?? []
}
