import { useEffect, useState } from 'react'

/**
 * The current time, read again every `intervalMs` and whenever the page is shown again (a
 * laptop waking up), so "days left" and due reminders follow the calendar without a reload.
 */
export function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const tick = () => {
      setNow(new Date())
    }
    const timer = setInterval(tick, intervalMs)
    const onVisible = () => {
      if (document.visibilityState === 'visible') tick()
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [intervalMs])
  return now
}
