import { lazy } from 'react'

/** EntryMarkdown in its own chunk (react-markdown and its parser load on first use). */
export const LazyEntryMarkdown = lazy(() => import('./EntryMarkdown'))
