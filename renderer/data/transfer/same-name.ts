import { normalizeSkillName } from '../../domain/skills/skill-name'
import type { StoredGoal, StoredJournalEntry, StoredOffer, StoredSkill } from '../records'

/**
 * Records a person may well have typed twice, once on each computer (trial 19: the same 8
 * skills, 3 offers and 5 entries typed on a second machine, then the first one's export
 * merged). A merge matches records by id, so two records typed apart are two records, and the
 * merge keeps both, rightly; what this finds is where that will show as every name twice, for
 * the import's confirm step to say so before the user chooses between merge and replace.
 */
export const SAME_NAME_TABLES = ['skills', 'offers', 'journal', 'goals'] as const
export type SameNameTable = (typeof SAME_NAME_TABLES)[number]

/** Each table's records, as much of them as their key needs. */
export interface SameNameRecords {
  skills: readonly Pick<StoredSkill, 'id' | 'name'>[]
  offers: readonly Pick<StoredOffer, 'id' | 'company' | 'role'>[]
  journal: readonly Pick<StoredJournalEntry, 'id' | 'date' | 'title'>[]
  goals: readonly Pick<StoredGoal, 'id' | 'title'>[]
}

/** Every id stored in each table (a merge matches by these). */
export type StoredIds = Record<SameNameTable, ReadonlySet<string>>

export interface SameNameCount {
  table: SameNameTable
  /** The file's records a merge adds whose key a record on this computer has too. */
  count: number
}

/**
 * Text as a reader takes it for the same: width and compatibility forms (ＡＩ, ａｉ and AI are
 * one, NFKC), case, and spaces (“Deep  learning”, “deep learning ”, “DeepLearning”).
 */
export function foldForSameName(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/gu, '')
}

/** Joins a key's parts; a character no folded text holds, so “a b”+“c” is not “a”+“bc”. */
const JOIN = '\u0000'

/** What makes two records of a table the same to their owner. */
const KEYS: { [T in SameNameTable]: (record: SameNameRecords[T][number]) => string } = {
  // As the skill editor takes two names for one skill: "Node.js" is "NodeJS", 深度學習 is
  // 深度学习 (it refuses the second), so the warning counts what the Skills screen would.
  skills: (skill) => normalizeSkillName(skill.name),
  // One company may make two offers (two teams): the role tells them apart.
  offers: (offer) => foldForSameName(offer.company) + JOIN + foldForSameName(offer.role),
  journal: (entry) => entry.date + JOIN + foldForSameName(entry.title),
  goals: (goal) => foldForSameName(goal.title),
}

function countTable<T extends SameNameTable>(
  table: T,
  file: SameNameRecords[T],
  stored: SameNameRecords[T],
  storedIds: ReadonlySet<string>,
): number {
  const key = KEYS[table]
  const fileIds = new Set(file.map((record) => record.id))
  // A stored record the file holds too is that same record (the merge updates or keeps it):
  // only those the file does not know can end up beside a copy of themselves.
  const storedKeys = new Set(
    stored.filter((record) => !fileIds.has(record.id)).map((record) => key(record)),
  )
  return file.filter((record) => !storedIds.has(record.id) && storedKeys.has(key(record))).length
}

/**
 * For each table, how many of the file's records a merge would add beside a record of this
 * computer's that has the same key (a skill's name; an offer's company and role; an entry's
 * date and title; a goal's title), tables with none left out. `stored` may hold only the
 * records that could match (the journal's, on the dates the file adds entries on), but
 * `storedIds` every stored id: a file record whose id is stored is not added.
 */
export function sameNameCounts(
  file: SameNameRecords,
  stored: SameNameRecords,
  storedIds: StoredIds = idsOf(stored),
): SameNameCount[] {
  return SAME_NAME_TABLES.map((table) => ({
    table,
    count: countTable(table, file[table], stored[table], storedIds[table]),
  })).filter((row) => row.count > 0)
}

/** The ids of records given in full (a test's, or a table read whole). */
export function idsOf(records: SameNameRecords): StoredIds {
  return {
    skills: idSet(records.skills),
    offers: idSet(records.offers),
    journal: idSet(records.journal),
    goals: idSet(records.goals),
  }
}

/** The ids of one table's records. */
export function idSet(rows: readonly { id: string }[]): ReadonlySet<string> {
  return new Set(rows.map((row) => row.id))
}
