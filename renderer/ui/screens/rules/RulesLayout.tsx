import { useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assumption, Citation } from '../../../domain/ruleset/citation'
import { CitationView } from '../../citation/CitationView'
import type { UiLanguage } from '../../i18n/i18n'
import { useOverflowsSideways } from '../../hooks/use-overflows-sideways'

/** The sections of the screen, in order: the table of contents and the anchors use these. */
export const RULES_SECTIONS = [
  'domains',
  'scoring',
  'tiers',
  'modifiers',
  'risk',
  'downside',
  'recommendation',
  'cities',
  'tax',
  'reference',
] as const
export type RulesSectionId = (typeof RULES_SECTIONS)[number]

export function sectionAnchor(id: RulesSectionId): string {
  return `rules-${id}`
}

/** One part of the ruleset: a panel with its heading (a target of the table of contents). */
export function RulesSection({
  id,
  intro,
  children,
}: {
  id: RulesSectionId
  intro?: string
  children: ReactNode
}) {
  const { t } = useTranslation()
  const anchor = sectionAnchor(id)
  return (
    <section id={anchor} aria-labelledby={`${anchor}-title`} className="panel rules-section">
      <h2 id={`${anchor}-title`} tabIndex={-1}>
        {t(`rules.sections.${id}.title`)}
      </h2>
      {intro ? <p className="hint rules-intro">{intro}</p> : null}
      {children}
    </section>
  )
}

/** A number the source does not give, shown where a rule has no citation of its own. */
export function AssumptionNote({ assumption }: { assumption: Assumption }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  return (
    <p className="rules-assumption">
      <span className="assumption-mark">{t('citation.assumption')}</span>{' '}
      {language === 'zh-CN' ? assumption.noteZhHans : assumption.noteEn}
    </p>
  )
}

/** A number the source does not give, behind a disclosure where space is short (a table cell). */
export function AssumptionDisclosure({
  summary,
  assumption,
}: {
  summary: string
  assumption: Assumption
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  return (
    <details className="citation assumption-disclosure">
      <summary>
        {summary}
        <span className="assumption-mark">{t('citation.assumption')}</span>
      </summary>
      <p className="assumption-note">
        {language === 'zh-CN' ? assumption.noteZhHans : assumption.noteEn}
      </p>
    </details>
  )
}

/** A rule read as a short block: its name, what it does, its numbers, and its source. */
export function RuleBlock({
  title,
  text,
  citation,
  assumption,
  notes,
  children,
}: {
  title: string
  text?: string
  citation?: Citation | undefined
  assumption?: Assumption | undefined
  /** More to read before the numbers (a fallback, a list). */
  notes?: ReactNode
  children?: ReactNode
}) {
  return (
    <div className="rule-block">
      <h3>{title}</h3>
      {text ? <p className="rule-block-text">{text}</p> : null}
      {notes}
      {children ? <div className="rule-fields">{children}</div> : null}
      {citation ? (
        <CitationView citation={citation} assumption={assumption} />
      ) : assumption ? (
        <AssumptionNote assumption={assumption} />
      ) : null}
    </div>
  )
}

/**
 * A table of rules, scrolling sideways on its own when the window is narrow. Then (and only then,
 * or every table would be a stop for Tab) the box says so: a hint above it and a shadow at the
 * hidden edge for the eye, and for the keyboard and screen readers a named region that takes
 * focus, so the arrow keys scroll it (new-user trial at 720 px: no hint, no way in by keyboard).
 */
export function RulesTable({
  caption,
  captionHidden = false,
  id,
  children,
}: {
  caption: string
  /** The section's heading already says it: keep the name for assistive technology only. */
  captionHidden?: boolean
  id?: string
  children: ReactNode
}) {
  const { t } = useTranslation()
  const box = useRef<HTMLDivElement>(null)
  const overflows = useOverflowsSideways(box)
  return (
    <>
      {overflows ? (
        <p className="hint rules-scroll-hint" aria-hidden="true">
          {t('rules.table.scrollHint')}
        </p>
      ) : null}
      <div
        ref={box}
        className={`rules-table-scroll${overflows ? ' overflows' : ''}`}
        id={id}
        {...(overflows
          ? {
              role: 'region',
              'aria-label': t('rules.table.scrollLabel', { caption }),
              tabIndex: 0,
            }
          : {})}
      >
        <table className="figures rules-table">
          <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
          {children}
        </table>
      </div>
    </>
  )
}
