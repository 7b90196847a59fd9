/**
 * Type-level checks that the preload's API and main's handlers cannot drift from the IPC
 * contract (preload/api.ts). Nothing here runs: `npm run typecheck` (tsc -p tsconfig.json,
 * which includes tests/) is the test. Each `@ts-expect-error` line is a case that must NOT
 * compile; if the types loosened so that it did, tsc would report the directive as unused.
 */
import type { IpcHandlers } from '../../main/ipc/handlers'
import type { responseSchemas } from '../../main/ipc/payloads'
import type {
  AppInfo,
  IpcChannel,
  IpcContract,
  IpcMethod,
  IpcResult,
  ListBackupsResult,
  OpenExternalRequest,
  OpenExternalResult,
  MainEventChannel,
  OpenTextFileRequest,
  OpenTextFileResult,
  PrintToPdfRequest,
  PrintToPdfResult,
  ReadBackupRequest,
  ReadBackupResult,
  SaveTextFileRequest,
  SaveTextFileResult,
  ShowNotificationRequest,
  ShowNotificationResult,
  TidemarkApi,
  WriteBackupRequest,
  WriteBackupResult,
} from '../../preload/api'

/** True only when A and B are the same type (not merely assignable either way). */
type Equal<A, B> =
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the usual exact-equality trick: T exists only to defer each conditional
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
type Expect<T extends true> = T

const appInfo: AppInfo = { version: '0.1.0', systemLocale: 'en-US' }

// The checks themselves are sound: Equal tells different types apart.
export type EqualIsStrict = [
  Expect<Equal<AppInfo, AppInfo>>,
  // @ts-expect-error a wider type is not equal
  Expect<Equal<AppInfo, Partial<AppInfo>>>,
  // @ts-expect-error a function taking an argument is not one taking none
  Expect<Equal<() => void, (request: string) => void>>,
]

// The renderer's API is exactly what the contract says: one function per entry, and one
// subscription per main event.
export type ApiFollowsContract = [
  Expect<Equal<keyof TidemarkApi, keyof IpcContract | 'onBackupRequested'>>,
  Expect<Equal<TidemarkApi['getAppInfo'], () => Promise<IpcResult<AppInfo>>>>,
  Expect<
    Equal<
      TidemarkApi['saveTextFile'],
      (request: SaveTextFileRequest) => Promise<IpcResult<SaveTextFileResult>>
    >
  >,
  Expect<
    Equal<
      TidemarkApi['openTextFile'],
      (request: OpenTextFileRequest) => Promise<IpcResult<OpenTextFileResult>>
    >
  >,
  // @ts-expect-error openTextFile answers an open result, not a save result
  Expect<Equal<ReturnType<TidemarkApi['openTextFile']>, Promise<IpcResult<SaveTextFileResult>>>>,
  Expect<
    Equal<
      TidemarkApi['writeBackup'],
      (request: WriteBackupRequest) => Promise<IpcResult<WriteBackupResult>>
    >
  >,
  Expect<Equal<TidemarkApi['listBackups'], () => Promise<IpcResult<ListBackupsResult>>>>,
  Expect<
    Equal<
      TidemarkApi['readBackup'],
      (request: ReadBackupRequest) => Promise<IpcResult<ReadBackupResult>>
    >
  >,
  Expect<
    Equal<
      TidemarkApi['printToPdf'],
      (request: PrintToPdfRequest) => Promise<IpcResult<PrintToPdfResult>>
    >
  >,
  // @ts-expect-error printToPdf takes the file name to suggest, not nothing
  Expect<Equal<TidemarkApi['printToPdf'], () => Promise<IpcResult<PrintToPdfResult>>>>,
  Expect<
    Equal<
      TidemarkApi['showNotification'],
      (request: ShowNotificationRequest) => Promise<IpcResult<ShowNotificationResult>>
    >
  >,
  Expect<
    // @ts-expect-error showNotification takes a title and a body, not a bare string
    Equal<
      TidemarkApi['showNotification'],
      (title: string) => Promise<IpcResult<ShowNotificationResult>>
    >
  >,
  Expect<
    Equal<
      TidemarkApi['openExternal'],
      (request: OpenExternalRequest) => Promise<IpcResult<OpenExternalResult>>
    >
  >,
  // The listener gets nothing: no IpcRendererEvent, whose sender is ipcRenderer, reaches the page.
  Expect<Equal<TidemarkApi['onBackupRequested'], (listener: () => void) => () => void>>,
  Expect<
    // @ts-expect-error a listener taking the event object is not what the bridge offers
    Equal<TidemarkApi['onBackupRequested'], (listener: (event: unknown) => void) => () => void>
  >,
  // An event's channel is never also a request's channel.
  Expect<Equal<Extract<MainEventChannel, IpcChannel>, never>>,
]

// Main's handler table and response schemas cover the same entries as the contract.
export type MainFollowsContract = [
  Expect<Equal<keyof IpcHandlers, IpcMethod>>,
  Expect<Equal<keyof typeof responseSchemas, IpcMethod>>,
]

const cancelled = { status: 'cancelled' } as const
const written = { fileName: 'tidemark-2026-11-29T21-40-00-000Z-quit.json' }
const noBackups = { backups: [], folder: '/home/u/.config/Tidemark/backups' }
const backupContents = { contents: '{}' }
const shown = { status: 'shown' } as const

