import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'

/** The Dashboard screen (stub: issue #7 fills it in). */
export function DashboardScreen({
  headingRef,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>
}) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="section-title" className="section">
      <h1 id="section-title" ref={headingRef} tabIndex={-1}>
        {t('dashboard.title')}
      </h1>
    </section>
  )
}
