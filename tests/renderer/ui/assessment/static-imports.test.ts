import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPOSITORY_ROOT as root, staticGraph } from '../../../helpers/static-imports'

describe('the Skills screen’s first download', () => {
  it('holds nothing of recharts: the charts load when first shown', () => {
    const { files, packages } = staticGraph(
      join(root, 'renderer/ui/screens/skills/SkillsScreen.tsx'),
    )
    expect(files).toContain(join(root, 'renderer/ui/screens/skills/assessment/AssessmentPanel.tsx'))
    expect(files).toContain(join(root, 'renderer/ui/charts/lazy-charts.ts'))
    expect([...packages].filter((name) => name.startsWith('recharts'))).toEqual([])
    expect([...files].filter((file) => /Chart\.tsx$/.test(file))).toEqual([])
  })
})
