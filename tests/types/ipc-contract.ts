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
  IpcContract,
  IpcMethod,
  IpcResult,
  OpenTextFileRequest,
  OpenTextFileResult,
  SaveTextFileRequest,
  SaveTextFileResult,
  TidemarkApi,
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

// The renderer's API is exactly what the contract says, one function per entry.
export type ApiFollowsContract = [
  Expect<Equal<keyof TidemarkApi, keyof IpcContract>>,
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
]

// Main's handler table and response schemas cover the same entries as the contract.
export type MainFollowsContract = [
  Expect<Equal<keyof IpcHandlers, IpcMethod>>,
  Expect<Equal<keyof typeof responseSchemas, IpcMethod>>,
]

const cancelled = { status: 'cancelled' } as const

export const complete: IpcHandlers = {
  getAppInfo: () => Promise.resolve(appInfo),
  saveTextFile: () => Promise.resolve(cancelled),
  openTextFile: () => Promise.resolve(cancelled),
}

// @ts-expect-error a handler table without openTextFile does not compile
export const missingChannel: IpcHandlers = {
  getAppInfo: () => Promise.resolve(appInfo),
  saveTextFile: () => Promise.resolve(cancelled),
}

export const wrongResponse: IpcHandlers = {
  // @ts-expect-error getAppInfo must answer AppInfo, not a save result
  getAppInfo: () => Promise.resolve(cancelled),
  saveTextFile: () => Promise.resolve(cancelled),
  openTextFile: () => Promise.resolve(cancelled),
}

export const unknownStatus: IpcHandlers = {
  getAppInfo: () => Promise.resolve(appInfo),
  // @ts-expect-error a status the contract does not list
  saveTextFile: () => Promise.resolve({ status: 'queued' as const }),
  openTextFile: () => Promise.resolve(cancelled),
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
}

export const apiWrongAnswer: TidemarkApi = {
  ...api,
  // @ts-expect-error the API's getAppInfo answers a result of AppInfo
  getAppInfo: () => Promise.resolve({ ok: true, value: cancelled }),
}

export const apiMissingFunction: Omit<TidemarkApi, 'openTextFile'> = api
// @ts-expect-error an API without openTextFile is not a TidemarkApi
export const apiIncomplete: TidemarkApi = apiMissingFunction
