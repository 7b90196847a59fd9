import type { TFunction } from 'i18next'
import { PlatformError, type PrintOutcome } from '../../platform'

/** Where an export (a Markdown file, a printed PDF) stands, as its buttons' status line says. */
export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'saved'; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'print-dialog' }
  | { kind: 'failed'; detail: string }

/** A saved file's outcome as a status. */
export function savedStatus(
  outcome: { status: 'saved'; fileName: string } | { status: 'cancelled' },
): ExportStatus {
  return outcome.status === 'saved'
    ? { kind: 'saved', fileName: outcome.fileName }
    : { kind: 'cancelled' }
}

/** A print's outcome (a PDF in Electron, the print dialog in a browser) as a status. */
export function printedStatus(outcome: PrintOutcome): ExportStatus {
  return outcome.status === 'print-dialog' ? { kind: 'print-dialog' } : savedStatus(outcome)
}

/** A failed export, in words: the platform's error in the interface's language. */
export function failedStatus(t: TFunction, error: unknown): ExportStatus {
  const detail =
    error instanceof PlatformError
      ? t(`errors.ipc.${error.error.code}`, { detail: error.error.detail })
      : error instanceof Error
        ? error.message
        : String(error)
  return { kind: 'failed', detail }
}
