// @vitest-environment happy-dom
import { act, cleanup, configure, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { rulesSectionIn } from '../../../../renderer/ui/screens/rules/section-in-address'
import { clickButton, closeAll, renderRules, typeInto } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })

let scrolled: MockInstance<(this: Element, arg?: boolean | ScrollIntoViewOptions) => void>
beforeEach(() => {
  scrolled = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => undefined)
})
afterEach(async () => {
  cleanup()
  await closeAll()
  scrolled.mockRestore()
  window.location.hash = ''
})

function moveTo(hash: string) {
  act(() => {
    window.location.hash = hash
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  })
}

const scrolledTo = () => scrolled.mock.contexts.map((element) => element.id)

/**
 * A link to a section of the Rules screen (#/rules/tiers: "Change it on the Rules screen" on the
 * dashboard's tier card, the score's Why, the reports) opened the screen at its top, the section
 * 2,000 px below. It now shows that section as the table of contents does: scrolled to, its
 * heading focused.
 */
describe('the Rules screen opened at a section of its address', () => {
  for (const { language, tiers, scoring } of [
    { language: 'en', tiers: 'Tiers', scoring: 'Scoring' },
    { language: 'zh-CN', tiers: '档位', scoring: '评分' },
  ] as const) {
    it(`shows the section named, ${language}`, async () => {
      window.location.hash = '#/rules/tiers'
      await renderRules({ language })
      const heading = screen.getByRole('heading', { level: 2, name: tiers })
      await waitFor(() => {
        expect(document.activeElement).toBe(heading)
      })
      expect(scrolledTo()).toEqual(['rules-tiers-title'])
      expect(scrolled.mock.calls[0]).toEqual([{ block: 'start' }])

      // Another section named while the screen is open (the address typed, Back or Forward).
      moveTo('#/rules/scoring')
      const scoringHeading = screen.getByRole('heading', { level: 2, name: scoring })
      await waitFor(() => {
        expect(document.activeElement).toBe(scoringHeading)
      })
      expect(scrolledTo()).toEqual(['rules-tiers-title', 'rules-scoring-title'])
    })
  }

  it('leaves the page where the user took it when the records are read again', async () => {
    window.location.hash = '#/rules/tiers'
    await renderRules()
    await waitFor(() => {
      expect(scrolledTo()).toEqual(['rules-tiers-title'])
    })
    await typeInto('Class S: points at level 4', '60')
    await clickButton('Save changes')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(scrolledTo()).toEqual(['rules-tiers-title'])
  })

  it('keeps the top for #/rules and for a name it does not know', async () => {
    window.location.hash = '#/rules'
    await renderRules()
    moveTo('#/rules/nowhere')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(scrolled).not.toHaveBeenCalled()
    expect(document.activeElement?.tagName).not.toBe('H2')
  })
})

describe('rulesSectionIn', () => {
  it('reads the section of the path, and nothing else', () => {
    expect(rulesSectionIn('tiers')).toBe('tiers')
    expect(rulesSectionIn('scoring/extra')).toBe('scoring')
    expect(rulesSectionIn('')).toBeNull()
    expect(rulesSectionIn('nowhere')).toBeNull()
  })
})
