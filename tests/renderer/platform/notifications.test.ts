import { afterEach, describe, expect, it, vi } from 'vitest'
import type { IpcResult, ShowNotificationResult, TidemarkApi } from '../../../preload/api'
import { detectPlatform, PlatformError } from '../../../renderer/platform'

afterEach(() => {
  vi.unstubAllGlobals()
})

const reminder = { title: 'Offer deadline', body: 'Moonshot: 2 days left (Dec 3)' }

/** A preload API whose showNotification is a spy answering `answer`; the rest is never called. */
function electronWith(answer: IpcResult<ShowNotificationResult>) {
  const unused = () => Promise.reject(new Error('not used in these tests'))
  const showNotification = vi.fn<TidemarkApi['showNotification']>(() => Promise.resolve(answer))
  const api: TidemarkApi = {
    getAppInfo: unused,
    saveTextFile: unused,
    openTextFile: unused,
    printToPdf: unused,
    writeBackup: unused,
    listBackups: unused,
    readBackup: unused,
    showNotification,
    openExternal: unused,
    onBackupRequested: () => () => undefined,
  }
  return { platform: detectPlatform({ tidemark: api }), showNotification }
}

/** A stand-in for the browser's Notification: a permission, a prompt answer, and what was made. */
function stubBrowserNotification(permission: NotificationPermission, answer = permission) {
  const made: { title: string; options: NotificationOptions | undefined }[] = []
  const requestPermission = vi.fn(() => {
    Fake.permission = answer
    return Promise.resolve(answer)
  })
  class Fake {
    static permission: NotificationPermission = permission
    static requestPermission = requestPermission
    constructor(title: string, options?: NotificationOptions) {
      made.push({ title, options })
    }
    addEventListener() {
      return undefined
    }
    close() {
      return undefined
    }
  }
  vi.stubGlobal('Notification', Fake)
  return { made, requestPermission }
}

describe('notifications in Electron', () => {
  it('go to main, which needs no permission', async () => {
    const { platform, showNotification } = electronWith({ ok: true, value: { status: 'shown' } })
    expect(platform.notificationAccess()).toBe('granted')
    expect(await platform.requestNotificationAccess()).toBe('granted')
    expect(await platform.notify(reminder)).toEqual({ status: 'shown' })
    expect(showNotification).toHaveBeenCalledWith(reminder)
  })

  it('are clipped to what main accepts, so a long company name never costs the reminder', async () => {
    const { platform, showNotification } = electronWith({ ok: true, value: { status: 'shown' } })
    await platform.notify({ title: 'T'.repeat(300), body: 'B'.repeat(900) })
    const sent = showNotification.mock.calls[0]?.[0]
    expect(sent?.title).toHaveLength(120)
    expect(sent?.body).toHaveLength(500)
  })

  it("answer main's unsupported, and throw main's refusal as PlatformError", async () => {
    const unsupported = electronWith({ ok: true, value: { status: 'unsupported' } })
    expect(await unsupported.platform.notify(reminder)).toEqual({ status: 'unsupported' })
    const refused = electronWith({
      ok: false,
      error: { code: 'invalid-payload', detail: 'title: must not be empty' },
    })
    await expect(refused.platform.notify(reminder)).rejects.toBeInstanceOf(PlatformError)
  })
})

describe('notifications in a browser', () => {
  it('are shown through the Notification API once the user allowed them', async () => {
    const { made, requestPermission } = stubBrowserNotification('granted')
    const platform = detectPlatform({})
    expect(platform.notificationAccess()).toBe('granted')
    expect(await platform.notify(reminder)).toEqual({ status: 'shown' })
    expect(made).toEqual([{ title: reminder.title, options: { body: reminder.body } }])
    expect(requestPermission).not.toHaveBeenCalled()
  })

  it('are not shown, nor asked for, before the user allowed them', async () => {
    const { made, requestPermission } = stubBrowserNotification('default')
    const platform = detectPlatform({})
    expect(platform.notificationAccess()).toBe('ask')
    expect(await platform.notify(reminder)).toEqual({ status: 'not-allowed' })
    expect(made).toEqual([])
    expect(requestPermission).not.toHaveBeenCalled()
  })

  it('ask the user only when requested, and then show', async () => {
    const { made, requestPermission } = stubBrowserNotification('default', 'granted')
    const platform = detectPlatform({})
    expect(await platform.requestNotificationAccess()).toBe('granted')
    expect(requestPermission).toHaveBeenCalledTimes(1)
    expect(await platform.notify(reminder)).toEqual({ status: 'shown' })
    expect(made).toHaveLength(1)
  })

  it('do not ask again once the user refused', async () => {
    const { made, requestPermission } = stubBrowserNotification('denied')
    const platform = detectPlatform({})
    expect(platform.notificationAccess()).toBe('denied')
    expect(await platform.requestNotificationAccess()).toBe('denied')
    expect(requestPermission).not.toHaveBeenCalled()
    expect(await platform.notify(reminder)).toEqual({ status: 'not-allowed' })
    expect(made).toEqual([])
  })

  it('are unsupported where the browser has no Notification API', async () => {
    vi.stubGlobal('Notification', undefined)
    Reflect.deleteProperty(globalThis, 'Notification')
    const platform = detectPlatform({})
    expect(platform.notificationAccess()).toBe('unsupported')
    expect(await platform.requestNotificationAccess()).toBe('unsupported')
    expect(await platform.notify(reminder)).toEqual({ status: 'unsupported' })
  })
})
