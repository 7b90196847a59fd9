import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CHANNELS, type TidemarkApi } from './api'

// A hand-picked surface: each function sends one fixed channel. ipcRenderer itself never
// crosses the bridge, so the page cannot send on any other channel or listen to main.
const api = {
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  saveTextFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveTextFile, request),
  openTextFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.openTextFile, request),
} satisfies TidemarkApi

contextBridge.exposeInMainWorld('tidemark', api)
