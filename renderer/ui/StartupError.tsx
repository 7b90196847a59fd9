import { useTranslation } from 'react-i18next'

/** Shown when the database cannot open: say so plainly, change nothing. */
export function StartupError({ detail }: { detail: string }) {
  const { t } = useTranslation()
  return (
    <main className="startup-error" role="alert">
      <h1>{t('errors.title')}</h1>
      <p>{t('errors.databaseOpen', { detail })}</p>
    </main>
  )
}
