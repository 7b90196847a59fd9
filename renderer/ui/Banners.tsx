import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef, useState, type MouseEvent, type RefObject } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { readLastAutomaticBackup } from '../data/repositories/meta'
import { DeadlineBanner } from './deadlines/DeadlineBanner'
import { useExportReminder, type ExportReminder } from './hooks/use-export-reminder'
import { useServices } from './services'
import './banners.css'

/**
 * Every banner: the data's (`Banners`) and the offers' deadlines. App loads this module once the
 * first frame is painted: the deadlines read the offers through their repository, which brings
 * the records' zod schemas, code the first screen does not need.
 *
 * They know whether to show only after that paint, so they never go above the screen: there they
 * pushed everything below them down as the user began to read (a layout shift of 0.037 at
 * 1280 px, 0.06-0.16 in narrow windows). They go after the app in the body instead, a row of
 * their own at the foot of the window below the app's scrolling row (styles.css): when they
 * come, that row gets shorter and nothing drawn moves; they never cover the screen (they were
 * held over it once, and hid controls as the page scrolled), and a modal's backdrop covers them.
 * A labelled landmark of their own, whose live regions are there before their messages; a
 * keyboard reaches them after the screen.
 */
export function AllBanners() {
  const { t } = useTranslation()
  const notices = useRef<HTMLElement>(null)
  useNoticesHeight(notices)
  return createPortal(
    <aside ref={notices} className="notices" aria-label={t('app.notices')} data-testid="notices">
      {/* Scrolls when they overflow half the window (banners.css). */}
      <div className="notices-list">
        <Banners />
        <DeadlineBanner />
      </div>
    </aside>,
    document.body,
  )
}

/**
 * Keeps `--notices-height` on the root equal to the banners' row, so that the navigation, held
 * at the top of the app's row while it scrolls, is as tall as that row (styles.css) and no taller:
 * a full window's height would make a short screen scroll by the banners' height.
 */
function useNoticesHeight(notices: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = notices.current
    if (!element) return
    const root = document.documentElement
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--notices-height', `${String(element.offsetHeight)}px`)
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
      root.style.removeProperty('--notices-height')
    }
  }, [notices])
}

/**
 * Settings' Export button, once its screen is drawn (a lazy screen: tried for two seconds). Come
 * from another screen, the app first moves the focus to Settings' heading once it is drawn
 * (App.tsx, for every change of screen): the button takes it after that, or it would be taken
 * back a frame later (review 24 M1: the focus ended on the heading).
 */
function focusExportButton(afterHeading: boolean, tries = 120) {
  const button = document
    .getElementById('data-transfer-title')
    ?.closest('.panel')
    ?.querySelector<HTMLButtonElement>('.actions button')
  const headingDone = !afterHeading || document.activeElement?.tagName === 'H1'
  if (button && (headingDone || tries === 0)) {
    button.focus()
    button.scrollIntoView({ block: 'center' })
  } else if (tries > 0)
    requestAnimationFrame(() => {
      focusExportButton(afterHeading, tries - 1)
    })
}

/**
 * The reminder's link goes to Settings and puts the focus on its Export button (data23: 'Export
 * now' only opened Settings, and on Settings did nothing at all); its words say as much.
 */
function goToExport(event: MouseEvent<HTMLAnchorElement>) {
  const onSettings = window.location.hash === '#/settings'
  if (onSettings) event.preventDefault()
  focusExportButton(!onSettings)
}

/** Messages about the data itself, on every screen: a newer version elsewhere, an export due. */
export function Banners() {
  const { t, i18n } = useTranslation()
  const { db } = useServices()
  const reminder = useExportReminder()
  const shownAtStart = useShownAtStart(reminder)
  const lastBackup = useLiveQuery(() => readLastAutomaticBackup(db), [db])
  const [versionChanged, setVersionChanged] = useState(false)

  useEffect(() => {
    // Another window opened a newer schema: Dexie closes this connection; say so, offer a reload.
    const listener = () => {
      setVersionChanged(true)
    }
    db.on('versionchange', listener)
    return () => {
      db.on('versionchange').unsubscribe(listener)
    }
  }, [db])

  // Dismissed for this session: it comes back at the next start, or when it says something else.
  const [dismissed, setDismissed] = useState<string | null>(null)
  const reminderKey = reminder ? reminder.kind : null
  const exportReminder = reminder && reminderKey !== dismissed && (
    <div className="banner compact" data-testid="export-reminder">
      <span>
        {reminder.kind === 'never'
          ? t('reminder.neverExported')
          : t('reminder.exportDue', { days: reminder.days })}
      </span>
      <a href="#/settings" onClick={goToExport}>
        {t('dashboard.backup.exportLink')}
      </a>
      <button
        type="button"
        className="banner-dismiss"
        aria-label={t('reminder.dismiss')}
        title={t('reminder.dismiss')}
        onClick={() => {
          setDismissed(reminderKey)
          // The button goes with the banner: the screen takes the focus, not the page's top.
          document.getElementById('main')?.focus({ preventScroll: true })
        }}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  )

  return (
    <>
      {versionChanged && (
        <div className="banner warning" role="alert">
          <span>{t('versionChange.message')}</span>
          <button
            type="button"
            onClick={() => {
              window.location.reload()
            }}
          >
            {t('versionChange.reload')}
          </button>
        </div>
      )}
      {lastBackup?.error != null && (
        <div className="banner warning" role="alert" data-testid="backup-failed">
          <span>
            {t('backups.failed', {
              when: new Intl.DateTimeFormat(i18n.language, {
                dateStyle: 'medium',
                timeStyle: 'short',
              }).format(new Date(lastBackup.at)),
              detail: lastBackup.error,
            })}
          </span>
          <a href="#/settings">{t('backups.title')}</a>
        </div>
      )}
      {shownAtStart && exportReminder}
      {/* In the page before the reminder is known, so that a screen reader announces one that
          comes later (a live region inserted with its text already in is often not read). */}
      <div
        role="status"
        className="notice-live"
        data-testid="export-reminder-state"
        data-reminder={reminderState(reminder)}
      >
        {!shownAtStart && exportReminder}
      </div>
    </>
  )
}

/**
 * What the reminder's query last answered, on its live region: 'pending' until it first has, then
 * 'none' or the reminder's kind. What a test waits for to know the query has run, since 'no
 * reminder' looks the same before the answer as after it.
 */
function reminderState(reminder: ExportReminder | undefined): string {
  if (reminder === undefined) return 'pending'
  return reminder === null ? 'none' : reminder.kind
}

/**
 * Whether the export reminder was there as soon as it was known: then it is part of the page
 * the user opens, seen and found in the notices' landmark, not news to read out at every start
 * (WCAG 4.1.3 asks that status messages, changes that follow something, be announced). One that
 * comes later (the first data saved, a sample loaded) goes in the live region and is read out;
 * so does one that returns after it went.
 */
function useShownAtStart(reminder: ExportReminder | undefined): boolean {
  const [shownAtStart, setShownAtStart] = useState<boolean | null>(null)
  // Set while rendering: the first commit with the reminder already has it in its place.
  if (shownAtStart === null && reminder !== undefined) setShownAtStart(reminder !== null)
  if (shownAtStart === true && reminder === null) setShownAtStart(false)
  return shownAtStart === true
}
