import { lazy } from 'react'

// The charts and recharts load on first use, in their own chunk: import them only through here
// (inside <Suspense>), never directly from a screen.
export const LazyDomainLevelsChart = lazy(() =>
  import('./DomainLevelsChart').then((module) => ({ default: module.DomainLevelsChart })),
)

export const LazyScoreTrendChart = lazy(() =>
  import('./ScoreTrendChart').then((module) => ({ default: module.ScoreTrendChart })),
)
