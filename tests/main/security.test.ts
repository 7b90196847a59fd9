import { EventEmitter } from 'node:events'
import type { Session, WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import { hardenSession, hardenWebContents } from '../../main/security'

/** A stand-in for Electron's WebContents: an emitter that records the window-open handler. */
function fakeContents() {
  const emitter = new EventEmitter() as EventEmitter & {
    openHandler?: (details: { url: string }) => { action: string }
  }
  const contents = Object.assign(emitter, {
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      emitter.openHandler = handler
    },
  })
  return contents
}

function emitPreventable(contents: EventEmitter, name: string, ...args: unknown[]): boolean {
  let prevented = false
  contents.emit(name, { preventDefault: () => (prevented = true) }, ...args)
  return prevented
}

describe('hardenWebContents', () => {
  const contents = fakeContents()
  hardenWebContents(contents as unknown as WebContents)

  it('keeps navigation inside app://tidemark/', () => {
    expect(emitPreventable(contents, 'will-navigate', 'app://tidemark/index.html#/offers')).toBe(
      false,
    )
    expect(emitPreventable(contents, 'will-navigate', 'https://example.com/')).toBe(true)
    expect(emitPreventable(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(emitPreventable(contents, 'will-redirect', 'https://example.com/')).toBe(true)
  })

  it('opens no new windows and attaches no <webview>', () => {
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(contents.openHandler?.({ url: 'app://tidemark/index.html' })).toEqual({ action: 'deny' })
    expect(emitPreventable(contents, 'will-attach-webview', {}, {})).toBe(true)
  })
})

describe('hardenSession', () => {
  type Callback = (value: unknown) => void
  let permissionRequest:
    ((contents: unknown, permission: string, callback: Callback) => void) | undefined
  let permissionCheck: (() => boolean) | undefined
  let beforeRequest: ((details: { url: string }, callback: Callback) => void) | undefined
  const session = {
    setPermissionRequestHandler: (handler: typeof permissionRequest) =>
      (permissionRequest = handler),
    setPermissionCheckHandler: (handler: typeof permissionCheck) => (permissionCheck = handler),
    webRequest: { onBeforeRequest: (handler: typeof beforeRequest) => (beforeRequest = handler) },
  }
  hardenSession(session as unknown as Session)

  it('refuses every permission request and check', () => {
    const answers: unknown[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      permissionRequest?.({}, permission, (granted) => answers.push(granted))
    }
    expect(answers).toEqual([false, false, false, false])
    expect(permissionCheck?.()).toBe(false)
  })

  it('lets only local requests through: the network is never reached', () => {
    const verdict = (url: string) => {
      let answer: unknown
      beforeRequest?.({ url }, (value) => (answer = value))
      return answer
    }
    expect(verdict('app://tidemark/assets/index.js')).toEqual({ cancel: false })
    expect(verdict('data:image/png;base64,AAAA')).toEqual({ cancel: false })
    expect(verdict('https://example.com/tracker.js')).toEqual({ cancel: true })
    expect(verdict('http://127.0.0.1:47821/')).toEqual({ cancel: true })
    expect(verdict('app://tidemark.evil/')).toEqual({ cancel: true })
  })
})
