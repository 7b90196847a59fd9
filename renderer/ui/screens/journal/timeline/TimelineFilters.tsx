import { memo, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoredOffer, StoredSkill } from '../../../../data/records'
import { companiesInJournal, type JournalFilter } from '../../../../data/repositories/journal-query'
import { JOURNAL_KINDS, type JournalKind } from '../../../../domain/model/enums'
import { useServices } from '../../../services'
import { numberFormat } from './timeline-groups'

export interface TimelineFiltersProps {
  filter: JournalFilter
  onChange: (filter: JournalFilter) => void
  tags: readonly string[]
  skills: readonly StoredSkill[]
  offers: readonly StoredOffer[]
}

/** The filter with `key` set to `value`, or without it for "" (an "Any …" choice). */
function withField<K extends keyof JournalFilter>(
  filter: JournalFilter,
  key: K,
  value: JournalFilter[K] | '',
): JournalFilter {
  const next: JournalFilter = {}
  for (const name of Object.keys(filter) as (keyof JournalFilter)[]) {
    if (name !== key) Object.assign(next, { [name]: filter[name] })
  }
  if (value !== '' && value !== undefined) Object.assign(next, { [key]: value })
  return next
}

/**
 * The timeline's filters: each one a labelled control, all combined, and a clear-all. Drawn
 * again only when one of its props changes (not at each keystroke in the search box).
 */
export const TimelineFilters = memo(function TimelineFilters({
  filter,
  onChange,
  tags,
  skills,
  offers,
}: TimelineFiltersProps) {
  const { t, i18n } = useTranslation()
  const { db } = useServices()
  const id = useId()
  const [companies, setCompanies] = useState<string[] | null>(null)
  // The company box holds what is typed until it is applied (Enter, leaving it, a suggestion).
  const [companyText, setCompanyText] = useState<{ for: string | undefined; text: string }>({
    for: filter.company,
    text: filter.company ?? '',
  })
  const typed = companyText.for === filter.company ? companyText.text : (filter.company ?? '')
  const active = Object.keys(filter).length
  const number = numberFormat(i18n.language)

  function applyCompany(text: string) {
    const value = text.trim()
    setCompanyText({ for: value === '' ? undefined : value, text })
    if (value !== (filter.company ?? '')) onChange(withField(filter, 'company', value))
  }

  return (
    <div className="timeline-filters" role="group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('journalTimeline.filters.label')}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('journalTimeline.filters.kind')}</label>
        <select
          id={`${id}-kind`}
          value={filter.kind ?? ''}
          onChange={(event) => {
            onChange(withField(filter, 'kind', event.target.value as JournalKind | ''))
          }}
        >
          <option value="">{t('journalTimeline.filters.anyKind')}</option>
          {JOURNAL_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`journal.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-tag`}>{t('journalTimeline.filters.tag')}</label>
        <select
          id={`${id}-tag`}
          value={filter.tag ?? ''}
          onChange={(event) => {
            onChange(withField(filter, 'tag', event.target.value))
          }}
        >
          <option value="">{t('journalTimeline.filters.anyTag')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-skill`}>{t('journalTimeline.filters.skill')}</label>
        <select
          id={`${id}-skill`}
          value={filter.skillId ?? ''}
          onChange={(event) => {
            onChange(withField(filter, 'skillId', event.target.value))
          }}
        >
          <option value="">{t('journalTimeline.filters.anySkill')}</option>
          {skills.map((skill) => (
            <option key={skill.id} value={skill.id}>
              {skill.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-offer`}>{t('journalTimeline.filters.offer')}</label>
        <select
          id={`${id}-offer`}
          value={filter.offerId ?? ''}
          onChange={(event) => {
            onChange(withField(filter, 'offerId', event.target.value))
          }}
        >
          <option value="">{t('journalTimeline.filters.anyOffer')}</option>
          {offers.map((offer) => (
            <option key={offer.id} value={offer.id}>
              {offer.role
                ? t('journalTimeline.filters.offerName', {
                    company: offer.company,
                    role: offer.role,
                  })
                : offer.company}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-company`}>{t('journalTimeline.filters.company')}</label>
        <input
          id={`${id}-company`}
          type="text"
          list={`${id}-companies`}
          value={typed}
          maxLength={100}
          aria-describedby={`${id}-company-hint`}
          onFocus={() => {
            if (companies === null) void companiesInJournal(db).then(setCompanies)
          }}
          onChange={(event) => {
            const text = event.target.value
            // Picking a suggestion applies it at once; typing waits for Enter or leaving.
            if (companies?.includes(text)) applyCompany(text)
            else setCompanyText({ for: filter.company, text })
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') applyCompany(event.currentTarget.value)
          }}
          onBlur={(event) => {
            applyCompany(event.currentTarget.value)
          }}
        />
        <datalist id={`${id}-companies`}>
          {(companies ?? []).map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <p id={`${id}-company-hint`} className="hint muted">
          {t('journalTimeline.filters.companyHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('journalTimeline.filters.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filter.from ?? ''}
          max={filter.to}
          onChange={(event) => {
            onChange(withField(filter, 'from', event.target.value))
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('journalTimeline.filters.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filter.to ?? ''}
          min={filter.from}
          onChange={(event) => {
            onChange(withField(filter, 'to', event.target.value))
          }}
        />
      </div>
      <div className="timeline-clear">
        {active > 0 && (
          <>
            <span className="muted">
              {t('journalTimeline.filters.active', {
                count: active,
                formatted: number.format(active),
              })}
            </span>
            <button
              type="button"
              onClick={() => {
                setCompanyText({ for: undefined, text: '' })
                onChange({})
              }}
            >
              {t('journalTimeline.filters.clearAll')}
            </button>
          </>
        )}
      </div>
    </div>
  )
})

/** The filters' labels, in the order TimelineFilters draws them. */
const PLACEHOLDER_FIELDS = ['kind', 'tag', 'skill', 'offer', 'company', 'from', 'to'] as const

/**
 * The filters' place while the first screen is drawn (their selects and date boxes follow its
 * paint): the same grid, labels and hint, with an empty box of a control's size where each
 * control will be, so the rows below do not move when the filters arrive (measured in
 * Chromium: a layout shift of 0.06 at every visit without it). Keep it in step with
 * TimelineFilters above. Hidden from assistive technology: nothing in it can be used yet.
 */
export function TimelineFiltersPlaceholder() {
  const { t } = useTranslation()
  return (
    <div className="timeline-filters" aria-hidden="true" data-testid="filters-placeholder">
      {PLACEHOLDER_FIELDS.map((name) => (
        <div className="field" key={name}>
          <span className="filter-label">{t(`journalTimeline.filters.${name}`)}</span>
          <span className="filter-control" />
          {name === 'company' && (
            <p className="hint muted">{t('journalTimeline.filters.companyHint')}</p>
          )}
        </div>
      ))}
      <div className="timeline-clear" />
    </div>
  )
}
