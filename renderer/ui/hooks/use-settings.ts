import { useLiveQuery } from 'dexie-react-hooks'
import { readSettings } from '../../data/settings-repository'
import type { AppSettings } from '../../data/settings-schema'
import { useServices } from '../services'

/** The settings row, live: any change (from this screen or another window) re-renders. */
export function useSettings(): AppSettings | undefined {
  const { db } = useServices()
  return useLiveQuery(() => readSettings(db), [db])
}
