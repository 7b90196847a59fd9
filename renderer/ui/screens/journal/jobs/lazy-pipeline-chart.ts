import { lazy } from 'react'

// The pipeline chart and recharts load on first use, in their own chunk: import it only through
// here (inside <Suspense>), never directly from a screen.
export const LazyPipelineChart = lazy(() =>
  import('./PipelineChart').then((module) => ({ default: module.PipelineChart })),
)
