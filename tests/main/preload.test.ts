import { beforeAll, describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS, MAIN_EVENT_CHANNELS, type IpcMethod } from '../../preload/api'

/** The real preload, with contextBridge and ipcRenderer replaced by recorders. */
const bridge = vi.hoisted(() => ({
  exposed: [] as { key: string; api: Record<string, unknown> }[],
  invoke: vi.fn<(...args: unknown[]) => Promise<unknown>>(() =>
    Promise.resolve({ ok: true, value: null }),
  ),
  listeners: new Map<string, (...args: unknown[]) => void>(),
  removed: [] as string[],
}))

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, unknown>) =>
      bridge.exposed.push({ key, api }),
  },
  ipcRenderer: {
    invoke: bridge.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) =>
      bridge.listeners.set(channel, listener),
    removeListener: (channel: string) => bridge.removed.push(channel),
  },
}))

describe('the preload (checklist item 20: no Electron API reaches the page)', () => {
  let api: Record<string, unknown>

  beforeAll(async () => {
    await import('../../preload/index')
    const [only] = bridge.exposed
    if (!only) throw new Error('the preload exposed nothing')
    api = only.api
  })

  it('exposes one object, window.tidemark, and nothing else', () => {
    expect(bridge.exposed.map((entry) => entry.key)).toEqual(['tidemark'])
  })

  it('holds one function per contract entry and per main event, and nothing more', () => {
    const expected = [...Object.keys(IPC_CHANNELS), 'onBackupRequested'].sort()
    expect(Object.keys(api).sort()).toEqual(expected)
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
    // No Electron object crosses the bridge under any name.
    expect(Object.values(api)).not.toContain(bridge.invoke)
  })

  it('sends each function on its own fixed channel, with the request as given', async () => {
    for (const method of Object.keys(IPC_CHANNELS) as IpcMethod[]) {
      bridge.invoke.mockClear()
      const call = api[method] as (request?: unknown) => Promise<unknown>
      await call({ probe: method })
      const sent = bridge.invoke.mock.calls[0] ?? []
      expect(sent[0]).toBe(IPC_CHANNELS[method])
      expect(sent.length).toBe(2)
    }
  })

  it('calls an event listener with nothing: the page never gets the IpcRendererEvent (whose sender is ipcRenderer)', () => {
    const heard: unknown[][] = []
    const subscribe = api['onBackupRequested'] as (
      listener: (...args: unknown[]) => void,
    ) => () => void
    const stop = subscribe((...args) => heard.push(args))
    const forward = bridge.listeners.get(MAIN_EVENT_CHANNELS.backupRequested)
    forward?.({ sender: 'ipcRenderer itself' }, 'extra')
    expect(heard).toEqual([[]])
    stop()
    expect(bridge.removed).toEqual([MAIN_EVENT_CHANNELS.backupRequested])
  })
})
