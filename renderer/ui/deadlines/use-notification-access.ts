import { useCallback, useSyncExternalStore } from 'react'
import type { NotificationAccess } from '../../platform'
import { useServices } from '../services'

// Whoever asks (a "Remind me" button anywhere) tells every reader, so the banner starts
// delivering the moment the user allows notifications on the offers screen.
const listeners = new Set<() => void>()

function announce(): void {
  for (const listener of listeners) listener()
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange)
  // The user may allow or block notifications in the browser's settings meanwhile.
  window.addEventListener('focus', onChange)
  return () => {
    listeners.delete(onChange)
    window.removeEventListener('focus', onChange)
  }
}

/** Whether desktop notifications can be shown, and a way to ask (from a click only). */
export function useNotificationAccess(): {
  access: NotificationAccess
  request: () => Promise<NotificationAccess>
} {
  const { platform } = useServices()
  const access = useSyncExternalStore(subscribe, () => platform.notificationAccess())
  const request = useCallback(async () => {
    const answer = await platform.requestNotificationAccess()
    announce()
    return answer
  }, [platform])
  return { access, request }
}
