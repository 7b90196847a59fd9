import { beforeAll, describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS } from '../../preload/api'

type Listener = (event: unknown, payload: unknown) => Promise<unknown>

/** The real registerIpc, with Electron replaced by recorders: what reaches the shell, the dialogs. */
const electron = vi.hoisted(() => ({
  handled: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  openExternal: vi.fn(() => Promise.resolve()),
  showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true, filePath: '' })),
}))

vi.mock('electron', () => ({
  app: { getVersion: () => '0.1.0', getLocale: () => 'zh-CN', getPath: () => '/home/u' },
  dialog: { showSaveDialog: electron.showSaveDialog, showOpenDialog: electron.showSaveDialog },
  ipcMain: {
    handle: (channel: string, listener: Listener) => electron.handled.set(channel, listener),
  },
  Notification: { isSupported: () => false },
  shell: { openExternal: electron.openExternal },
}))

function senderEvent(url: string, topFrame = true) {
  return { senderFrame: { url, parent: topFrame ? null : { url } } }
}

function call(channel: string, event: unknown, payload: unknown) {
  const listener = electron.handled.get(channel)
  if (!listener) throw new Error(`nothing handles ${channel}`)
  return listener(event, payload)
}

describe("registerIpc: main's IPC as Electron wires it", () => {
  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { registerIpc } = await import('../../main/ipc/register')
    const unused = () => Promise.reject(new Error('not used here'))
    registerIpc(() => null, {
      backups: { write: unused, list: unused, read: unused },
      backupSettled: vi.fn(),
    })
  })

  it('handles every channel of the contract, and no other', () => {
    expect([...electron.handled.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort())
  })

  it('opens an https link from our top frame through shell.openExternal', async () => {
    electron.openExternal.mockClear()
    const answer = await call(
      IPC_CHANNELS.openExternal,
      senderEvent('app://tidemark/index.html#/journal/1'),
      { url: 'https://example.com/a b' },
    )
    expect(answer).toEqual({ ok: true, value: { status: 'opened' } })
    expect(electron.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/a%20b')
  })

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'app://tidemark/index.html', 'smb://x/y'])(
    'never hands %s to the shell',
    async (url) => {
      electron.openExternal.mockClear()
      const answer = await call(
        IPC_CHANNELS.openExternal,
        senderEvent('app://tidemark/index.html'),
        { url },
      )
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
      expect(electron.openExternal).not.toHaveBeenCalled()
    },
  )

  it.each([
    ['another origin', senderEvent('https://attacker.example/')],
    ['an iframe of our own page', senderEvent('app://tidemark/index.html', false)],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses %s, reading the sender from event.senderFrame', async (_case, event) => {
    electron.openExternal.mockClear()
    electron.showSaveDialog.mockClear()
    const link = await call(IPC_CHANNELS.openExternal, event, { url: 'https://example.com/' })
    expect(link).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } })
    const save = await call(IPC_CHANNELS.saveTextFile, event, {
      suggestedName: 'a.json',
      contents: '{}',
    })
    expect(save).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } })
    expect(electron.openExternal).not.toHaveBeenCalled()
    expect(electron.showSaveDialog).not.toHaveBeenCalled()
  })
})
