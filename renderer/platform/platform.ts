import type {
  BackupReason,
  IpcError,
  ListBackupsResult,
  OpenTextFileResult,
  PrintToPdfResult,
  ReadBackupResult,
  SaveTextFileResult,
  ShowNotificationRequest,
  ShowNotificationResult,
  WriteBackupResult,
} from '../../preload/api'

export type PlatformKind = 'electron' | 'browser'

/** The same outcomes in both adapters: the browser one answers what main would. */
export type SaveOutcome = SaveTextFileResult
export type OpenOutcome = OpenTextFileResult
/**
 * A data file picked by the user (an import): its bytes, as read, where the platform reads
 * the file itself (a browser); its text where main has read and decoded it (the app).
 */
export type OpenDataOutcome =
  { status: 'cancelled' } | { status: 'opened'; fileName: string; contents: string | ArrayBuffer }
/**
 * A PDF of the page: saved (or cancelled) where the app writes it itself; in a browser, its
 * print dialog was shown and the user saves the PDF there (the page cannot know whether they did).
 */
export type PrintOutcome = PrintToPdfResult | { status: 'print-dialog' }

/**
 * Whether desktop notifications can be shown: always asked of the system in the app; in a
 * browser, only once the user allowed them ('ask': not yet asked; 'denied': refused, only the
 * browser's site settings can undo it).
 */
export type NotificationAccess = 'granted' | 'ask' | 'denied' | 'unsupported'

/** A desktop notification in the user's language: plain text, a title and a line or two. */
export type DesktopNotification = ShowNotificationRequest

/** Shown, the system cannot show one, or (in a browser) the user has not allowed them. */
export type NotifyOutcome = ShowNotificationResult | { status: 'not-allowed' }

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
   * The same for a file the app decodes itself (an import checks its bytes as strict UTF-8 off
   * the UI thread): a browser answers the bytes undecoded, the app main's text.
   */
  openDataFile(extensions: string[]): Promise<OpenDataOutcome>
  /**
   * Prints the page as it stands, through its print style sheet, to a PDF: a save dialog and
   * Electron's printToPDF in the app, the browser's print dialog ("Save as PDF") in a browser.
   * The caller shows what it wants printed before calling, and keeps it until this answers.
   */
  printToPdf(suggestedName: string): Promise<PrintOutcome>
  /** The backups folder in Electron; null in a browser, which has no disk to keep them on. */
  backups: PlatformBackups | null
  /** Whether notify() can show anything now (never asks the user). */
  notificationAccess(): NotificationAccess
  /**
   * Asks the user to allow notifications where that is needed (a browser), and answers what
   * they chose. Browsers ask only from a user's gesture: call it from a click ("Remind me").
   */
  requestNotificationAccess(): Promise<NotificationAccess>
  /**
   * Shows a desktop notification: Electron's, from main, in the app; the browser's
   * Notification where the user allowed it (else 'not-allowed', and nothing is asked). A
   * click brings the app forward. Fails (PlatformError) only if main refuses the request.
   */
  notify(notification: DesktopNotification): Promise<NotifyOutcome>
  /**
   * Opens a link in the system's browser (or mail program for mailto:), never inside the app.
   * Only http, https and mailto links of at most 2048 characters: anything else (javascript:,
   * file:, data:, app:…) is refused with PlatformError 'invalid-payload', and nothing opens.
   */
  openExternal(url: string): Promise<void>
}
