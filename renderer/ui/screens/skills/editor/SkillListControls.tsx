import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber } from '../../../reasons/names'
import { SKILL_SORTS, type SkillSort } from './skill-list-view'

/**
 * Find and order a long list (trial 18's 200 skills could only be scrolled): a search box over
 * the names, a sort, and how many of the skills show. Both are plain form controls in the Tab
 * order; the count is a polite status, said once the typing pauses.
 */
export function SkillListControls({
  query,
  onQuery,
  sort,
  onSort,
  shown,
  total,
}: {
  query: string
  onQuery: (query: string) => void
  sort: SkillSort
  onSort: (sort: SkillSort) => void
  /** Skills matching the search. */
  shown: number
  total: number
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const id = useId()
  return (
    <div className="skill-list-controls" role="search" aria-label={t('skills.find.region')}>
      <label htmlFor={`${id}-query`}>{t('skills.find.label')}</label>
      <input
        id={`${id}-query`}
        type="search"
        value={query}
        placeholder={t('skills.find.hint')}
        aria-describedby={`${id}-count`}
        onChange={(event) => {
          onQuery(event.target.value)
        }}
      />
      <label htmlFor={`${id}-sort`}>{t('skills.find.sort')}</label>
      <select
        id={`${id}-sort`}
        value={sort}
        onChange={(event) => {
          onSort(event.target.value as SkillSort)
        }}
      >
        {SKILL_SORTS.map((key) => (
          <option key={key} value={key}>
            {t(`skills.find.sorts.${key}`)}
          </option>
        ))}
      </select>
      <span className="skill-list-count" id={`${id}-count`} role="status">
        {t('skills.find.count', {
          shown: formatNumber(shown, language),
          total: formatNumber(total, language),
        })}
      </span>
    </div>
  )
}
