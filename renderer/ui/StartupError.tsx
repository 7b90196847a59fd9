import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { readWhatCanBeRead, type OpenFailure } from '../data/open-database'
import type { Platform } from '../platform'
import { fileDate } from './format/file-date'

/**
 * Shown when the database cannot open: say why plainly, change nothing, and offer a way out:
 * try again, or save whatever can still be read to a file before anything else is tried.
 */
export function StartupError({
  failure,
  databaseName,
  platform,
}: {
  failure: OpenFailure
  databaseName: string
  platform: Platform
}) {
  const { t } = useTranslation()
  const [rescue, setRescue] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle')
  const [rescueDetail, setRescueDetail] = useState('')

  async function saveRescue() {
    setRescue('saving')
    try {
      const now = new Date()
      const text = await readWhatCanBeRead(databaseName, now)
      const outcome = await platform.saveTextFile(`tidemark-rescue-${fileDate(now)}.json`, text)
      setRescue(outcome.status === 'saved' ? 'saved' : 'idle')
    } catch (error) {
      setRescueDetail(error instanceof Error ? error.message : String(error))
      setRescue('failed')
    }
  }

  return (
    <main className="startup-error" aria-labelledby="startup-error-title">
      <h1 id="startup-error-title">{t('errors.title')}</h1>
      <p role="alert">{t(`errors.open.${failure.kind}`)}</p>
      <p className="muted">{t('errors.open.nothingChanged')}</p>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            window.location.reload()
          }}
        >
          {t('errors.open.retry')}
        </button>
        <button type="button" onClick={() => void saveRescue()} disabled={rescue === 'saving'}>
          {t('errors.open.rescue')}
        </button>
      </div>
      <p role="status">
        {rescue === 'saving' && t('errors.open.rescueSaving')}
        {rescue === 'saved' && t('errors.open.rescueSaved')}
        {rescue === 'failed' && t('errors.open.rescueFailed', { detail: rescueDetail })}
      </p>
      <details>
        <summary>{t('errors.details')}</summary>
        <p className="muted">{failure.detail}</p>
      </details>
    </main>
  )
}
