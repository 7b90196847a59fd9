import { createElement, lazy, type ComponentProps } from 'react'
import type { EntryMarkdown } from './EntryMarkdown'

type Markdown = typeof EntryMarkdown

let loaded: Markdown | undefined
let loading: Promise<{ default: Markdown }> | undefined

/** Loads EntryMarkdown's chunk (react-markdown and its parser) ahead of its first use. */
export function preloadEntryMarkdown(): Promise<{ default: Markdown }> {
  loading ??= import('./EntryMarkdown').then(
    (module) => {
      loaded = module.EntryMarkdown
      return { default: module.EntryMarkdown }
    },
    (error: unknown) => {
      // A load that failed ahead of use is tried again at the use.
      loading = undefined
      throw error
    },
  )
  return loading
}

const Lazy = lazy(preloadEntryMarkdown)

/**
 * EntryMarkdown in its own chunk, loaded on first use or before (preloadEntryMarkdown). Once
 * loaded it renders at once: through lazy() it would suspend for a moment anyway, and React
 * holds a revealed fallback ("Loading…") on screen for 300 ms (as App.tsx's screenChunk).
 */
export function LazyEntryMarkdown(props: ComponentProps<Markdown>) {
  return createElement(loaded ?? Lazy, props)
}
