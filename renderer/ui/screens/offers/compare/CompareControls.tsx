import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { offerName } from '../../../report/offer-report-model'
import { OFFER_SORTS, type OfferColumn, type OfferSort } from './comparison-columns'

/** How the offers are ordered, and which are shown (for this visit; nothing is saved). */
export function CompareControls({
  sort,
  onSort,
  offers,
  hidden,
  onToggle,
}: {
  sort: OfferSort
  onSort: (sort: OfferSort) => void
  offers: readonly OfferColumn[]
  hidden: ReadonlySet<string>
  onToggle: (offerId: string, shown: boolean) => void
}) {
  const { t } = useTranslation()
  const sortId = useId()
  return (
    <div className="compare-controls">
      <div className="field">
        <label htmlFor={sortId}>{t('offerCompare.controls.sortLabel')}</label>
        <select
          id={sortId}
          value={sort}
          onChange={(event) => {
            const next = OFFER_SORTS.find((value) => value === event.target.value)
            if (next) onSort(next)
          }}
        >
          {OFFER_SORTS.map((value) => (
            <option key={value} value={value}>
              {t(`offerCompare.controls.sort.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {offers.length > 1 ? (
        <fieldset className="compare-shown">
          <legend>{t('offerCompare.controls.showLabel')}</legend>
          {offers.map(({ offer }) => (
            <label key={offer.id} className="compare-shown-item">
              <input
                type="checkbox"
                checked={!hidden.has(offer.id)}
                aria-label={t('offerCompare.controls.show', { company: offerName(offer) })}
                onChange={(event) => {
                  onToggle(offer.id, event.target.checked)
                }}
              />
              <span aria-hidden="true">{offerName(offer)}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  )
}
