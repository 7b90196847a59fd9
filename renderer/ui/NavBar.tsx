import { useTranslation } from 'react-i18next'
import { SECTIONS, type SectionId } from './sections'

export function NavBar({ current }: { current: SectionId }) {
  const { t } = useTranslation()
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {SECTIONS.map((section, index) => {
          const keys = `Alt+${index + 1}`
          return (
            <li key={section}>
              <a
                href={`#/${section}`}
                aria-current={section === current ? 'page' : undefined}
                aria-keyshortcuts={keys}
                title={t('nav.shortcut', { keys })}
              >
                {t(`nav.${section}`)}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
