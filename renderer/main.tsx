import './data/zod-jitless'
import { StrictMode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { UI_LANGUAGES, uiLanguageFor, type TidemarkApi, type UiLanguage } from '../preload/api'
import type { SourcesToRead } from './data/assessment-input'
import { TidemarkDatabase } from './data/db'
import { AppCodeMissingError, classifyOpenError, openTidemarkDatabase } from './data/open-database'
import {
  opensUnfilteredTimeline,
  warmJournalFirstScreen,
} from './ui/screens/journal/timeline/read-ahead'
import { sectionFromHash, type SectionId } from './ui/sections'
import { scrollKeysReach } from './ui/keyboard-scroll'
import './ui/styles.css'

declare global {
  interface Window {
    tidemark?: TidemarkApi
  }
}

/** What each screen that shows the engine's assessment reads (the dashboard shows no job-search
 *  statistics): read as soon as the database is open, while the screen's code still loads. */
const ASSESSED: Partial<Record<SectionId, SourcesToRead>> = {
  dashboard: { jobSearch: false },
  skills: {},
  offers: {},
  rules: {},
}

/**
 * The language the interface last showed, kept where the start can read it before the settings
 * are read: the strings to fetch beside the start's code are guessed from it, else from the
 * system's languages (a Chinese system with English chosen in Settings fetched both languages'
 * strings at every start, ~35 kB gzip for nothing). Only a guess: the settings decide.
 */
const LANGUAGE_HINT_KEY = 'tidemark.ui-language'

function readLanguageHint(): UiLanguage | undefined {
  try {
    const kept = window.localStorage.getItem(LANGUAGE_HINT_KEY)
    return UI_LANGUAGES.find((language) => language === kept)
  } catch {
    // Storage can be refused (a locked-down profile): then the system's languages guess.
    return undefined
  }
}

function keepLanguageHint(language: string): void {
  try {
    window.localStorage.setItem(LANGUAGE_HINT_KEY, language)
  } catch {
    // Without storage the next start guesses from the system's languages, as before.
  }
}

/** Resolves after the next frame is painted (rAF runs just before it; a task queued there after). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0))
  })
}

/**
 * When the search worker may start loading its index (seconds of work for a large journal, on
 * the second core): on the journal, as soon as its first rows are painted (a search typed before
 * then waits for it; started at once, the index's load shared IndexedDB with the first rows'
 * read, which answered in 130-230 ms instead of 40-100 ms in a trace); on the way to the journal,
 * at once; else once the first screen is drawn with its records (`firstScreen`) and the page is
 * idle, so it does not compete with them.
 */
function searchStart(section: SectionId, firstScreen: Promise<void>): Promise<void> {
  if (section === 'journal') return firstScreen.catch(() => undefined).then(nextPaint)
  return new Promise<void>((resolve) => {
    const onHash = () => {
      if (sectionFromHash(window.location.hash) === 'journal') done()
    }
    function done() {
      window.removeEventListener('hashchange', onHash)
      resolve()
    }
    window.addEventListener('hashchange', onHash)
    void firstScreen.then(nextPaint).then(() => {
      requestIdleCallback(done, { timeout: 1000 })
    })
  })
}

/**
 * The start, in the order that keeps the disk and the CPU both busy: the database starts opening
 * first (this module imports little more than Dexie), the rest of the app's code is fetched
 * (index.html preloads it) and run meanwhile, then the first screen's records are read while its
 * code and the shell render.
 */
async function start(container: HTMLElement): Promise<void> {
  const section = sectionFromHash(window.location.hash)
  const db = new TidemarkDatabase()
  const opened = openTidemarkDatabase(db)
  // Awaited below; a failure is shown by the start-up error screen, not reported as unhandled.
  opened.catch(() => undefined)
  // The journal's newest entries, when the app opens on the timeline with no filter, are read
  // as soon as the database is open, while the app's code and the journal's still load and run
  // (the journal's own code reads the first rows for a filter in the address: warmScreen).
  const journalAhead = opensUnfilteredTimeline(window.location.hash)
    ? opened.then(() => warmJournalFirstScreen(db))
    : null
  journalAhead?.catch(() => undefined)
  // The first screen's own code, fetched now beside the start's, not once App's chunk has run.
  if (section === 'journal') import('./ui/screens/journal/JournalScreen').catch(() => undefined)
  // The dashboard (where the app opens) and its data query are fetched now, not once App's
  // chunk has run; other screens load through App (preloadScreen below).
  const dashboard =
    section === 'dashboard'
      ? Promise.all([
          import('./ui/screens/dashboard/use-dashboard-data'),
          import('./ui/screens/dashboard/DashboardScreen'),
        ]).then(([data]) => data)
      : null
  dashboard?.catch(() => undefined)
  const toRead = ASSESSED[section]
  const storedForAssessment = toRead ? import('./ui/hooks/stored-for-assessment') : null
  storedForAssessment?.catch(() => undefined)

  const startCode = Promise.all([
    import('react-dom/client'),
    import('./ui/App'),
    import('./ui/i18n/i18n'),
    import('./platform'),
    import('./data/settings-repository'),
    import('./data/search/search-client'),
  ])
  // The strings of the language shown last time, or else the one the system suggests (each
  // language has a chunk of its own), fetched now beside the start's code; the settings may
  // choose the other, loaded then. Asked after the start's code: the hint's read is a
  // synchronous round trip to the browser (1-7 ms in a new tab), made while that code loads.
  const languageHint = readLanguageHint()
  const likelyStrings =
    (languageHint ?? uiLanguageFor(navigator.languages)) === 'zh-CN'
      ? import('./ui/i18n/zh-CN')
      : import('./ui/i18n/en')
  likelyStrings.catch(() => undefined)

  const [
    { createRoot },
    { App, preloadScreen, warmScreen },
    { createI18n, createI18nOr, resolveUiLanguage },
    { detectPlatform, requestPersistentStorage },
    { readSettings },
    { startSearchWorker },
  ] = await startCode
  // The first screen's own code loads while the database finishes opening.
  const screenLoaded = preloadScreen(section)
  const root = createRoot(container)
  const platform = detectPlatform(window)
  // The language must never block the start: fall back to the browser's list.
  const systemLanguages = await platform.systemLanguages().catch(() => navigator.languages)
  // Ask the browser not to evict our data under storage pressure; the answer is shown in Settings.
  void requestPersistentStorage()
  try {
    await opened
    // The engine's records load now, beside the first render and the screen's code. Resolves
    // once read, or at once if their code failed to load (the screen then says so itself).
    const records = storedForAssessment
      ? storedForAssessment.then(
          ({ warmStoredForAssessment }) => warmStoredForAssessment(db, toRead),
          () => undefined,
        )
      : Promise.resolve()
    // A dashboard chunk that failed to load shows as the screen's own failure when it renders.
    dashboard
      ?.then(({ warmDashboardData }) => {
        warmDashboardData(db)
      })
      .catch(() => undefined)
    // The journal's first rows are read now, beside its code, and drawn in the first render.
    const screenRecords = warmScreen(section, db)
    const search = startSearchWorker(
      db,
      searchStart(section, section === 'journal' ? screenRecords : records),
    )
    const settings = await readSettings(db)
    const [i18n] = await Promise.all([
      // The system's language if the chosen one's strings cannot load (the data is fine).
      createI18nOr(
        resolveUiLanguage(settings.language, systemLanguages),
        resolveUiLanguage('system', systemLanguages),
      ),
      // Rendered once its screen is loaded, so the screen does not flash 'Loading…' first.
      screenLoaded,
      screenRecords,
    ])
    document.documentElement.lang = i18n.language
    // The next start's guess: the language shown now, and any that Settings switches to.
    if (i18n.language !== languageHint) keepLanguageHint(i18n.language)
    i18n.on('languageChanged', keepLanguageHint)
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App services={{ db, search, platform, systemLanguages, initialSettings: settings }} />
        </I18nextProvider>
      </StrictMode>,
    )
  } catch (error) {
    // The app's own code, not the data: said in plain words below (no backup would help).
    if (error instanceof AppCodeMissingError) throw error
    // Loaded only when needed: restoring a backup brings the whole import with it.
    const [{ StartupError }, i18n] = await Promise.all([
      import('./ui/StartupError'),
      createI18n(resolveUiLanguage('system', systemLanguages)),
    ])
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

/**
 * The last way out, when the app's own code cannot load (a chunk missing or damaged on disk):
 * neither React nor the strings may be there to say so, so it is said in plain text, in the
 * system's language, rather than left as a blank window. The data is not touched.
 */
function showPlainFailure(container: HTMLElement, error: unknown): void {
  const chinese = navigator.languages.some((language) => language.toLowerCase().startsWith('zh'))
  const detail = error instanceof Error ? error.message : String(error)
  const main = document.createElement('main')
  // The start-up error screen's frame (styles.css is loaded with this module).
  main.className = 'startup-error'
  const heading = document.createElement('h1')
  heading.textContent = chinese ? '潮位无法启动' : 'Tidemark could not start'
  const text = document.createElement('p')
  text.setAttribute('role', 'alert')
  text.textContent = chinese
    ? `程序自身的文件无法加载（${detail}）。你的数据没有被改动。请重新打开潮位；如果仍然如此，请重新安装。`
    : `Part of the app itself could not be loaded (${detail}). Your data was not changed. Open Tidemark again; if this persists, reinstall it.`
  main.append(heading, text)
  container.replaceChildren(main)
}

const container = document.getElementById('root')
if (container) {
  scrollKeysReach(container)
  start(container).catch((error: unknown) => {
    showPlainFailure(container, error)
  })
}
