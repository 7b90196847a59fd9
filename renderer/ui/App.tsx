import {
  lazy,
  Suspense,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type RefObject,
} from 'react'
import { useTranslation } from 'react-i18next'
import { useHashSection } from './hooks/use-hash-section'
import { useSectionShortcuts } from './hooks/use-section-shortcuts'
import { useSettings } from './hooks/use-settings'
import { resolveUiLanguage, switchLanguage } from './i18n/i18n'
import { KeyboardHelp } from './help/KeyboardHelp'
import { NavBar } from './NavBar'
import { usePainted } from './hooks/use-painted'
import { QuickEntry } from './quick-entry/QuickEntry'
import type { TidemarkDatabase } from '../data/db'
import type { SectionId } from './sections'
import { ServicesProvider, useServices, type Services } from './services'

export function App({ services }: { services: Services }) {
  return (
    <ServicesProvider services={services}>
      <AppFrame />
    </ServicesProvider>
  )
}

/** The latest the banners wait: a window that paints nothing (hidden, minimized, a background
 *  tab) runs no animation frame, and they hold the "another window upgraded" message. */
const BANNERS_AT_THE_LATEST_MS = 1000

function AppFrame() {
  const { systemLanguages, platform } = useServices()
  // The banners (an export due, a backup failed, offers' deadlines) show nothing until their live
  // queries answer, reads that begin once they are mounted: mounted after the first frame is
  // painted, their render, their queries (the journal counted, the offers read) and the
  // notification check no longer share the first frame's task and IndexedDB with the screen's
  // first records (about 70 ms of the journal's first page in a profile, at load 4-6).
  const painted = usePainted(true, BANNERS_AT_THE_LATEST_MS)
  const { t, i18n } = useTranslation()
  const settings = useSettings()
  const section = useHashSection()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const firstRender = useRef(true)
  useSectionShortcuts()

  const language = resolveUiLanguage(settings.language, systemLanguages)
  useEffect(() => {
    // Only once its strings are loaded: if they cannot be, the interface stays as it is.
    void switchLanguage(i18n, language).then((switched) => {
      if (switched) document.documentElement.lang = language
    })
  }, [language, i18n])
  useEffect(() => {
    // zod's messages follow the interface's language by themselves (i18n/zod-locale, imported by
    // every module that checks a form, rules or an import file, so none checks before it is
    // installed). Loaded here too once the first screen is painted, for any other check on this
    // thread; zod is not needed by the journal's start.
    if (painted) void import('./i18n/zod-locale')
  }, [painted])

  useEffect(() => {
    const theme = settings.theme
    if (theme === 'system') delete document.documentElement.dataset['theme']
    else document.documentElement.dataset['theme'] = theme
  }, [settings.theme])

  useEffect(() => {
    document.title = `${t(`nav.${section}`)} · ${t('app.name')}`
  }, [section, t])

  // Moving focus to the new heading tells keyboard and screen-reader users where they are. On
  // a change of section only: a change of language (t) is not a move, and focus stays put.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    // Screens load lazily: the new heading may mount a few frames later, so wait for it.
    let frame = 0
    let tries = 0
    const focusWhenMounted = () => {
      const heading = headingRef.current
      if (heading) heading.focus()
      else if (tries++ < 300) frame = requestAnimationFrame(focusWhenMounted)
    }
    focusWhenMounted()
    return () => {
      cancelAnimationFrame(frame)
    }
  }, [section])

  // Drawn again only when the section changes: this frame redraws whenever the settings' live
  // query answers (first just after the first paint), and the screens read their own data.
  const screen = useMemo(() => <Screen section={section} headingRef={headingRef} />, [section])

  return (
    <div className="app">
      {/* The hash is the router's: the skip link moves focus itself instead of letting #main replace the route. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault()
          headingRef.current?.focus()
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <div className="header-tools">
          <span className="mode-badge">{t(`app.mode.${platform.kind}`)}</span>
          <KeyboardHelp />
        </div>
      </header>
      <NavBar current={section} />
      <main id="main" className="app-main" tabIndex={-1}>
        {painted && (
          <Suspense fallback={null}>
            <AllBanners />
          </Suspense>
        )}
        {screen}
      </main>
      <QuickEntry />
      {platform.backups ? (
        <Suspense fallback={null}>
          <AutomaticBackups />
        </Suspense>
      ) : null}
    </div>
  )
}

// The banners' code (with the offers' repository and the records' schemas it brings) loads once
// the first frame is painted, when they mount. If it cannot load, the screen stays without them.
const AllBanners = lazy((): Promise<{ default: ComponentType }> =>
  import('./Banners').then(
    ({ AllBanners }) => ({ default: AllBanners }),
    () => ({ default: () => null }),
  ),
)

// The desktop app's automatic backups (a browser has none) load beside the first screen: the
// export they write is code the first paint does not need.
const AutomaticBackups = lazy(() =>
  import('./backups/use-automatic-backups').then(({ useAutomaticBackups }) => ({
    default: function AutomaticBackups() {
      useAutomaticBackups()
      return null
    },
  })),
)

type ScreenProps = { headingRef: RefObject<HTMLHeadingElement | null> }
type ScreenComponent = ComponentType<ScreenProps>

/**
 * A screen's own chunk, loaded when first opened (the start pays only for the first) or ahead of
 * it by `preload`. A screen already loaded renders at once: through lazy() it would suspend for
 * a moment anyway, and React holds a revealed fallback on screen for 300 ms.
 */
function screenChunk(load: () => Promise<ScreenComponent>) {
  let loaded: ScreenComponent | undefined
  let loading: Promise<{ default: ScreenComponent }> | undefined
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component
      return { default: component }
    }))
  const Lazy = lazy(preload)
  return { preload, component: (): ScreenComponent => loaded ?? Lazy }
}

