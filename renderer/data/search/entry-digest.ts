import type { IndexedEntry } from './indexed-entry'

/**
 * A digest of journal entries' indexed text (id, title, body, tags, company), in order: how
 * an import written on its own worker tells the search worker what it wrote without sending
 * the rows. The import's worker digests the entries it hands to IndexedDB, the search worker
 * the rows of its draft (import-draft.ts); the draft is used only when both are equal, count
 * included (else the index is rebuilt from what is stored).
 *
 * Two independent 32-bit multiplicative lanes (64 bits) over each field's length and UTF-16
 * units: not cryptographic, but the draft and the written entries come from the same file, so
 * a difference is a merge that kept some entries, a field the schema changed, or a bug, never
 * an adversary's choice; and the commit still checks the index's size against the journal.
 */
export interface EntryDigest {
  count: number
  hash: string
}

export class EntryDigester {
  private h1 = 0x811c9dc5
  private h2 = 0x6a09e667
  private count = 0

  add(entry: IndexedEntry): void {
    this.text(entry.id)
    this.text(entry.title)
    this.text(entry.body)
    this.text(entry.tags)
    this.text(entry.company)
    this.count++
  }

  private text(value: string): void {
    let h1 = this.h1
    let h2 = this.h2
    // The length first: field boundaries cannot shift between two entries' texts.
    h1 = Math.imul(h1 ^ value.length, 0x01000193)
    h2 = Math.imul(h2 ^ value.length, 0x5bd1e995)
    for (let i = 0; i < value.length; i++) {
      const unit = value.charCodeAt(i)
      h1 = Math.imul(h1 ^ unit, 0x01000193)
      h2 = Math.imul(h2 ^ unit, 0x5bd1e995)
      h2 ^= h2 >>> 15
    }
    this.h1 = h1
    this.h2 = h2
  }

  digest(): EntryDigest {
    const hex = (value: number) => (value >>> 0).toString(16).padStart(8, '0')
    return { count: this.count, hash: hex(this.h1) + hex(this.h2) }
  }
}

export function digestEntries(entries: Iterable<IndexedEntry>): EntryDigest {
  const digester = new EntryDigester()
  for (const entry of entries) digester.add(entry)
  return digester.digest()
}

export function sameDigest(a: EntryDigest, b: EntryDigest): boolean {
  return a.count === b.count && a.hash === b.hash
}
