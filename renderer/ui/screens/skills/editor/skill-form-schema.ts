import { zodResolver } from '@hookform/resolvers/zod'
import '../../../i18n/zod-locale' // zod's messages in the interface's language from the first check
import type { Resolver } from 'react-hook-form'
import { z } from 'zod'
import { skillDraftSchema } from '../../../../data/repositories/skills'
import type { StoredSkill } from '../../../../data/records'
import type { Skill } from '../../../../domain/model/profile'
import { DATE_OUT_OF_RANGE, dateInPast } from '../../../form/date-range'
import { LONG_YEAR_OUT_OF_RANGE } from '../../../form/year-too-long'

/** The form's fields as its inputs hold them: text, with '' for "not chosen". */
export interface SkillFormFields {
  name: string
  domain: string
  /** The checked level radio: '0' … '4'. */
  level: string
  evidence: string[]
  /** yyyy-mm-dd from the date input, or ''. */
  lastUsed: string
  note: string
}

type DraftInput = z.input<typeof skillDraftSchema>

const fieldsSchema = z.object({
  name: z.string(),
  domain: z.string(),
  level: z.string(),
  evidence: z.array(z.string()),
  lastUsed: z.string(),
  note: z.string(),
})

/**
 * The inputs' text turned into a skill draft and checked by the repository's own schema (the
 * stored skill without its id and stamps), so the form and the database accept exactly the
 * same skills. Errors keep the stored schema's field names, which are the form's.
 */
export const skillFormSchema = fieldsSchema
  .transform((fields): DraftInput => ({
    name: fields.name,
    // Any text: the draft schema below says whether it is one of the domains.
    domain: fields.domain as DraftInput['domain'],
    level: Number(fields.level),
    evidence: fields.evidence as DraftInput['evidence'],
    ...(fields.lastUsed === '' ? {} : { lastUsed: fields.lastUsed }),
    ...(fields.note.trim() === '' ? {} : { note: fields.note }),
  }))
  .pipe(skillDraftSchema)
  // Typed now: from 1950 to today; a stored skill of any date stays readable (trial 20 #9).
  .superRefine((draft, context) => {
    if (draft.lastUsed !== undefined && !dateInPast(draft.lastUsed)) {
      context.addIssue({ code: 'custom', path: ['lastUsed'], message: DATE_OUT_OF_RANGE })
    }
  })

export type SkillFormOutput = z.output<typeof skillFormSchema>

/** The form's check: a year of five digits in "last used" is out of range too (review D-1). */
export const skillResolver: Resolver<SkillFormFields, unknown, SkillFormOutput> = zodResolver(
  skillFormSchema,
  LONG_YEAR_OUT_OF_RANGE,
)

export const NEW_SKILL_FIELDS: SkillFormFields = {
  name: '',
  domain: '',
  level: '2',
  evidence: [],
  lastUsed: '',
  note: '',
}

export function fieldsFromSkill(skill: StoredSkill): SkillFormFields {
  return {
    name: skill.name,
    domain: skill.domain,
    level: String(skill.level),
    evidence: [...skill.evidence],
    lastUsed: skill.lastUsed ?? '',
    note: skill.note ?? '',
  }
}

/** The engine's view of the form's skill (what the live assessment lays over the stored one). */
export function skillFromOutput(id: string, output: SkillFormOutput): Skill {
  return {
    id,
    name: output.name,
    domain: output.domain,
    level: output.level,
    evidence: output.evidence,
    ...(output.note === undefined ? {} : { note: output.note }),
  }
}

/** The form's fields as a skill, or undefined while they do not parse (a name half typed). */
export function skillFromFields(id: string, fields: SkillFormFields): Skill | undefined {
  const parsed = skillFormSchema.safeParse(fields)
  return parsed.success ? skillFromOutput(id, parsed.data) : undefined
}
