import { useLiveQuery } from 'dexie-react-hooks'
import { readSettings } from '../../data/settings-repository'
import type { AppSettings } from '../../data/settings-schema'
import { useServices } from '../services'

/**
 * The settings row, live: any change (from this screen or another window) re-renders.
 * Seeded with the row read at start, so the first render already has it.
 */
export function useSettings(): AppSettings {
  const { db, initialSettings } = useServices()
  return useLiveQuery(() => readSettings(db), [db], initialSettings)
}
