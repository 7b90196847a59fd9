import { describe, expect, it, vi } from 'vitest'
import type { IpcResult, ShowNotificationRequest } from '../../preload/api'
import { createHandlers, dispatch, type HandlerDeps } from '../../main/ipc/handlers'
import { createDesktopNotifier, type NotificationLike } from '../../main/notifications'

const ours = { url: 'app://tidemark/index.html#/offers', isMainFrame: true }
const reminder = { title: '答复期限：某大厂', body: '还剩 2 天（12月3日）。' }

function outcome(result: IpcResult<unknown>): string {
  return result.ok ? 'ok' : `${result.error.code}: ${result.error.detail}`
}

/** Handlers whose only working dependency is the notifier. */
function withNotifier(showNotification: HandlerDeps['showNotification']) {
  const unused = () => Promise.reject(new Error('not used here'))
  const deps: HandlerDeps = {
    appInfo: () => ({ version: '0.1.0', systemLocale: 'zh-CN' }),
    chooseSavePath: unused,
    chooseOpenPath: unused,
    writeTextFile: unused,
    writeBinaryFile: unused,
    printPageToPdf: unused,
    fileSize: unused,
    readFile: unused,
    baseName: (path) => path,
    backups: { write: unused, list: unused, read: unused },
    backupSettled: vi.fn(),
    showNotification: vi.fn(showNotification),
    openExternal: unused,
  }
  return { deps, handlers: createHandlers(deps) }
}

describe('showNotification', () => {
  it('shows the notification it was given and says so', async () => {
    const { deps, handlers } = withNotifier(() => true)
    const result = await dispatch(handlers, 'showNotification', ours, reminder)
    expect(result).toEqual({ ok: true, value: { status: 'shown' } })
    expect(deps.showNotification).toHaveBeenCalledWith(reminder)
  })

  it('answers unsupported where the system cannot show notifications', async () => {
    const { handlers } = withNotifier(() => false)
    expect(await dispatch(handlers, 'showNotification', ours, reminder)).toEqual({
      ok: true,
      value: { status: 'unsupported' },
    })
  })

  it('keeps line breaks in the body', async () => {
    const { deps, handlers } = withNotifier(() => true)
    const twoLines = { title: 'Deadlines', body: 'Moonshot: tomorrow\nZhipu: overdue' }
    expect(outcome(await dispatch(handlers, 'showNotification', ours, twoLines))).toBe('ok')
    expect(deps.showNotification).toHaveBeenCalledWith(twoLines)
  })

  it.each([
    [{ title: '', body: 'x' }, 'title'],
    [{ title: '   ', body: 'x' }, 'title: must not be empty'],
    [{ title: 'x'.repeat(121), body: '' }, 'title'],
    [{ title: 'x', body: 'y'.repeat(501) }, 'body'],
    [{ title: 'x\u0007', body: '' }, 'title: must be plain text'],
    [{ title: 'x', body: 'a\u001b[31mred' }, 'body: must be plain text'],
    [{ title: 'x', body: 42 }, 'body'],
    [{ title: 'x' }, 'body'],
    [{ title: 'x', body: '', icon: '/etc/passwd' }, 'icon'],
    ['a string', '(payload)'],
    [undefined, '(payload)'],
  ])('refuses %j naming the field, and shows nothing', async (payload, field) => {
    const { deps, handlers } = withNotifier(() => true)
    const result = await dispatch(handlers, 'showNotification', ours, payload)
    expect(outcome(result)).toMatch(/^invalid-payload: /)
    expect(outcome(result)).toContain(field)
    expect(deps.showNotification).not.toHaveBeenCalled()
  })

  it('refuses a sender that is not our top frame, and shows nothing', async () => {
    const { deps, handlers } = withNotifier(() => true)
    const warn = vi.fn()
    const iframe = { url: 'app://tidemark/index.html', isMainFrame: false }
    const result = await dispatch(handlers, 'showNotification', iframe, reminder, warn)
    expect(outcome(result)).toBe('untrusted-sender: app://tidemark/index.html')
    const elsewhere = { url: 'https://example.test/', isMainFrame: true }
    expect(outcome(await dispatch(handlers, 'showNotification', elsewhere, reminder, warn))).toBe(
      'untrusted-sender: https://example.test/',
    )
    expect(warn).toHaveBeenCalledTimes(2)
    expect(warn.mock.calls[0]?.[0]).toContain('tidemark:show-notification')
    expect(deps.showNotification).not.toHaveBeenCalled()
  })

  it('turns a notifier that throws into io-failed, not a crash', async () => {
    const { handlers } = withNotifier(() => {
      throw new Error('D-Bus is gone')
    })
    expect(outcome(await dispatch(handlers, 'showNotification', ours, reminder))).toBe(
      'io-failed: D-Bus is gone',
    )
  })
})

/** A stand-in for Electron's Notification: records its options and lets a test click or close it. */
class FakeNotification implements NotificationLike {
  static made: FakeNotification[] = []
  readonly listeners = new Map<string, () => void>()
  shown = false
  constructor(readonly options: ShowNotificationRequest) {
    FakeNotification.made.push(this)
  }
  on(event: 'click' | 'close', listener: () => void) {
    this.listeners.set(event, listener)
    return this
  }
  show() {
    this.shown = true
  }
  emit(event: 'click' | 'close') {
    this.listeners.get(event)?.()
  }
}

describe('createDesktopNotifier', () => {
  it('shows an Electron notification with the title and body, and a click brings the window forward', () => {
    FakeNotification.made = []
    const focusWindow = vi.fn()
    const notify = createDesktopNotifier({
      isSupported: () => true,
      create: (options) => new FakeNotification(options),
      focusWindow,
    })
    expect(notify(reminder)).toBe(true)
    const [made] = FakeNotification.made
    expect(made?.options).toEqual(reminder)
    expect(made?.shown).toBe(true)
    expect(focusWindow).not.toHaveBeenCalled()
    made?.emit('click')
    expect(focusWindow).toHaveBeenCalledTimes(1)
  })

  it('makes nothing where the system has no notifications', () => {
    FakeNotification.made = []
    const notify = createDesktopNotifier({
      isSupported: () => false,
      create: (options) => new FakeNotification(options),
      focusWindow: vi.fn(),
    })
    expect(notify(reminder)).toBe(false)
    expect(FakeNotification.made).toEqual([])
  })
})
