import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'

/** Keys pressed on their way to another (Ctrl of Ctrl+Enter): they withdraw no question. */
const MODIFIER_KEYS = new Set(['Control', 'Meta', 'Shift', 'Alt'])

/**
 * What leaving a form does (Esc, or a Cancel that asks): it closes at once when nothing typed
 * would be lost or the question already stands; else it asks first, so one stray key loses
 * nothing typed (trial 23 #8).
 */
export function leaveAction(wouldLose: boolean, asked: boolean): 'close' | 'ask' {
  return asked || !wouldLose ? 'close' : 'ask'
}

export interface AskBeforeLeaving {
  /** The question stands: the next leave closes. */
  asked: boolean
  /** Leaves, or asks first (leaveAction). */
  leave: () => void
  /** Takes the question back (a save, another choice made). */
  withdraw: () => void
  /**
   * The form's keydown, called first: Escape leaves and any other key withdraws the question,
   * but a modifier alone (the Ctrl of Ctrl+Enter). A key an input method composes with is the
   * method's (the Escape that drops a pinyin candidate). True when the key was taken: the form
   * does nothing more with it.
   */
  onKeyDown: (event: KeyboardEvent) => boolean
  /** The live line the question is said in: brought into view as it is asked, as the line is
   *  at the form's foot and Esc pressed at its top would ask out of sight. */
  line: RefObject<HTMLParagraphElement | null>
}

/**
 * Esc asks first: the goal, journal entry and skill forms' one way of leaving with typed
 * changes (review 33 L4: each had its own, the skill form's withdrawing at a bare Ctrl).
 * `wouldLose` tells whether leaving now throws away typed changes; `close` leaves; `onAsk`, if
 * given, is called as the question is asked (the entry form clears its other status then).
 */
export function useAskBeforeLeaving(
  wouldLose: () => boolean,
  close: () => void,
  onAsk?: () => void,
): AskBeforeLeaving {
  const [asked, setAsked] = useState(false)
  const line = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (asked) line.current?.scrollIntoView({ block: 'nearest' })
  }, [asked])

  function leave() {
    if (leaveAction(wouldLose(), asked) === 'close') {
      close()
    } else {
      onAsk?.()
      setAsked(true)
    }
  }

  function withdraw() {
    setAsked(false)
  }

  function onKeyDown(event: KeyboardEvent): boolean {
    if (event.nativeEvent.isComposing) return true
    if (event.key === 'Escape') {
      event.preventDefault()
      leave()
      return true
    }
    if (asked && !MODIFIER_KEYS.has(event.key)) setAsked(false)
    return false
  }

  return { asked, leave, withdraw, onKeyDown, line }
}
