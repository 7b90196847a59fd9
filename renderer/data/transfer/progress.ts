/** How far an export or import has come: the phase, and records done out of total. */
export interface TransferProgress {
  phase: 'read' | 'check' | 'write' | 'serialize'
  done: number
  total: number
}

export interface TransferOptions {
  onProgress?: (progress: TransferProgress) => void
  /** Aborting stops the work between two chunks; nothing stored is changed. */
  signal?: AbortSignal
}

/** Records handled between two progress reports (and two chances to cancel). */
export const CHUNK = 2000

/** Thrown when the user cancelled; the stored data is exactly as it was before. */
export class TransferCancelled extends Error {
  constructor() {
    super('cancelled')
    this.name = 'TransferCancelled'
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new TransferCancelled()
}

/** Lets the page paint the progress bar between chunks of work done outside a transaction. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
