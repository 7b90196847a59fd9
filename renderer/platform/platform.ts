import type {
  BackupReason,
  IpcError,
  ListBackupsResult,
  OpenTextFileResult,
  PrintToPdfResult,
  ReadBackupResult,
  SaveTextFileResult,
  WriteBackupResult,
} from '../../preload/api'

export type PlatformKind = 'electron' | 'browser'

/** The same outcomes in both adapters: the browser one answers what main would. */
export type SaveOutcome = SaveTextFileResult
export type OpenOutcome = OpenTextFileResult
/**
 * A PDF of the page: saved (or cancelled) where the app writes it itself; in a browser, its
 * print dialog was shown and the user saves the PDF there (the page cannot know whether they did).
 */
export type PrintOutcome = PrintToPdfResult | { status: 'print-dialog' }

/**
 * The app's own backups folder (main writes it under its data folder, rotating old backups
 * out). Answers are main's, unchanged; a failure is thrown as PlatformError, with the codes
 * disk-full, file-too-large, not-found, file-not-text, io-failed or invalid-payload.
 */
export interface PlatformBackups {
  /** Writes a backup (the export document), then deletes the ones the rotation drops. */
  write(contents: string, reason: BackupReason): Promise<WriteBackupResult>
  /** The backups in the folder, newest first. */
  list(): Promise<ListBackupsResult>
  /** One backup's contents, by a file name that list() answered. */
  read(fileName: string): Promise<ReadBackupResult>
  /**
   * Calls the listener when main asks for a backup because the app is quitting: answer with
   * write(contents, 'quit'), soon (main quits anyway after a few seconds). Answers a function
   * that stops listening.
   */
  onRequested(listener: () => void): () => void
}

/** A failure the UI shows in the user's language, keyed by code. */
export class PlatformError extends Error {
  constructor(readonly error: IpcError) {
    super(`${error.code}: ${error.detail}`)
    this.name = 'PlatformError'
  }
}

/**
 * What the renderer needs from where it runs. The rest of the renderer talks to this and
 * never asks whether it is in Electron or in a plain browser.
 */
export interface Platform {
  kind: PlatformKind
  /** The system's preferred languages, most preferred first (BCP 47 tags). */
  systemLanguages(): Promise<readonly string[]>
  /** Lets the user keep a text file (a save dialog in Electron, a download in a browser). */
  saveTextFile(suggestedName: string, contents: string): Promise<SaveOutcome>
  /** Lets the user pick a text file to read (an open dialog in Electron, a file picker in a browser). */
  openTextFile(extensions: string[]): Promise<OpenOutcome>
  /**
   * Prints the page as it stands, through its print style sheet, to a PDF: a save dialog and
   * Electron's printToPDF in the app, the browser's print dialog ("Save as PDF") in a browser.
   * The caller shows what it wants printed before calling, and keeps it until this answers.
   */
  printToPdf(suggestedName: string): Promise<PrintOutcome>
  /** The backups folder in Electron; null in a browser, which has no disk to keep them on. */
  backups: PlatformBackups | null
}
