import { contextBridge, ipcRenderer } from 'electron'
import {
  IPC_CHANNELS,
  MAIN_EVENT_CHANNELS,
  type IpcMethod,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
  type MainEvent,
  type TidemarkApi,
} from './api'

/**
 * Sends one contract entry's request on its channel. ipcRenderer.invoke answers
 * Promise<any>; this is the one place that narrows it. The cast is sound because main
 * answers every channel through dispatch (main/ipc/handlers.ts), which checks the handler's
 * value against the same contract's zod schema and otherwise answers an IpcError.
 */
function invoke<M extends IpcMethod>(
  method: M,
  request: IpcRequest<M>,
): Promise<IpcResult<IpcResponse<M>>> {
  return ipcRenderer.invoke(IPC_CHANNELS[method], request) as Promise<IpcResult<IpcResponse<M>>>
}

/**
 * Calls the listener each time main sends the event; answers a function that stops. The
 * listener is called with nothing: the IpcRendererEvent would hand the page `sender`, which
 * is ipcRenderer itself.
 */
function subscribe(event: MainEvent, listener: () => void): () => void {
  const channel = MAIN_EVENT_CHANNELS[event]
  const forward = () => {
    listener()
  }
  ipcRenderer.on(channel, forward)
  return () => {
    ipcRenderer.removeListener(channel, forward)
  }
}

// A hand-picked surface: each function sends, or listens on, one fixed channel. ipcRenderer
// itself never crosses the bridge, so the page cannot use any other channel.
const api = {
  getAppInfo: () => invoke('getAppInfo', undefined),
  saveTextFile: (request) => invoke('saveTextFile', request),
  openTextFile: (request) => invoke('openTextFile', request),
  writeBackup: (request) => invoke('writeBackup', request),
  listBackups: () => invoke('listBackups', undefined),
  readBackup: (request) => invoke('readBackup', request),
  printToPdf: (request) => invoke('printToPdf', request),
  showNotification: (request) => invoke('showNotification', request),
  openExternal: (request) => invoke('openExternal', request),
  onBackupRequested: (listener) => subscribe('backupRequested', listener),
} satisfies TidemarkApi

contextBridge.exposeInMainWorld('tidemark', api)
