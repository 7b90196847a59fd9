import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import type { TidemarkApi } from '../preload/api'
import { TidemarkDatabase } from './data/db'
import { classifyOpenError, openTidemarkDatabase } from './data/open-database'
import { startSearchWorker } from './data/search/search-client'
import { readSettings } from './data/settings-repository'
import { detectPlatform, requestPersistentStorage } from './platform'
import { App } from './ui/App'
import { StartupError } from './ui/StartupError'
import { createI18n, resolveUiLanguage } from './ui/i18n/i18n'
import './ui/styles.css'

declare global {
  interface Window {
    tidemark?: TidemarkApi
  }
}

async function start(container: HTMLElement): Promise<void> {
  const root = createRoot(container)
  const platform = detectPlatform(window)
  // The language must never block the start: fall back to the browser's list.
  const systemLanguages = await platform.systemLanguages().catch(() => navigator.languages)
  const db = new TidemarkDatabase()
  // Ask the browser not to evict our data under storage pressure; the answer is shown in Settings.
  void requestPersistentStorage()
  try {
    await openTidemarkDatabase(db)
    // The search worker waits for the first frame: the screen comes first.
    const firstPaint = new Promise<void>((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve, 0))
    })
    const search = startSearchWorker(db, firstPaint)
    const settings = await readSettings(db)
    const i18n = await createI18n(resolveUiLanguage(settings.language, systemLanguages))
    document.documentElement.lang = i18n.language
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App services={{ db, search, platform, systemLanguages, initialSettings: settings }} />
        </I18nextProvider>
      </StrictMode>,
    )
  } catch (error) {
    const i18n = await createI18n(resolveUiLanguage('system', systemLanguages))
    root.render(
      <I18nextProvider i18n={i18n}>
        <StartupError
          failure={classifyOpenError(error)}
          databaseName={db.name}
          platform={platform}
        />
      </I18nextProvider>,
    )
  }
}

const container = document.getElementById('root')
if (container) void start(container)
