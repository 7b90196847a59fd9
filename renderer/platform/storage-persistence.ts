/** Whether the browser has promised not to evict our IndexedDB data under storage pressure. */
export type Persistence = 'persisted' | 'not-persisted' | 'unavailable'

/**
 * Asks the StorageManager: `persist` requests the promise (once, at start; the browser may
 * grant it silently or not), `persisted` only reads it. The API is missing in insecure
 * contexts and some test DOMs, so it is treated as optional.
 */
async function askStorage(question: 'persist' | 'persisted'): Promise<Persistence> {
  const storage = (navigator as Partial<Navigator>).storage
  if (!storage) return 'unavailable'
  try {
    return (await storage[question]()) ? 'persisted' : 'not-persisted'
  } catch {
    return 'unavailable'
  }
}

export const requestPersistentStorage = (): Promise<Persistence> => askStorage('persist')
export const storagePersistence = (): Promise<Persistence> => askStorage('persisted')
