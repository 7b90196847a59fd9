import { useEffect, useId, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { updateSettings, type SettingsPatch } from '../../data/settings-repository'
import { LANGUAGE_CHOICES, THEME_CHOICES, type LanguageChoice } from '../../data/settings-schema'
import { useSettings } from '../hooks/use-settings'
import { useSystemDark } from '../hooks/use-system-dark'
import { loadLanguage, resolveUiLanguage } from '../i18n/i18n'
import { storagePersistence, type Persistence, type UiLanguage } from '../../platform'
import { useServices } from '../services'
import { BackupsPanel } from './settings/BackupsPanel'
import { DataTransferPanel } from './settings/DataTransferPanel'

export function SettingsScreen({
  headingRef,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>
}) {
  const { t, i18n } = useTranslation()
  const { db, systemLanguages, platform } = useServices()
  const settings = useSettings()
  const [status, setStatus] = useState<
    | { kind: 'saved' }
    | { kind: 'error'; detail: string }
    | { kind: 'languageUnavailable'; language: UiLanguage }
    | null
  >(null)
  const [persist, setPersist] = useState<Persistence | 'checking'>('checking')
  const languageId = useId()
  /** Counts language choices, so that only the latest one is saved (chooseLanguage). */
  const languageTurn = useRef(0)
  const themeId = useId()
  const exportButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    let live = true
    void storagePersistence().then((state) => {
      if (live) setPersist(state)
    })
    return () => {
      live = false
    }
  }, [])

  async function save(patch: SettingsPatch) {
    try {
      await updateSettings(db, patch)
      setStatus({ kind: 'saved' })
    } catch (error) {
      setStatus({ kind: 'error', detail: error instanceof Error ? error.message : String(error) })
    }
  }

  /**
   * Saves a language only once its strings are loaded. If they cannot be (a damaged install, a
   * chunk the server no longer has), the interface cannot switch to it (App's effect refuses),
   * so the choice is not saved either: the list goes back to the saved choice, and the user is
   * told why, rather than seeing a choice that holds but never applies. Only the latest choice
   * is acted on: one still loading when the user picks another must not be saved after it.
   */
  async function chooseLanguage(choice: LanguageChoice) {
    const turn = ++languageTurn.current
    const language = resolveUiLanguage(choice, systemLanguages)
    const loaded = await loadLanguage(i18n, language)
    if (turn !== languageTurn.current) return
    if (!loaded) {
      setStatus({ kind: 'languageUnavailable', language })
      return
    }
    await save({ language: choice })
  }

  const systemDark = useSystemDark()
  const systemTheme = t(`settings.themeChoice.${systemDark ? 'dark' : 'light'}`)
  const systemLanguageName = t(
    `settings.languageChoice.${resolveUiLanguage('system', systemLanguages)}`,
  )
  const formatter = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  })

  return (
    <section aria-labelledby="section-title" className="section">
      <h1 id="section-title" ref={headingRef} tabIndex={-1}>
        {t('settings.title')}
      </h1>

      <div className="field">
        <label htmlFor={languageId}>{t('settings.language')}</label>
        <select
          id={languageId}
          value={settings.language}
          aria-describedby={`${languageId}-hint`}
          onChange={(event) => void chooseLanguage(event.target.value as LanguageChoice)}
        >
          {LANGUAGE_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`settings.languageChoice.${choice}`, { current: systemLanguageName })}
            </option>
          ))}
        </select>
        <p id={`${languageId}-hint`} className="hint">
          {t('settings.languageHint')}
        </p>
      </div>

      <div className="field">
        <label htmlFor={themeId}>{t('settings.theme')}</label>
        <select
          id={themeId}
          value={settings.theme}
          aria-describedby={`${themeId}-hint`}
          onChange={(event) =>
            void save({ theme: event.target.value as (typeof THEME_CHOICES)[number] })
          }
        >
          {THEME_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`settings.themeChoice.${choice}`, { current: systemTheme })}
            </option>
          ))}
        </select>
        <p id={`${themeId}-hint`} className="hint">
          {t('settings.themeHint')}
        </p>
      </div>

      <p
        role="status"
        className={status === null || status.kind === 'saved' ? 'status' : 'status error'}
      >
        {status?.kind === 'saved' && t('settings.saved')}
        {status?.kind === 'error' && t('errors.saveFailed', { detail: status.detail })}
        {status?.kind === 'languageUnavailable' &&
          t('settings.languageUnavailable', {
            language: t(`settings.languageChoice.${status.language}`),
          })}
      </p>

      <h2>{t('settings.storage')}</h2>
      <p>{t('settings.storageLocal')}</p>
      <p data-testid="persist-state">
        {persist === 'checking' && t('settings.storageUnknown')}
        {persist === 'persisted' && t('settings.storagePersisted')}
        {persist === 'not-persisted' && t('settings.storageNotPersisted')}
        {persist === 'unavailable' && t('settings.storageUnavailable')}
      </p>
      {persist === 'not-persisted' || persist === 'unavailable' ? (
        // What to do about it, and the way to do it: the export below, run from here. Focus stays
        // on this button (the export's own is disabled while it runs); its outcome is announced
        // by the panel's status line.
        <p data-testid="storage-export-hint">
          {t('settings.storageExportHint')}{' '}
          <button
            type="button"
            onClick={() => {
              exportButton.current?.click()
            }}
          >
            {t('settings.storageExportNow')}
          </button>
        </p>
      ) : null}
      <DataTransferPanel exportButtonRef={exportButton} />
      {platform.backups ? (
        <BackupsPanel backups={platform.backups} />
      ) : (
        // Where the desktop lists its backups: browser mode has none, whatever the browser
        // promised about storage (the hint above shows only when it promised nothing).
        <div className="panel" aria-labelledby="backups-title" data-testid="no-backups">
          <h2 id="backups-title">{t('backups.title')}</h2>
          <p>{t('settings.browserNoBackups')}</p>
        </div>
      )}
      {settings.updatedAt && (
        <p className="muted">
          {t('settings.lastSaved', { when: formatter.format(new Date(settings.updatedAt)) })}
        </p>
      )}
    </section>
  )
}
