import { expect, test, type Page } from '@playwright/test'
import { generateExport } from '../helpers/export-generator'
import { EN, importThroughUi, jsonFile } from './data-helpers'

/**
 * The journal search finds an entry by the name of a skill it links to, in the search worker,
 * and follows a rename made on the Skills screen (the worker hears the skills table change;
 * the UI thread sends it nothing). English UI; the unit tests cover the rest
 * (tests/renderer/data/search/linked-skills.test.ts).
 */

const stamp = '2026-11-01T08:00:00.000Z'

/** An export holding one skill and one entry linked to it whose own text never names it. */
function fileWithLinkedSkill(): string {
  const document = JSON.parse(generateExport(0).text) as { data: Record<string, unknown> }
  document.data['skills'] = [
    {
      id: 'skill-quant',
      name: 'Quantization (GPTQ, AWQ)',
      domain: 'inference-acceleration',
      level: 2,
      evidence: [],
      createdAt: stamp,
      updatedAt: stamp,
    },
  ]
  document.data['journal'] = [
    {
      id: 'entry-weekend',
      kind: 'learning',
      date: '2026-11-01',
      title: 'Weekend reading',
      body: 'Two papers.',
      skillIds: ['skill-quant'],
      tags: [],
      evidence: [],
      createdAt: stamp,
      updatedAt: stamp,
    },
  ]
  return JSON.stringify(document)
}

async function searchCount(page: Page, query: string, count: number): Promise<void> {
  await page.getByRole('searchbox', { name: EN.search }).fill(query)
  await expect(page.getByTestId('journal-count')).toHaveText(EN.matches(count))
}

test.use({ locale: 'en-US', viewport: { width: 1280, height: 900 } })

test('an entry is found by its linked skill’s name, and by the new name once renamed', async ({
  page,
}) => {
  await page.goto('/#/settings')
  await importThroughUi(page, jsonFile('linked.json', fileWithLinkedSkill()), 'replace', EN)

  await page.goto('/#/journal')
  await searchCount(page, 'quant', 1)
  await searchCount(page, 'gptq', 1)

  await page.goto('/#/skills')
  await page.getByRole('button', { name: 'Edit Quantization (GPTQ, AWQ)' }).click()
  await page.getByRole('combobox', { name: 'Name', exact: true }).fill('Distillation')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Edit Distillation' })).toBeVisible()

  await page.goto('/#/journal')
  await searchCount(page, 'distil', 1)
  await searchCount(page, 'quant', 0)
})
