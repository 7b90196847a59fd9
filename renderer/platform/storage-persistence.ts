/** Whether the browser has promised not to evict our IndexedDB data under storage pressure. */
export type Persistence = 'persisted' | 'not-persisted' | 'unavailable'

// The StorageManager API is missing in insecure contexts and some test DOMs: treat it as optional.
function storageManager(): StorageManager | undefined {
  return (navigator as Partial<Navigator>).storage
}

/** Asks once at start; the browser may grant it silently (installed app, bookmarked site) or not. */
export async function requestPersistentStorage(): Promise<Persistence> {
  const storage = storageManager()
  if (!storage) return 'unavailable'
  try {
    return (await storage.persist()) ? 'persisted' : 'not-persisted'
  } catch {
    return 'unavailable'
  }
}

export async function storagePersistence(): Promise<Persistence> {
  const storage = storageManager()
  if (!storage) return 'unavailable'
  try {
    return (await storage.persisted()) ? 'persisted' : 'not-persisted'
  } catch {
    return 'unavailable'
  }
}
