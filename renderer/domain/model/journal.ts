import { z } from 'zod'
import { JOURNAL_KINDS } from './enums'
import { idSchema } from './id'
import { isoDateSchema } from './iso-date'

export const journalEventSchema = z
  .object({
    id: idSchema,
    kind: z.enum(JOURNAL_KINDS),
    date: isoDateSchema,
    title: z.string().trim().min(1).max(200),
    body: z.string().max(20_000).default(''),
    /** The company the event concerns (applications, interviews, offers). */
    company: z.string().trim().max(100).optional(),
    skillIds: z.array(idSchema).default([]),
    offerId: idSchema.optional(),
  })
  .strict()
export type JournalEvent = z.infer<typeof journalEventSchema>
