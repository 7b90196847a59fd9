import { lazy } from 'react'

// The market chart and recharts load on first use, in their own chunk: import it only through
// here (inside <Suspense>), never directly from a screen.
export const LazyMarketChart = lazy(() =>
  import('./MarketChart').then((module) => ({ default: module.MarketChart })),
)
