import { useSyncExternalStore } from 'react'
import { sectionFromHash, type SectionId } from '../sections'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => {
    window.removeEventListener('hashchange', onChange)
  }
}

/** The section named in the URL hash, so a reload (or a restart) opens where the user was. */
export function useHashSection(): SectionId {
  return useSyncExternalStore(subscribe, () => sectionFromHash(window.location.hash))
}
