import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindowConstructorOptions } from 'electron'
import { beforeAll, describe, expect, it, vi } from 'vitest'

/** What createMainWindow handed to `new BrowserWindow`, and the URL it loaded. */
const made: { options: BrowserWindowConstructorOptions; loaded: string[] }[] = []

vi.mock('electron', () => {
  class FakeBrowserWindow {
    readonly loaded: string[] = []
    constructor(options: BrowserWindowConstructorOptions) {
      made.push({ options, loaded: this.loaded })
    }
    once() {
      return this
    }
    on() {
      return this
    }
    maximize() {
      return undefined
    }
    loadURL(url: string) {
      this.loaded.push(url)
      return Promise.resolve()
    }
  }
  return {
    BrowserWindow: FakeBrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  }
})

describe("the main window's webPreferences (Electron's security checklist, items 2-4, 6, 8-10)", () => {
  let options: BrowserWindowConstructorOptions
  let loaded: string[]

  beforeAll(async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
    const { createMainWindow } = await import('../../main/window')
    const stateFile = join(mkdtempSync(join(tmpdir(), 'tidemark-window-')), 'window-state.json')
    await createMainWindow(stateFile)
    const last = made.at(-1)
    if (!last) throw new Error('createMainWindow made no window')
    options = last.options
    loaded = last.loaded
    vi.unstubAllEnvs()
  })

  it('isolates the page from the preload and Node, in a sandbox', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    })
  })

  it('keeps web security on and refuses insecure content and experimental features', () => {
    expect(options.webPreferences).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    })
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures')
  })

  it('switches middle-click (auxclick) off, so no link opens by it', () => {
    expect(options.webPreferences?.disableBlinkFeatures?.split(',')).toContain('Auxclick')
  })

  it('loads the one preload, from the app itself', () => {
    expect(options.webPreferences?.preload).toMatch(/[/\\]preload[/\\]index\.js$/)
    expect(options.webPreferences).not.toHaveProperty('additionalArguments')
  })

  it('loads our own page from app://tidemark, never file:// or the network', () => {
    expect(loaded).toEqual(['app://tidemark/index.html'])
  })

  it('sets nothing that would loosen these (every key is one we reviewed)', () => {
    expect(Object.keys(options.webPreferences ?? {}).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'disableBlinkFeatures',
        'experimentalFeatures',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    )
  })
})
