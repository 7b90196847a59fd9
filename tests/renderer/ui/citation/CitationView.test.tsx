// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { articleCitation } from '../../../../renderer/domain/ruleset/citation'
import { CitationView } from '../../../../renderer/ui/citation/CitationView'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'

afterEach(cleanup)

const CITATION = articleCitation(
  [31, 32],
  '當前,大多數人員都是企業自己親自培養。',
  '当前，大多数人员都是企业自己亲自培养。',
  'Most people are trained in-house by the employers themselves.',
)

async function renderIn(language: UiLanguage) {
  const i18n = await createI18n(language)
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <CitationView citation={CITATION} />
    </I18nextProvider>,
  )
  return container
}

describe('CitationView', () => {
  it('shows the article’s own sentence in Chinese, no English, and lines as Chinese writes them', async () => {
    const container = await renderIn('zh-CN')
    expect(screen.getByText('當前,大多數人員都是企業自己親自培養。')).toBeTruthy()
    expect(screen.getByText('当前，大多数人员都是企业自己亲自培养。')).toBeTruthy()
    expect(container.textContent).not.toContain('trained in-house')
    expect(container.querySelector('[lang="en"]')).toBeNull()
    expect(screen.getByText('原文第 31、32 行')).toBeTruthy()
  })

  it('shows the paraphrase in English, with the article’s sentence beneath it', async () => {
    const container = await renderIn('en')
    const english = screen.getByText(
      'Most people are trained in-house by the employers themselves.',
    )
    const original = screen.getByText('當前,大多數人員都是企業自己親自培養。')
    expect(original.getAttribute('lang')).toBe('zh-Hant')
    // The paraphrase is read first.
    expect(
      english.compareDocumentPosition(original) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy()
    expect(container.textContent).not.toContain('当前，大多数人员')
    expect(screen.getByText('The article, L31, L32')).toBeTruthy()
  })
})

describe('CitationView, a sentence the same in both scripts', () => {
  it('shows a sentence the same in both scripts once in Chinese', async () => {
    const i18n = await createI18n('zh-CN')
    const same = articleCitation([24], 'NLP 算法', 'NLP 算法', 'NLP algorithms.')
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <CitationView citation={same} />
      </I18nextProvider>,
    )
    expect(container.querySelectorAll('.citation-quote').length).toBe(1)
    expect(container.querySelector('.citation-simplified')).toBeNull()
    expect(container.textContent.split('NLP 算法').length).toBe(2)
  })
})
