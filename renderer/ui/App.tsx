import { lazy, Suspense, useEffect, useRef, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useHashSection } from './hooks/use-hash-section'
import { useSectionShortcuts } from './hooks/use-section-shortcuts'
import { useSettings } from './hooks/use-settings'
import { resolveUiLanguage } from './i18n/i18n'
import { setZodLocale } from './i18n/zod-locale'
import { useAutomaticBackups } from './backups/use-automatic-backups'
import { Banners } from './Banners'
import { DeadlineBanner } from './deadlines/DeadlineBanner'
import { KeyboardHelp } from './help/KeyboardHelp'
import { NavBar } from './NavBar'
import { QuickEntry } from './quick-entry/QuickEntry'
import type { SectionId } from './sections'
import { ServicesProvider, useServices, type Services } from './services'

export function App({ services }: { services: Services }) {
  return (
    <ServicesProvider services={services}>
      <AppFrame />
    </ServicesProvider>
  )
}

function AppFrame() {
  const { systemLanguages, platform } = useServices()
  const { t, i18n } = useTranslation()
  const settings = useSettings()
  const section = useHashSection()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const firstRender = useRef(true)
  useSectionShortcuts()
  useAutomaticBackups()

  const language = resolveUiLanguage(settings.language, systemLanguages)
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language)
    document.documentElement.lang = language
    setZodLocale(language)
  }, [language, i18n])

  useEffect(() => {
    const theme = settings.theme
    if (theme === 'system') delete document.documentElement.dataset['theme']
    else document.documentElement.dataset['theme'] = theme
  }, [settings.theme])

  useEffect(() => {
    document.title = `${t(`nav.${section}`)} · ${t('app.name')}`
    // Moving focus to the new heading tells keyboard and screen-reader users where they are.
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
  }, [section, t])

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
        <Banners />
        <DeadlineBanner />
        <Screen section={section} headingRef={headingRef} />
      </main>
      <QuickEntry />
    </div>
  )
}

// Each screen is its own chunk, loaded when first opened: the start pays only for the first.
const DashboardScreen = lazy(() =>
  import('./screens/dashboard/DashboardScreen').then((m) => ({ default: m.DashboardScreen })),
)
const SkillsScreen = lazy(() =>
  import('./screens/skills/SkillsScreen').then((m) => ({ default: m.SkillsScreen })),
)
const JournalScreen = lazy(() =>
  import('./screens/journal/JournalScreen').then((m) => ({ default: m.JournalScreen })),
)
const OffersScreen = lazy(() =>
  import('./screens/offers/OffersScreen').then((m) => ({ default: m.OffersScreen })),
)
const RulesScreen = lazy(() =>
  import('./screens/rules/RulesScreen').then((m) => ({ default: m.RulesScreen })),
)
const SettingsScreen = lazy(() =>
  import('./screens/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
)

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

function ScreenFor({
  section,
  headingRef,
}: {
  section: SectionId
  headingRef: RefObject<HTMLHeadingElement | null>
}) {
  switch (section) {
    case 'dashboard':
      return <DashboardScreen headingRef={headingRef} />
    case 'skills':
      return <SkillsScreen headingRef={headingRef} />
    case 'journal':
      return <JournalScreen headingRef={headingRef} />
    case 'rules':
      return <RulesScreen headingRef={headingRef} />
    case 'settings':
      return <SettingsScreen headingRef={headingRef} />
    case 'offers':
      return <OffersScreen headingRef={headingRef} />
  }
}
