// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { SkillEvidence } from '../../../../renderer/ui/screens/skills/editor/SkillEvidence'

afterEach(cleanup)

async function renderEvidence(language: UiLanguage, skillName: string) {
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <SkillEvidence
        skillName={skillName}
        entries={[
          { entryId: 'e1', title: 'Shipped vLLM', date: '2026-11-12', kinds: ['production'] },
        ]}
        liftedLevel={undefined}
        ruleset={DEFAULT_RULESET}
      />
    </I18nextProvider>,
  )
}

describe('the evidence list’s name', () => {
  it.each([
    ['zh-CN', 'vLLM', 'vLLM 的证据日志'],
    // A name ending in Han needs no space; nor does English.
    ['zh-CN', '大模型推理', '大模型推理的证据日志'],
    ['en', 'vLLM', 'Journal entries that show vLLM'],
  ] as const)(
    'keeps a Latin skill name apart from the Han after it (%s, %s)',
    async (language, skill, label) => {
      await renderEvidence(language, skill)
      expect(screen.getByRole('list').getAttribute('aria-label')).toBe(label)
    },
  )
})
