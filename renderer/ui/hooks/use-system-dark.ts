import { useSyncExternalStore } from 'react'

const QUERY = '(prefers-color-scheme: dark)'

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(QUERY)
  list.addEventListener('change', onChange)
  return () => {
    list.removeEventListener('change', onChange)
  }
}

const isDark = () => window.matchMedia(QUERY).matches

/**
 * Whether the system asks for dark now, followed live: Settings names what "System" means
 * (trial 20: Language read "System (English)", Appearance only "System").
 */
export function useSystemDark(): boolean {
  return useSyncExternalStore(subscribe, isDark, () => false)
}
