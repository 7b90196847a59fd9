import { liveQuery, type Subscription } from 'dexie'
import { useSyncExternalStore } from 'react'

/** What a shared query holds: nothing yet, its latest answer, or the error it stopped on. */
type Snapshot<T> =
  { state: 'waiting' } | { state: 'answered'; value: T } | { state: 'failed'; error: unknown }

const WAITING = { state: 'waiting' } as const

/**
 * One Dexie live query read by every component that needs it (useLiveQuery runs one per
 * component), which can also be started before any component mounts: at start-up the records
 * load while the screen's code is still arriving. It stays subscribed while a component reads
 * it, and for `lingerMs` after the last one leaves (StrictMode's second mount, a screen change),
 * then lets go of its answer: a later reader waits for a fresh one, never a stale copy.
 */
export class SharedLiveQuery<T> {
  private snapshot: Snapshot<T> = WAITING
  private subscription: Subscription | undefined
  private stopTimer: ReturnType<typeof setTimeout> | undefined
  private readonly listeners = new Set<() => void>()
  /** Told of every answer like listeners, without keeping the query subscribed; `stopped`
   *  when the query lets go unanswered. */
  private readonly answerWaiters = new Set<(stopped?: boolean) => void>()

  constructor(
    private readonly query: () => Promise<T>,
    private readonly lingerMs = 2000,
  ) {}

  /** Starts the query now, for a reader about to come: kept `holdMs` even if none does. */
  warm(holdMs: number): void {
    this.start()
    if (this.listeners.size === 0) this.stopLater(holdMs)
  }

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    this.start()
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size === 0) this.stopLater(this.lingerMs)
    }
  }

  readonly getSnapshot = (): Snapshot<T> => this.snapshot

  /**
   * Resolves once the query has answered (or failed): the moment its readers can draw; or once
   * it lets go unanswered with no reader left, so that nothing waiting on it waits for ever.
   */
  answered(): Promise<void> {
    if (this.snapshot.state !== 'waiting') return Promise.resolve()
    return new Promise((resolve) => {
      const listener = (stopped = false) => {
        if (!stopped && this.snapshot.state === 'waiting') return
        this.answerWaiters.delete(listener)
        resolve()
      }
      this.answerWaiters.add(listener)
    })
  }

  private start(): void {
    clearTimeout(this.stopTimer)
    this.stopTimer = undefined
    if (this.subscription) return
    if (this.snapshot.state === 'failed') this.snapshot = WAITING
    this.subscription = liveQuery(this.query).subscribe({
      next: (value) => {
        this.set({ state: 'answered', value })
      },
      error: (error: unknown) => {
        // The observable is done after an error: the next reader starts a new one.
        this.subscription = undefined
        this.set({ state: 'failed', error })
      },
    })
  }

  private stopLater(ms: number): void {
    clearTimeout(this.stopTimer)
    this.stopTimer = setTimeout(() => {
      if (this.listeners.size > 0) return
      this.subscription?.unsubscribe()
      this.subscription = undefined
      this.snapshot = WAITING
      for (const waiter of [...this.answerWaiters]) waiter(true)
    }, ms)
  }

  private set(snapshot: Snapshot<T>): void {
    this.snapshot = snapshot
    for (const listener of [...this.listeners, ...this.answerWaiters]) listener()
  }
}

/** The query's latest answer (undefined until the first), live; its error is thrown, as
 *  useLiveQuery does, for the nearest error boundary. */
export function useSharedLiveQuery<T>(query: SharedLiveQuery<T>): T | undefined {
  const snapshot = useSyncExternalStore(query.subscribe, query.getSnapshot)
  if (snapshot.state === 'failed') throw snapshot.error
  return snapshot.state === 'answered' ? snapshot.value : undefined
}
