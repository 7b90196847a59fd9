import { useLiveQuery } from 'dexie-react-hooks'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { readProfile } from '../../../../data/repositories/profile'
import type { Profile } from '../../../../domain/model/profile'
import { useServices } from '../../../services'
import { ProfileEditor } from './ProfileEditor'
import './profile.css'

/**
 * The profile form beside the assessment. Hands valid unsaved values up as a draft. Memoized:
 * the screen re-renders on every draft, and this panel need not (its props do not change).
 */
export const ProfilePanel = memo(function ProfilePanel({
  onDraftChange,
}: {
  onDraftChange: (profile: Profile | undefined) => void
}) {
  const { t } = useTranslation()
  const { db } = useServices()
  // Wrapped, so "no profile yet" (undefined inside) differs from "still reading" (undefined).
  const stored = useLiveQuery(async () => ({ profile: await readProfile(db) }), [db])

  if (!stored) {
    return (
      <section className="panel profile-panel" aria-labelledby="profile-title" aria-busy="true">
        <h2 id="profile-title">{t('profile.title')}</h2>
        <p className="muted">{t('profile.loading')}</p>
      </section>
    )
  }
  return <ProfileEditor stored={stored.profile} onDraftChange={onDraftChange} />
})
