import { createContext, useContext, type ReactNode } from 'react'
import type { TidemarkDatabase } from '../data/db'
import type { JournalSearch } from '../data/search/search-client'
import type { AppSettings } from '../data/settings-schema'
import type { Platform } from '../platform'

export interface Services {
  db: TidemarkDatabase
  /** The journal's full-text search (a worker in the app, in-process in unit tests). */
  search: JournalSearch
  platform: Platform
  systemLanguages: readonly string[]
  /** The settings row as read at start, before the live query answers. */
  initialSettings: AppSettings
}

const ServicesContext = createContext<Services | null>(null)

export function ServicesProvider({
  services,
  children,
}: {
  services: Services
  children: ReactNode
}) {
  return <ServicesContext value={services}>{children}</ServicesContext>
}

export function useServices(): Services {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('useServices outside ServicesProvider')
  return services
}
