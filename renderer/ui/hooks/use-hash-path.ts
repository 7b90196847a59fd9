import { useSyncExternalStore } from 'react'
import { subscribeToAddress } from './address-events'

/** What follows the section in the hash: "new" for #/offers/new, "" for #/offers. */
export function useHashPath(): string {
  return useSyncExternalStore(subscribeToAddress, () => {
    const path = window.location.hash.replace(/^#\/?/, '').split('?', 1)[0] ?? ''
    const slash = path.indexOf('/')
    return slash === -1 ? '' : decodeURIComponent(path.slice(slash + 1))
  })
}
