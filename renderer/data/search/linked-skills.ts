/**
 * The skills an index's entries link to, by name: what its `skills` field holds for each
 * entry (journal-index.ts), and what is needed to change that field in place when a skill is
 * renamed or deleted, without reading the entries again.
 */

/** Skill id → the skill's name, as the skills table holds it. */
export type SkillNames = ReadonlyMap<string, string>

/** The linked skills as a stored index keeps them: the names it was built with, and each
 *  skill's entries by MiniSearch's short id (far shorter than the entries' own ids). */
export interface StoredLinks {
  names: Record<string, string>
  entries: Record<string, number[]>
}

export class LinkedSkills {
  /** Entry id → the skills it links to (entries that link none are not kept). */
  private readonly links = new Map<string, readonly string[]>()

  constructor(private names: SkillNames = new Map()) {}

  /** The text an entry's `skills` field holds: its linked skills' names ('' when none). */
  textOf(skillIds: readonly string[] | undefined): string {
    return nameText(skillIds, this.names)
  }

  set(entryId: string, skillIds: readonly string[] | undefined): void {
    if (skillIds && skillIds.length > 0) this.links.set(entryId, skillIds)
    else this.links.delete(entryId)
  }

  delete(entryId: string): void {
    this.links.delete(entryId)
  }

  clear(): void {
    this.links.clear()
  }

  /**
   * Takes `names` as the skills' names from now on, and returns the entries whose `skills`
   * text changed with it: their text before and after. Only the entries linked to a skill
   * added, renamed or removed are looked at.
   */
  rename(names: SkillNames): { entryId: string; before: string; after: string }[] {
    const before = this.names
    const changed = new Set<string>()
    for (const [id, name] of names) if (before.get(id) !== name) changed.add(id)
    for (const id of before.keys()) if (!names.has(id)) changed.add(id)
    this.names = names
    if (changed.size === 0) return []
    const texts: { entryId: string; before: string; after: string }[] = []
    for (const [entryId, skillIds] of this.links) {
      if (!skillIds.some((id) => changed.has(id))) continue
      const old = nameText(skillIds, before)
      const now = nameText(skillIds, names)
      if (old !== now) texts.push({ entryId, before: old, after: now })
    }
    return texts
  }

  toStored(shortIdOf: (entryId: string) => number | undefined): StoredLinks {
    const entries: Record<string, number[]> = {}
    for (const [entryId, skillIds] of this.links) {
      const shortId = shortIdOf(entryId)
      if (shortId === undefined) continue
      for (const skillId of skillIds) (entries[skillId] ??= []).push(shortId)
    }
    return { names: Object.fromEntries(this.names), entries }
  }

  /** The links as stored (toStored), read back; throws on a shape it did not write. */
  static fromStored(
    stored: unknown,
    entryIdOf: (shortId: number) => string | undefined,
  ): LinkedSkills {
    if (!isRecord(stored) || !isRecord(stored.names) || !isRecord(stored.entries)) {
      throw new Error('the stored index has no linked skills')
    }
    const names = new Map<string, string>()
    for (const [id, name] of Object.entries(stored.names)) {
      if (typeof name !== 'string') throw new Error('a stored skill name is not text')
      names.set(id, name)
    }
    const byEntry = new Map<string, string[]>()
    for (const [skillId, shortIds] of Object.entries(stored.entries)) {
      if (!Array.isArray(shortIds)) throw new Error('stored linked entries are not a list')
      for (const shortId of shortIds as unknown[]) {
        const entryId = typeof shortId === 'number' ? entryIdOf(shortId) : undefined
        if (entryId === undefined) throw new Error('a stored link names no entry of the index')
        const list = byEntry.get(entryId)
        if (list) list.push(skillId)
        else byEntry.set(entryId, [skillId])
      }
    }
    const linked = new LinkedSkills(names)
    for (const [entryId, skillIds] of byEntry) linked.set(entryId, skillIds)
    return linked
  }
}

/** The names of `skillIds` known to `names`, a space between (a skill gone has none). */
function nameText(skillIds: readonly string[] | undefined, names: SkillNames): string {
  if (!skillIds || skillIds.length === 0) return ''
  let text = ''
  for (const id of skillIds) {
    const name = names.get(id)
    if (name === undefined) continue
    text = text === '' ? name : `${text} ${name}`
  }
  return text
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
