import { useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import {
  clearSample,
  loadSample,
  SampleRefused,
  type SampleCleared,
} from '../../../data/sample/sample-profile'
import type { UiLanguage } from '../../i18n/i18n'
import { useServices } from '../../services'

export type SampleOutcome =
  | { kind: 'loaded' }
  | { kind: 'cleared'; cleared: SampleCleared }
  | { kind: 'refused' }
  | { kind: 'failed'; detail: string }

export interface SampleActions {
  busy: 'load' | 'clear' | null
  outcome: SampleOutcome | null
  load: () => void
  clear: () => void
}

/**
 * Loads or clears the sample and keeps what came of it for the screen to say. The button the
 * user pressed goes away with the state it belonged to, so focus moves to the heading.
 */
export function useSampleActions(headingRef: RefObject<HTMLHeadingElement | null>): SampleActions {
  const { db } = useServices()
  const { i18n } = useTranslation()
  const [busy, setBusy] = useState<SampleActions['busy']>(null)
  const [outcome, setOutcome] = useState<SampleOutcome | null>(null)

  async function run(kind: 'load' | 'clear') {
    setBusy(kind)
    setOutcome(null)
    try {
      if (kind === 'load') {
        await loadSample(db, i18n.language as UiLanguage)
        setOutcome({ kind: 'loaded' })
      } else {
        setOutcome({ kind: 'cleared', cleared: await clearSample(db) })
      }
      headingRef.current?.focus()
    } catch (error) {
      setOutcome(
        error instanceof SampleRefused
          ? { kind: 'refused' }
          : { kind: 'failed', detail: error instanceof Error ? error.message : String(error) },
      )
    } finally {
      setBusy(null)
    }
  }

  return {
    busy,
    outcome,
    load: () => {
      void run('load')
    },
    clear: () => {
      void run('clear')
    },
  }
}
