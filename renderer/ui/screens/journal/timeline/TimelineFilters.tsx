import { memo, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoredOffer, StoredSkill } from '../../../../data/records'
import { companiesInJournal, type JournalFilter } from '../../../../data/repositories/journal-query'
import { JOURNAL_KINDS, type JournalKind } from '../../../../domain/model/enums'
import { useServices } from '../../../services'
import { DateRangeFields } from './DateRangeFields'
import type { TagFold } from '../entry/tag-spelling'
import { offersByName, skillsByName, tagChoices, tagSpellings } from './filter-options'
import { numberFormat } from './timeline-groups'

export interface TimelineFiltersProps {
  filter: JournalFilter
  onChange: (filter: JournalFilter) => void
  tags: readonly string[]
  skills: readonly StoredSkill[]
  offers: readonly StoredOffer[]
  /** Folds Chinese to one script, so 面试 and 面試 are one tag (use-fold.ts). */
  fold?: TagFold
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
 * The timeline's filters, folded under a "Filters · n on" button (aria-expanded) so the list
 * starts near the top of a 720 px window: seven controls laid out took ~270 px above it. Each
 * one a labelled control, all combined, and a clear-all beside the button, reachable folded or
 * not. Folded at first when no filter is on, unfolded when one is (from the address or set
 * here), so an active filter is never out of sight unasked; after that the user's choice holds
 * while the screen stays. Drawn again only when one of its props changes (not at each
 * keystroke in the search box).
 */
export const TimelineFilters = memo(function TimelineFilters({
  filter,
  onChange,
  tags,
  skills,
  offers,
  fold,
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
  const [open, setOpen] = useState(active > 0)
  // Under way first, closed after (each by name), as the Offers screen folds the closed ones.
  const { live: liveOffers, closed: closedOffers } = offersByName(offers, i18n.language)
  // Tags by pinyin and alphabet as the skills and offers are, not by code point (trial 22 #5:
  // 入门|分散式訓練|开源|微調 …); a tag spelled two ways (面试, 面試) is one choice.
  const choices = tagChoices(tags, i18n.language, fold)
  const chosenTag =
    filter.tag === undefined
      ? ''
      : (choices.find((choice) => tagSpellings(choice.spellings, filter.tag ?? '', fold).length > 0)
          ?.value ?? filter.tag)
  const offerOption = (offer: StoredOffer) => (
    <option key={offer.id} value={offer.id}>
      {offer.role
        ? t('journalTimeline.filters.offerName', { company: offer.company, role: offer.role })
        : offer.company}
    </option>
  )
  const toggle = useRef<HTMLButtonElement>(null)
  // A filter turned on (here, or by an address followed) unfolds them, whatever was chosen.
  const [activeBefore, setActiveBefore] = useState(active)
  if (active !== activeBefore) {
    setActiveBefore(active)
    if (active > activeBefore) setOpen(true)
  }

  function applyCompany(text: string) {
    const value = text.trim()
    setCompanyText({ for: value === '' ? undefined : value, text })
    if (value !== (filter.company ?? '')) onChange(withField(filter, 'company', value))
  }

  return (
    <div className="timeline-filter-panel">
      <div className="timeline-filter-bar">
        <h2 className="timeline-filter-heading">
          <button
            type="button"
            ref={toggle}
            className="timeline-filter-toggle"
            aria-expanded={open}
            aria-controls={`${id}-filters`}
            onClick={() => {
              setOpen(!open)
            }}
          >
            {active > 0
              ? t('journalTimeline.filters.toggleActive', {
                  count: active,
                  formatted: number.format(active),
                })
              : t('journalTimeline.filters.label')}
          </button>
        </h2>
        {active > 0 && (
          <button
            type="button"
            onClick={() => {
              // This button goes with the last filter: focus goes to the toggle beside it, which
              // now says no filter is on, rather than to the page's body.
              toggle.current?.focus()
              setCompanyText({ for: undefined, text: '' })
              onChange({})
            }}
          >
            {t('journalTimeline.filters.clearAll')}
          </button>
        )}
      </div>
      <div
        id={`${id}-filters`}
        className="timeline-filters"
        role="group"
        aria-label={t('journalTimeline.filters.label')}
        hidden={!open}
      >
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
            value={chosenTag}
            onChange={(event) => {
              onChange(withField(filter, 'tag', event.target.value))
            }}
          >
            <option value="">{t('journalTimeline.filters.anyTag')}</option>
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.spellings.join(' / ')}
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
            {skillsByName(skills, i18n.language).map((skill) => (
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
            {closedOffers.length === 0 ? (
              liveOffers.map(offerOption)
            ) : (
              <>
                {/* No group when every offer is closed: an empty "Under way" heading reads
                    as offers that are missing (review 24). */}
                {liveOffers.length > 0 ? (
                  <optgroup label={t('journalTimeline.filters.liveOffers')}>
                    {liveOffers.map(offerOption)}
                  </optgroup>
                ) : null}
                <optgroup label={t('journalTimeline.filters.closedOffers')}>
                  {closedOffers.map(offerOption)}
                </optgroup>
              </>
            )}
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
        <DateRangeFields
          id={id}
          from={filter.from}
          to={filter.to}
          onChange={(from, to) => {
            onChange(withField(withField(filter, 'from', from ?? ''), 'to', to ?? ''))
          }}
        />
      </div>
    </div>
  )
})

/**
 * The filters' place while the first screen is drawn (they follow its paint, with the code
 * that reads what they offer): the bar with the folded button's box, so the rows below do not
 * move when the filters arrive (measured in Chromium: a layout shift of 0.06 at every visit
 * without a placeholder, when the seven controls were laid out). Only the folded state with no
 * filter on needs one: a filter in the address draws the filters at once. Keep it in step with
 * TimelineFilters above. Hidden from assistive technology: nothing in it can be used yet.
 */
export function TimelineFiltersPlaceholder() {
  const { t } = useTranslation()
  return (
    <div className="timeline-filter-panel" aria-hidden="true" data-testid="filters-placeholder">
      <div className="timeline-filter-bar">
        <div className="timeline-filter-heading">
          <span className="timeline-filter-toggle">{t('journalTimeline.filters.label')}</span>
        </div>
      </div>
    </div>
  )
}
