import { useEffect, useRef, useState } from 'react'
import type { StoredSkill } from '../../../../data/records'
import { deleteSkill } from '../../../../data/repositories/skills'
import { useServices } from '../../../services'

/** How long "Undo" stays offered after a remove. */
export const UNDO_MILLISECONDS = 8000

export interface UndoableRemoval {
  /** The skill removed but not yet deleted: hidden and left out of the assessment. */
  pending: StoredSkill | undefined
  remove: (skill: StoredSkill) => void
  /** Takes the removal back; answers the skill it kept. */
  undo: () => StoredSkill | undefined
}

interface Handlers {
  isHeld: () => boolean
  onDeleted: (skill: StoredSkill) => void
  onFailed: (skill: StoredSkill, error: unknown) => void
}

/**
 * A remove that can be taken back: the skill is hidden at once and deleted only when the undo
 * time runs out (or at the next remove, or on leaving the screen), so an undo keeps everything
 * the delete would have cut, journal links and goals included. While `isHeld()` (the Undo
 * button has focus) the time does not run out.
 */
export function useUndoableRemoval(handlers: Handlers): UndoableRemoval {
  const { db } = useServices()
  const [pending, setPending] = useState<StoredSkill | undefined>()
  const pendingRef = useRef<StoredSkill | undefined>(undefined)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const latest = useRef({ db, handlers })
  useEffect(() => {
    latest.current = { db, handlers }
  })

  function commit(skill: StoredSkill) {
    const { db: database, handlers: current } = latest.current
    deleteSkill(database, skill.id).then(
      () => {
        current.onDeleted(skill)
      },
      (error: unknown) => {
        current.onFailed(skill, error)
      },
    )
  }

  function settle(): StoredSkill | undefined {
    clearTimeout(timer.current)
    timer.current = undefined
    const skill = pendingRef.current
    pendingRef.current = undefined
    return skill
  }

  function expire() {
    if (latest.current.handlers.isHeld()) {
      timer.current = setTimeout(expire, UNDO_MILLISECONDS / 4)
      return
    }
    const skill = settle()
    setPending(undefined)
    if (skill) commit(skill)
  }

  // Leaving the screen ends the undo time: the removal the user saw happens. (The timer and
  // the pending skill live in refs, so this cleanup reads what is pending at that moment.)
  const onUnmount = useRef(() => {
    const skill = settle()
    if (skill) commit(skill)
  })
  useEffect(() => {
    const finish = onUnmount.current
    return () => {
      finish()
    }
  }, [])

  return {
    pending,
    remove(skill) {
      const earlier = settle()
      if (earlier) commit(earlier)
      pendingRef.current = skill
      setPending(skill)
      timer.current = setTimeout(expire, UNDO_MILLISECONDS)
    },
    undo() {
      const skill = settle()
      setPending(undefined)
      return skill
    },
  }
}
