import { useTranslation } from 'react-i18next'

/** The job search drawn from application, interview and offer entries. */
export function JobSearchView() {
  const { t } = useTranslation()
  return <p className="muted">{t('journalProgress.title')}</p>
}
