import type { ShowNotificationRequest } from '../preload/api'

/** What the notifier needs of Electron's Notification: made, shown, clicked, closed. */
export interface NotificationLike {
  on(event: 'click' | 'close', listener: () => void): unknown
  show(): void
}

export interface NotifierDeps {
  /** Electron's Notification.isSupported(): false where the system has no notification server. */
  isSupported: () => boolean
  create: (notification: ShowNotificationRequest) => NotificationLike
  /** Brings the app's window forward (restored if minimized): a click on a reminder means "show me". */
  focusWindow: () => void
}

/**
 * Shows desktop notifications from main, answering false where the system cannot. Each one is
 * kept referenced until it is clicked or closed: Electron drops the click handler of a
 * notification the garbage collector has taken, and the click would do nothing.
 */
export function createDesktopNotifier(
  deps: NotifierDeps,
): (notification: ShowNotificationRequest) => boolean {
  const shown = new Set<NotificationLike>()
  return (request) => {
    if (!deps.isSupported()) return false
    const notification = deps.create(request)
    shown.add(notification)
    notification.on('click', () => {
      shown.delete(notification)
      deps.focusWindow()
    })
    notification.on('close', () => {
      shown.delete(notification)
    })
    notification.show()
    return true
  }
}
