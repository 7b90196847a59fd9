import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  readEngineSettings,
  saveEngineSettings,
} from '../../../../data/repositories/engine-settings'
import type { Currency } from '../../../../domain/model/enums'
import { engineSettingsSchema } from '../../../../domain/model/settings'
import { useServices } from '../../../services'
import { LabelledField } from '../../../form/LabelledField'

const rateSchema = engineSettingsSchema.shape.exchangeRates.unwrap().valueType

/**
 * A foreign-currency offer counts only with an exchange rate (the engine's settings): says so
 * beside the currency while none is set, and lets the user set or correct it there. Keyed by
 * currency by its parent, so the input starts from that currency's rate.
 */
export function OfferRateField({
  currency,
  rate,
  warningId,
}: {
  currency: Currency
  /** The stored rate, yuan for one unit; undefined while none is set. */
  rate: number | undefined
  /** The id of the "no rate yet" warning, for the currency select to point at. */
  warningId: string
}) {
  const { t } = useTranslation()
  const { db } = useServices()
  const [text, setText] = useState(rate === undefined ? '' : String(rate))
  const [error, setError] = useState<string | undefined>()
  const [status, setStatus] = useState('')

  async function save() {
    const parsed = rateSchema.safeParse(text.trim() === '' ? Number.NaN : Number(text))
    if (!parsed.success) {
      setError(t('offerEditor.errors.rate'))
      setStatus('')
      return
    }
    setError(undefined)
    try {
      const settings = await readEngineSettings(db)
      await saveEngineSettings(db, {
        ...settings,
        exchangeRates: { ...settings.exchangeRates, [currency]: parsed.data },
      })
      setStatus(t('offerEditor.pay.rateSaved', { currency, rate: parsed.data }))
    } catch (cause) {
      setStatus(t('offerEditor.pay.rateFailed', { detail: String(cause) }))
    }
  }

  // Enter sets the rate here instead of reaching the form around it.
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      void save()
    }
  }

  return (
    <div className="oe-rate">
      {rate === undefined ? (
        <p className="oe-rate-warning" id={warningId}>
          {t('offerEditor.pay.noRate', { currency })}
        </p>
      ) : null}
      <div className="oe-rate-row">
        <LabelledField label={t('offerEditor.pay.rateLabel', { currency })} error={error}>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              value={text}
              onChange={(event) => {
                setText(event.target.value)
              }}
              onKeyDown={onKeyDown}
            />
          )}
        </LabelledField>
        <button
          type="button"
          onClick={() => {
            void save()
          }}
        >
          {t('offerEditor.pay.saveRate')}
        </button>
      </div>
      <p role="status" className="hint oe-rate-status">
        {status}
      </p>
    </div>
  )
}
