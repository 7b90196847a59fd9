import { useTranslation } from 'react-i18next'

/** Goals with their target dates and progress. */
export function GoalsView() {
  const { t } = useTranslation()
  return <p className="muted">{t('journal.views.goals')}</p>
}
