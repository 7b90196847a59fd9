import { useSyncExternalStore } from 'react'
import { sectionFromHash, type SectionId } from '../sections'
import { subscribeToAddress } from './address-events'

/** The section named in the URL hash, so a reload (or a restart) opens where the user was. */
export function useHashSection(): SectionId {
  return useSyncExternalStore(subscribeToAddress, () => sectionFromHash(window.location.hash))
}
