// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { GoalsView } from '../../../../renderer/ui/screens/journal/goals/GoalsView'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

/** New-user trial 11: with no goal, the list said "add one below" under the button that adds one. */
describe('the goals list with no goal', () => {
  it.each([
    ['en', 'Add a goal', 'No goals yet. Add one above.'],
    ['zh-CN', '添加目标', '还没有目标。在上方添加一个吧。'],
  ] as const)('points up, to the button that is above it (%s)', async (language, add, empty) => {
    await renderWith(await freshDb('goals-empty'), <GoalsView />, language)
    const message = await screen.findByText(empty, {}, { timeout: 5000 })
    const button = screen.getByRole('button', { name: add })
    expect(button.compareDocumentPosition(message) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })
})
