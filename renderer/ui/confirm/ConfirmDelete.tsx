import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'

/** The words of one delete: the button, the question, and its two answers. */
export interface DeleteWords {
  button: string
  question: string
  yes: string
  no: string
}

/**
 * Delete, asked once more: the question takes the place of the button with "Keep it" focused
 * (Escape keeps it too), so a stray Enter never deletes. A failed delete puts the button back
 * and hands its reason to `onFailed`.
 */
export function ConfirmDelete({
  words,
  remove,
  onDeleted,
  onFailed,
  buttonClassName = '',
  confirmClassName,
}: {
  words: DeleteWords
  /** The write itself (a repository's delete). */
  remove: () => Promise<void>
  onDeleted: () => void
  onFailed: (detail: string) => void
  buttonClassName?: string
  confirmClassName: string
}) {
  const questionId = useId()
  const [asking, setAsking] = useState(false)
  const keepButton = useRef<HTMLButtonElement>(null)
  const deleteButton = useRef<HTMLButtonElement>(null)
  const focusNext = useRef<'keep' | 'delete' | null>(null)

  useEffect(() => {
    const target = focusNext.current === 'keep' ? keepButton.current : deleteButton.current
    if (focusNext.current === null || !target) return
    focusNext.current = null
    target.focus()
  }, [asking])

  function ask(next: boolean) {
    focusNext.current = next ? 'keep' : 'delete'
    setAsking(next)
  }

  async function confirm() {
    try {
      await remove()
      onDeleted()
    } catch (cause) {
      setAsking(false)
      onFailed(cause instanceof Error ? cause.message : String(cause))
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault()
      ask(false)
    }
  }

  if (!asking) {
    return (
      <button
        type="button"
        ref={deleteButton}
        className={`danger ${buttonClassName}`.trim()}
        onClick={() => {
          ask(true)
        }}
      >
        {words.button}
      </button>
    )
  }
  return (
    <div
      className={confirmClassName}
      role="group"
      aria-labelledby={questionId}
      onKeyDown={onKeyDown}
    >
      <p id={questionId}>{words.question}</p>
      <button
        type="button"
        className="danger"
        onClick={() => {
          void confirm()
        }}
      >
        {words.yes}
      </button>
      <button
        type="button"
        ref={keepButton}
        onClick={() => {
          ask(false)
        }}
      >
        {words.no}
      </button>
    </div>
  )
}
