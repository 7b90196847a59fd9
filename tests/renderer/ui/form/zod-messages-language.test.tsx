// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { i18n } from 'i18next'
import { I18nextProvider } from 'react-i18next'
import type { FieldErrors } from 'react-hook-form'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { listSkills } from '../../../../renderer/data/repositories/skills'
import { engineSettingsSchema } from '../../../../renderer/domain/model/settings'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { SkillsEditor } from '../../../../renderer/ui/screens/skills/editor/SkillsEditor'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

// Nothing here loads zod's locales as the app's shell does after its first paint (App.tsx): a
// form's own modules must put zod's messages in the interface's language before its first check.

const opened: TidemarkDatabase[] = []
afterEach(async () => {
  cleanup()
  for (const db of opened.splice(0)) await db.delete()
})

const CHINESE = /[\u4e00-\u9fff]/

function SkillsHarness() {
  const live = useAssessment({})
  return <SkillsEditor live={live} onDraftChange={() => undefined} />
}

describe("zod's messages in a form checked before the app loaded zod's locales", () => {
  it('are Chinese beside a skill name too long for a Chinese interface', async () => {
    const db = new TidemarkDatabase(`zod-messages-${crypto.randomUUID()}`)
    opened.push(db)
    await db.open()
    const i18n = await createI18n('zh-CN')
    render(
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={testServices(db, detectPlatform({}))}>
          <SkillsHarness />
        </ServicesProvider>
      </I18nextProvider>,
    )
    fireEvent.click(await screen.findByRole('button', { name: '添加技能' }))
    fireEvent.change(screen.getByLabelText('方向'), { target: { value: 'nlp' } })
    const name = screen.getByRole<HTMLInputElement>('combobox', { name: /^名称/ })
    // The name has no message of ours for being too long: zod's own says so.
    fireEvent.change(name, { target: { value: 'x'.repeat(101) } })
    fireEvent.keyDown(name, { key: 'Enter' })

    await waitFor(() => {
      expect(name.getAttribute('aria-invalid')).toBe('true')
    })
    const described = (name.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
    expect(described).toContain('100')
    expect(described).toMatch(CHINESE)
    expect(described).not.toMatch(/Too big/)
    expect(await listSkills(db)).toHaveLength(0)
  })

  /** Each form module with its resolver, and input one of its fields has only zod's message for. */
  /** A form's resolver as the test calls it (each form's own types differ). */
  type FormCheck = (
    values: unknown,
    context: undefined,
    options: { fields: object; shouldUseNativeValidation: boolean },
  ) => Promise<{ errors: FieldErrors }>
  const asCheck = (resolver: unknown) => resolver as FormCheck

  const forms: {
    form: string
    field: string
    check: () => Promise<{ resolver: FormCheck; values: unknown }>
  }[] = [
    {
      form: 'profile',
      field: 'yearsOfExperience',
      check: async () => {
        const profile =
          await import('../../../../renderer/ui/screens/skills/profile/profile-form-values')
        return {
          resolver: asCheck(profile.profileResolver),
          values: { ...profile.formValuesFrom(undefined), yearsOfExperience: -1 },
        }
      },
    },
    {
      form: 'goal',
      field: 'title',
      check: async () => {
        const goal = await import('../../../../renderer/ui/screens/journal/goals/goal-form-schema')
        return {
          resolver: asCheck(goal.goalResolver),
          values: { ...goal.fieldsFromGoal(undefined, '2026-11-30'), title: 'x'.repeat(201) },
        }
      },
    },
    {
      form: 'journal entry',
      field: 'title',
      check: async () => {
        const entry =
          await import('../../../../renderer/ui/screens/journal/entry/entry-form-fields')
        return {
          resolver: asCheck(entry.entryResolver),
          values: { ...entry.emptyFields(), title: 'x'.repeat(201) },
        }
      },
    },
    {
      form: 'offer',
      field: 'company',
      check: async () => {
        const [offer, fields] = await Promise.all([
          import('../../../../renderer/ui/screens/offers/editor/offer-form-schema'),
          import('../../../../renderer/ui/screens/offers/editor/offer-form-fields'),
        ])
        return {
          resolver: asCheck(offer.offerResolver),
          values: { ...fields.newOfferFields(), company: 'x'.repeat(101) },
        }
      },
    },
    {
      form: 'tax',
      field: 'taxYear',
      check: async () => {
        const tax = await import('../../../../renderer/ui/screens/offers/compare/tax-form')
        return {
          resolver: asCheck(tax.taxFormResolver()),
          values: { ...tax.taxFormValues(engineSettingsSchema.parse({})), taxYear: '3000' },
        }
      },
    },
  ]

  async function messageOf(resolver: FormCheck, values: unknown, field: string) {
    const { errors } = await resolver(values, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    })
    return errors[field]?.message
  }

  it.each(forms)(
    "the $form form's own module follows the interface's language",
    async ({ field, check }) => {
      const i18n: i18n = await createI18n('zh-CN')
      const { resolver, values } = await check()
      expect(await messageOf(resolver, values, field)).toMatch(CHINESE)
      // Changed since: followed, though nothing told zod.
      await i18n.changeLanguage('en')
      expect(await messageOf(resolver, values, field)).toMatch(/^Too (big|small)/)
    },
  )
})
