import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPOSITORY_ROOT as root, staticGraph } from '../../../helpers/static-imports'

describe('the Offers screen’s first download', () => {
  it('holds nothing of recharts: the market chart loads when first shown', () => {
    const { files, packages } = staticGraph(
      join(root, 'renderer/ui/screens/offers/OffersScreen.tsx'),
    )
    expect(files).toContain(join(root, 'renderer/ui/screens/offers/compare/OfferComparison.tsx'))
    expect(files).toContain(join(root, 'renderer/ui/charts/lazy-market-chart.ts'))
    expect(files).toContain(join(root, 'renderer/ui/charts/market-chart-data.ts'))
    expect([...packages].filter((name) => name.startsWith('recharts'))).toEqual([])
    expect([...files].filter((file) => /Chart\.tsx$/.test(file))).toEqual([])
  })
})
