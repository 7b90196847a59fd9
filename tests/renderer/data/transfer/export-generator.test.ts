import { describe, expect, it } from 'vitest'
import { checkImportText } from '../../../../renderer/data/transfer/import'
import { generateExport } from '../../../helpers/export-generator'

describe('the test-data generator', () => {
  it('writes files the import accepts, the same for the same seed', () => {
    const file = generateExport(300, 7)
    const document = checkImportText(file.text)
    expect(document.data.journal).toHaveLength(300)
    expect(generateExport(300, 7).text).toBe(file.text)
    expect(generateExport(300, 8).text).not.toBe(file.text)
    expect(file.counts['推理']).toBeGreaterThan(0)
    expect(file.counts.quant).toBeGreaterThan(0)
    expect(checkImportText(generateExport(0).text).data.journal).toEqual([])
  })
})
