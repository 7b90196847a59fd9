import { z } from 'zod'
import { compensationSchema } from './compensation'
import {
  CHECKLIST_ANSWERS,
  CHECKLIST_ITEM_IDS,
  FUNDING_SIGNALS,
  OFFER_EMPLOYER_KINDS,
  RED_FLAG_IDS,
  SKILL_DOMAIN_IDS,
  type ChecklistItemId,
} from './enums'
import { idSchema } from './id'

const answer = z.enum(CHECKLIST_ANSWERS).default('unknown')

/** L35's checklist; an item left out is "unknown", which raises risk as a "no" does, less. */
export const checklistSchema = z
  .object(
    Object.fromEntries(CHECKLIST_ITEM_IDS.map((id) => [id, answer])) as Record<
      ChecklistItemId,
      typeof answer
    >,
  )
  .strict()
export type Checklist = z.infer<typeof checklistSchema>

export const offerSchema = z
  .object({
    id: idSchema,
    company: z.string().trim().min(1).max(100),
    role: z.string().trim().max(100).default(''),
    employerKind: z.enum(OFFER_EMPLOYER_KINDS),
    /** For startups: who backs them (L42, L43: strong backers lower the risk). */
    funding: z.enum(FUNDING_SIGNALS).default('unknown'),
    pay: compensationSchema,
    /** Where the job is, if not the profile's city: picks the social-insurance preset. */
    city: z.string().trim().max(60).optional(),
    /** Whether the pay is taxed in mainland China (else no after-tax figure is computed). */
    taxedInChina: z.boolean().default(true),
    checklist: checklistSchema.default(checklistSchema.parse({})),
    redFlags: z
      .array(z.enum(RED_FLAG_IDS))
      .default([])
      .refine((flags) => new Set(flags).size === flags.length, {
        error: 'each red flag at most once',
      }),
    /** L15: an eager employer meets the candidate's terms. */
    employerEager: z.enum(CHECKLIST_ANSWERS).default('unknown'),
    /** The skill domains the role needs, for judging fit. */
    roleDomains: z.array(z.enum(SKILL_DOMAIN_IDS)).default([]),
  })
  .strict()
export type Offer = z.infer<typeof offerSchema>
