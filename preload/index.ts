import { contextBridge, ipcRenderer } from 'electron'
import {
  IPC_CHANNELS,
  type IpcMethod,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
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

// A hand-picked surface: each function sends one fixed channel. ipcRenderer itself never
// crosses the bridge, so the page cannot send on any other channel or listen to main.
const api = {
  getAppInfo: () => invoke('getAppInfo', undefined),
  saveTextFile: (request) => invoke('saveTextFile', request),
  openTextFile: (request) => invoke('openTextFile', request),
} satisfies TidemarkApi

contextBridge.exposeInMainWorld('tidemark', api)
