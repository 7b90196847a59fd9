import { zodResolver } from '@hookform/resolvers/zod'
import '../../../i18n/zod-locale' // zod's messages in the interface's language from the first check
import type { Resolver } from 'react-hook-form'
import { z } from 'zod'
import type { EvidenceLink, StoredJournalEntry } from '../../../../data/records'
import { journalDraftSchema, type JournalDraft } from '../../../../data/repositories/journal'
import { localDate } from '../../../../data/snapshots'
import { DATE_OUT_OF_RANGE, dateInRange, ENTRY_YEARS_AHEAD } from '../../../form/date-range'
import { LONG_YEAR_OUT_OF_RANGE } from '../../../form/year-too-long'
import { EVIDENCE_KINDS, JOURNAL_KINDS } from '../../../../domain/model/enums'

export type JournalKind = (typeof JOURNAL_KINDS)[number]

/**
 * What the entry form's inputs hold: text as typed ('' for none), the links as ids. Also the
 * shape of the draft kept in localStorage, so it is a schema: a draft read back is parsed by it.
 */
export const entryFormFieldsSchema = z.object({
  kind: z.enum(JOURNAL_KINDS),
  date: z.string().max(20),
  title: z.string().max(1000),
  body: z.string().max(40_000),
  tags: z.array(z.string().max(100)).max(100),
  company: z.string().max(1000),
  skillIds: z.array(z.string().max(64)).max(200),
  /** '' when the entry is about no offer. */
  offerId: z.string().max(64),
  evidence: z
    .array(z.object({ skillId: z.string().max(64), kind: z.enum(EVIDENCE_KINDS) }))
    .max(200),
})
export type EntryFormFields = z.infer<typeof entryFormFieldsSchema>

/** A new entry's inputs: a learning note dated today, everything else empty. */
export function emptyFields(now = new Date()): EntryFormFields {
  return {
    kind: 'learning',
    date: localDate(now),
    title: '',
    body: '',
    tags: [],
    company: '',
    skillIds: [],
    offerId: '',
    evidence: [],
  }
}

export function fieldsFromStored(entry: StoredJournalEntry): EntryFormFields {
  return {
    kind: entry.kind,
    date: entry.date,
    title: entry.title,
    body: entry.body,
    tags: [...entry.tags],
    company: entry.company ?? '',
    skillIds: [...entry.skillIds],
    offerId: entry.offerId ?? '',
    evidence: entry.evidence.map((link): EvidenceLink => ({ ...link })),
  }
}

/** Whether the inputs differ from those the form opened with (leaving would lose them). */
export function changedFrom(initial: EntryFormFields, now: EntryFormFields): boolean {
  // Keys in the initial order, so only a changed value (not a key's place) counts.
  return JSON.stringify(initial) !== JSON.stringify({ ...initial, ...now })
}

/** Whether the user has written anything worth keeping as a draft (a date alone is not). */
export function hasContent(fields: EntryFormFields): boolean {
  return (
    fields.title.trim() !== '' ||
    fields.body.trim() !== '' ||
    fields.tags.length > 0 ||
    fields.company.trim() !== '' ||
    fields.skillIds.length > 0 ||
    fields.offerId !== ''
  )
}

/** The inputs as the repository's draft (no id: the caller adds a stored entry's). */
export function draftFromFields(fields: EntryFormFields): JournalDraft {
  const company = fields.company.trim()
  return {
    kind: fields.kind,
    date: fields.date,
    title: fields.title,
    body: fields.body,
    tags: [...fields.tags],
    ...(company === '' ? {} : { company }),
    skillIds: [...fields.skillIds],
    ...(fields.offerId === '' ? {} : { offerId: fields.offerId }),
    evidence: fields.evidence.map((link) => ({ ...link })),
  }
}

/**
 * The form's schema: the inputs read into a draft and checked by the repository's own schema,
 * so each error keeps the stored field's path, which is the input's name. One rule more than the
 * database's: a typed date must lie in a sensible range (see date-range.ts), while stored and
 * imported entries stay readable whatever their date.
 */
export const entryFormSchema = z
  .custom<EntryFormFields>()
  .transform(draftFromFields)
  .pipe(journalDraftSchema)
  .superRefine(
    (draft, context) => {
      if (!dateInRange(draft.date, ENTRY_YEARS_AHEAD)) {
        context.addIssue({ code: 'custom', path: ['date'], message: DATE_OUT_OF_RANGE })
      }
    },
    // Also when another input is refused, so every error shows at one Save; not when the date
    // itself already is (empty, or not a date at all).
    { when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === 'date') },
  )

export type EntryFormOutput = z.output<typeof entryFormSchema>

export const entryResolver: Resolver<EntryFormFields, unknown, EntryFormOutput> =
  // A year of five digits is out of range too, not a date left empty (review D-1).
  zodResolver(entryFormSchema, LONG_YEAR_OUT_OF_RANGE)
