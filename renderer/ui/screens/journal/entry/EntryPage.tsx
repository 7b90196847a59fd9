import { useTranslation } from 'react-i18next'

/** One entry: a new one (`entryId` null) or a stored one, read and edited. */
export function EntryPage({ entryId }: { entryId: string | null }) {
  const { t } = useTranslation()
  return <p className="muted">{entryId ?? t('journalEntry.title')}</p>
}