export const complete: IpcHandlers = {
  getAppInfo: () => Promise.resolve(appInfo),
  saveTextFile: () => Promise.resolve(cancelled),
  openTextFile: () => Promise.resolve(cancelled),
  writeBackup: () => Promise.resolve(written),
  listBackups: () => Promise.resolve(noBackups),
  readBackup: () => Promise.resolve(backupContents),
  printToPdf: () => Promise.resolve(cancelled),
  showNotification: () => Promise.resolve(shown),
  openExternal: () => Promise.resolve({ status: 'opened' as const }),
}

// @ts-expect-error a handler table without openTextFile does not compile
export const missingChannel: IpcHandlers = {
  getAppInfo: () => Promise.resolve(appInfo),
  saveTextFile: () => Promise.resolve(cancelled),
  writeBackup: () => Promise.resolve(written),
  listBackups: () => Promise.resolve(noBackups),
  readBackup: () => Promise.resolve(backupContents),
  printToPdf: () => Promise.resolve(cancelled),
  showNotification: () => Promise.resolve(shown),
  openExternal: () => Promise.resolve({ status: 'opened' as const }),
}

const { readBackup: _readBackup, ...withoutReadBackup } = complete
// @ts-expect-error a handler table without readBackup does not compile
export const missingBackupChannel: IpcHandlers = withoutReadBackup

const { printToPdf: _printToPdf, ...withoutPrintToPdf } = complete
// @ts-expect-error a handler table without printToPdf does not compile
export const missingPrintChannel: IpcHandlers = withoutPrintToPdf

const { showNotification: _showNotification, ...withoutShowNotification } = complete
// @ts-expect-error a handler table without showNotification does not compile
export const missingNotificationChannel: IpcHandlers = withoutShowNotification

const { openExternal: _openExternal, ...withoutOpenExternal } = complete
// @ts-expect-error a handler table without openExternal does not compile
export const missingOpenExternalChannel: IpcHandlers = withoutOpenExternal

export const notificationAnswersClicked: IpcHandlers = {
  ...complete,
  // @ts-expect-error showNotification answers shown or unsupported, not what the user did
  showNotification: () => Promise.resolve({ status: 'clicked' as const }),
}

export const pdfAnswersPath: IpcHandlers = {
  ...complete,
  // @ts-expect-error printToPdf answers the file's name, never where it was written
  printToPdf: () => Promise.resolve({ status: 'saved' as const, path: '/home/u/report.pdf' }),
}

export const wrongResponse: IpcHandlers = {
  ...complete,
  // @ts-expect-error getAppInfo must answer AppInfo, not a save result
  getAppInfo: () => Promise.resolve(cancelled),
}

export const unknownStatus: IpcHandlers = {
  ...complete,
  // @ts-expect-error a status the contract does not list
  saveTextFile: () => Promise.resolve({ status: 'queued' as const }),
}

const nightly = {
  fileName: written.fileName,
  createdAt: '2026-11-29T21:40:00.000Z',
  reason: 'nightly' as const,
  bytes: 2,
}

export const unknownReason: IpcHandlers = {
  ...complete,
  // @ts-expect-error a backup reason the contract does not list
  listBackups: () => Promise.resolve({ backups: [nightly], folder: '/backups' }),
}

export const backupAnswersPath: IpcHandlers = {
  ...complete,
  // @ts-expect-error readBackup answers the contents, not where the file is
  readBackup: () => Promise.resolve({ path: '/home/u/.config/Tidemark/backups/x.json' }),
}

export const extraChannel: IpcHandlers = {
  ...complete,
  // @ts-expect-error a handler for a channel the contract does not have
  deleteEverything: () => Promise.resolve(undefined),
}

export const api: TidemarkApi = {
  getAppInfo: () => Promise.resolve({ ok: true, value: appInfo }),
  saveTextFile: () => Promise.resolve({ ok: true, value: cancelled }),
  openTextFile: () => Promise.resolve({ ok: true, value: cancelled }),
  writeBackup: () => Promise.resolve({ ok: true, value: written }),
  listBackups: () => Promise.resolve({ ok: true, value: noBackups }),
  readBackup: () => Promise.resolve({ ok: true, value: backupContents }),
  printToPdf: () => Promise.resolve({ ok: true, value: cancelled }),
  showNotification: () => Promise.resolve({ ok: true, value: shown }),
  openExternal: () => Promise.resolve({ ok: true, value: { status: 'opened' } }),
  onBackupRequested: () => () => undefined,
}

export const apiWithoutSubscription: Omit<TidemarkApi, 'onBackupRequested'> = api
// @ts-expect-error an API without onBackupRequested is not a TidemarkApi
export const apiNoSubscription: TidemarkApi = apiWithoutSubscription

export const apiWrongAnswer: TidemarkApi = {
  ...api,
  // @ts-expect-error the API's getAppInfo answers a result of AppInfo
  getAppInfo: () => Promise.resolve({ ok: true, value: cancelled }),
}

export const apiWithoutPrint: Omit<TidemarkApi, 'printToPdf'> = api
// @ts-expect-error an API without printToPdf is not a TidemarkApi
export const apiNoPrint: TidemarkApi = apiWithoutPrint

export const apiWithoutNotification: Omit<TidemarkApi, 'showNotification'> = api
// @ts-expect-error an API without showNotification is not a TidemarkApi
export const apiNoNotification: TidemarkApi = apiWithoutNotification

export const apiMissingFunction: Omit<TidemarkApi, 'openTextFile'> = api
// @ts-expect-error an API without openTextFile is not a TidemarkApi
export const apiIncomplete: TidemarkApi = apiMissingFunction
