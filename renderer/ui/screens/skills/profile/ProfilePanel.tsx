import { useTranslation } from 'react-i18next'
import type { Profile } from '../../../../domain/model/profile'

/** The profile form (stub: issue #7 fills it in). Hands valid unsaved values up as a draft. */
export function ProfilePanel(props: { onDraftChange: (profile: Profile | undefined) => void }) {
  console.debug(props)
  const { t } = useTranslation()
  return (
    <section className="panel" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('profile.title')}</h2>
    </section>
  )
}
