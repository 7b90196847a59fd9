import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { assessmentInputSchema, type AssessmentInput } from '../../renderer/domain'

export const PERSONAS = {
  p1: 'p1-article-mover',
  p2: 'p2-in-field-phd',
  p3: 'p3-experienced-generalist',
  p4: 'p4-four-step-startup',
  p5: 'p5-homework-done',
  p6: 'p6-usd-offer',
} as const

/** A persona of shared/spec/personas.md, read from its fixture and parsed like any imported file. */
export function loadPersona(name: keyof typeof PERSONAS): AssessmentInput {
  const raw: unknown = JSON.parse(
    readFileSync(join(__dirname, '..', 'fixtures', 'personas', `${PERSONAS[name]}.json`), 'utf8'),
  )
  return assessmentInputSchema.parse(raw)
}
