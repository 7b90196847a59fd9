// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DomainLevelsChart } from '../../../../renderer/ui/charts/DomainLevelsChart'
import { PipelineChart } from '../../../../renderer/ui/screens/journal/jobs/PipelineChart'

/**
 * New-user trial 11: recharts names each legend swatch "<series> legend icon", in English in
 * the Chinese UI ("自评 legend icon", "投递 legend icon"). The series' name beside the swatch
 * says it already: the swatch has no name of its own and is hidden.
 */
beforeAll(() => {
  // happy-dom lays nothing out: give the responsive charts a size to draw in.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 400 })
  HTMLElement.prototype.getBoundingClientRect = () =>
    ({ width: 600, height: 400, top: 0, left: 0, right: 600, bottom: 400, x: 0, y: 0 }) as DOMRect
})
afterEach(cleanup)

function expectLegendWithoutNames(container: HTMLElement, names: string[]) {
  const items = [...container.querySelectorAll('.recharts-legend-item')]
  expect(items.map((item) => item.textContent)).toEqual(names)
  for (const item of items) {
    const swatch = item.querySelector('svg')
    expect(swatch?.getAttribute('aria-hidden')).toBe('true')
    expect(swatch?.hasAttribute('aria-label')).toBe(false)
  }
  expect(container.innerHTML).not.toMatch(/legend icon/)
}

describe('chart legends give their swatches no English name', () => {
  it('the domain levels (Skills)', async () => {
    const { container, findAllByText } = render(
      <DomainLevelsChart
        rows={[
          { domain: 'nlp', label: 'NLP 算法', title: 'NLP 算法 · A', claimed: 3, counted: 2 },
          { domain: 'fine-tuning', label: '调优', title: '调优 · S', claimed: 2, counted: 2 },
        ]}
        claimedName="自评"
        countedName="计入"
      />,
    )
    await findAllByText('自评')
    expectLegendWithoutNames(container, ['自评', '计入'])
  })

  it('the weekly pipeline (Journal › job search), in pipeline order', async () => {
    const { container, findAllByText } = render(
      <PipelineChart
        weeks={[{ weekStart: '2026-11-23', application: 3, interview: 1, offer: 0 }]}
        names={{ application: '投递', interview: '面试', offer: 'Offer' }}
        formatWeek={(week) => week}
      />,
    )
    await findAllByText('投递')
    expectLegendWithoutNames(container, ['投递', '面试', 'Offer'])
  })
})
