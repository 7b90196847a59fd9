import { useTranslation } from 'react-i18next'
import { RULES_SECTIONS } from './RulesLayout'
import { showRulesSection } from './section-in-address'

/**
 * The sections of the page. The hash is the app's router (#/rules), so a link moves focus to
 * its section itself rather than letting the browser replace the route.
 */
export function RulesToc() {
  const { t } = useTranslation()
  return (
    <nav className="rules-toc" aria-labelledby="rules-toc-title">
      <h2 id="rules-toc-title">{t('rules.toc')}</h2>
      <ol>
        {RULES_SECTIONS.map((id) => (
          <li key={id}>
            <a
              href={`#/rules/${id}`}
              onClick={(event) => {
                event.preventDefault()
                showRulesSection(id)
              }}
            >
              {t(`rules.sections.${id}.title`)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
