import { render } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { readAssessmentSources } from '../../../../renderer/data/assessment-input'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { readRulesetInUse } from '../../../../renderer/data/ruleset-in-use'
import type { AssessmentInput } from '../../../../renderer/domain/model/assessment-input'
import { detectPlatform } from '../../../../renderer/platform'
import {
  assessWithDraft,
  type AssessmentDraft,
  type LiveAssessment,
  type StoredForAssessment,
} from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { AssessmentPanel } from '../../../../renderer/ui/screens/skills/assessment/AssessmentPanel'
import { testServices } from '../../../helpers/test-services'

/** A fresh database holding a persona's skills (and its profile, unless left out), saved
 *  through the repositories on the given days, so each save also keeps that day's score. */
export async function seedPersona(
  input: AssessmentInput,
  { withProfile = true, days = [new Date('2025-03-01T10:00:00')] } = {},
): Promise<{ db: TidemarkDatabase; stored: StoredForAssessment }> {
  const db = new TidemarkDatabase(`assessment-test-${crypto.randomUUID()}`)
  await db.open()
  for (const day of days) {
    if (withProfile) await saveProfile(db, input.profile, day)
    for (const skill of input.skills) await saveSkill(db, skill, day)
  }
  return { db, stored: await readStored(db) }
}

export async function readStored(db: TidemarkDatabase): Promise<StoredForAssessment> {
  const [sources, rulesetInUse] = await Promise.all([
    readAssessmentSources(db),
    readRulesetInUse(db),
  ])
  return { sources, rulesetInUse }
}

export function liveFrom(stored: StoredForAssessment, draft?: AssessmentDraft): LiveAssessment {
  return assessWithDraft(stored, draft)
}

/** Renders the panel with the app's services and words; `rerender` shows another assessment. */
export async function renderPanel(
  db: TidemarkDatabase,
  live: LiveAssessment,
  language: UiLanguage,
) {
  const i18n = await createI18n(language)
  const services = testServices(db, detectPlatform({}))
  const tree = (next: LiveAssessment) => (
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>
        <AssessmentPanel live={next} />
      </ServicesProvider>
    </I18nextProvider>
  )
  const result = render(tree(live))
  return {
    ...result,
    i18n,
    rerenderWith: (next: LiveAssessment) => {
      result.rerender(tree(next))
    },
  }
}