const SCREENS: Record<SectionId, ReturnType<typeof screenChunk>> = {
  dashboard: screenChunk(() =>
    import('./screens/dashboard/DashboardScreen').then((m) => m.DashboardScreen),
  ),
  skills: screenChunk(() => import('./screens/skills/SkillsScreen').then((m) => m.SkillsScreen)),
  journal: screenChunk(() =>
    import('./screens/journal/JournalScreen').then((m) => m.JournalScreen),
  ),
  offers: screenChunk(() => import('./screens/offers/OffersScreen').then((m) => m.OffersScreen)),
  rules: screenChunk(() => import('./screens/rules/RulesScreen').then((m) => m.RulesScreen)),
  settings: screenChunk(() => import('./screens/SettingsScreen').then((m) => m.SettingsScreen)),
}

/** Loads a screen's code before it renders (at start-up, while the database opens); resolves
 *  once loaded, or failed (the screen then shows the failure when it renders). */
export function preloadScreen(section: SectionId): Promise<void> {
  return SCREENS[section].preload().then(
    () => undefined,
    () => undefined,
  )
}

/**
 * Starts reading a screen's first records before it renders, where the screen offers that (the
 * journal's timeline, for the filters in the address): at start-up, once the database is open.
 * Resolves once read, or at once for other screens; never rejects (a chunk that failed to load
 * shows as the screen's failure when it renders). Through App's own import of the screen, so the
 * start's chunks stay as they are.
 */
export function warmScreen(section: SectionId, db: TidemarkDatabase): Promise<void> {
  if (section !== 'journal') return Promise.resolve()
  return import('./screens/journal/JournalScreen').then(
    ({ warmJournal }) => warmJournal(db),
    () => undefined,
  )
}

function Screen(props: { section: SectionId; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation()
  return (
    <Suspense
      fallback={
        <p className="muted" role="status">
          {t('app.loading')}
        </p>
      }
    >
      <ScreenFor {...props} />
    </Suspense>
  )
}

function ScreenFor({ section, headingRef }: { section: SectionId } & ScreenProps) {
  return <SectionScreen key={section} section={section} headingRef={headingRef} />
}

function SectionScreen({ section, headingRef }: { section: SectionId } & ScreenProps) {
  // Chosen once per mount: the loaded component, or the lazy one until it is (never swapped
  // while mounted, which would remount the screen).
  const [Component] = useState(SCREENS[section].component)
  return <Component headingRef={headingRef} />
}
