import type { IpcError, OpenTextFileResult, SaveTextFileResult } from '../../preload/api'

export type PlatformKind = 'electron' | 'browser'

/** The same outcomes in both adapters: the browser one answers what main would. */
export type SaveOutcome = SaveTextFileResult
export type OpenOutcome = OpenTextFileResult

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
}
