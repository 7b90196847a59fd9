import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { SectionId } from '../sections'

/** The sections whose screens come in later issues: their purpose, in the user's language. */
export function SectionIntro({
  section,
  headingRef,
}: {
  section: Extract<SectionId, 'offers'>
  headingRef: RefObject<HTMLHeadingElement | null>
}) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="section-title" className="section">
      <h1 id="section-title" ref={headingRef} tabIndex={-1}>
        {t(`sections.${section}.title`)}
      </h1>
      <p className="lead">{t(`sections.${section}.intro`)}</p>
      <p className="muted">{t('sections.comingNext')}</p>
    </section>
  )
}
