import { z } from 'zod'
import { compensationSchema } from './compensation'
import {
  CURRENT_EMPLOYER_KINDS,
  EDUCATION_LEVELS,
  EMPLOYMENT_STABILITY,
  EVIDENCE_KINDS,
  ROLE_FAMILIES,
  SKILL_DOMAIN_IDS,
} from './enums'
import { idSchema } from './id'

/** A skill the user names ("vLLM", "Megatron-LM") and files under one of the article's domains. */
export const skillSchema = z
  .object({
    id: idSchema,
    name: z.string().trim().min(1).max(100),
    domain: z.enum(SKILL_DOMAIN_IDS),
    /** 0 none · 1 aware · 2 working · 3 proficient · 4 expert. */
    level: z.number().int().min(0).max(4),
    evidence: z.array(z.enum(EVIDENCE_KINDS)).max(EVIDENCE_KINDS.length).default([]),
    note: z.string().max(2000).optional(),
  })
  .strict()
export type Skill = z.infer<typeof skillSchema>

export const profileSchema = z
  .object({
    education: z.enum(EDUCATION_LEVELS),
    /** The PhD's field matches the LLM work (对口): the strongest single signal (L17, L25). */
    phdInField: z.boolean().default(false),
    yearsOfExperience: z.number().min(0).max(60),
    /** City where the user works or would work; hub cities are matched by name in zh or en. */
    city: z.string().trim().max(60).default(''),
    currentEmployer: z.enum(CURRENT_EMPLOYER_KINDS),
    roleFamily: z.enum(ROLE_FAMILIES),
    stability: z.enum(EMPLOYMENT_STABILITY),
    leadership: z
      .object({
        businessLine: z.boolean().default(false),
        team: z.boolean().default(false),
        openSource: z.boolean().default(false),
      })
      .strict()
      .default({ businessLine: false, team: false, openSource: false }),
    currentPay: compensationSchema.optional(),
    /**
     * Whether the current pay is taxed in mainland China, as an offer's `taxedInChina`: a job in
     * Hong Kong or Singapore has no after-tax figure of China's (trial 23: an accepted Hong Kong
     * offer made current pay was taxed as Beijing pay, 68.5 万 after tax for ~82 万). Absent
     * (every profile saved before it existed): taxed in mainland China.
     */
    currentPayTaxedInChina: z.boolean().optional(),
  })
  .strict()
export type Profile = z.infer<typeof profileSchema>
