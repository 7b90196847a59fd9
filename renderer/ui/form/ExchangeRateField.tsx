import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { readEngineSettings, saveEngineSettings } from '../../data/repositories/engine-settings'
import type { Currency } from '../../domain/model/enums'
import { engineSettingsSchema } from '../../domain/model/settings'
import { useServices } from '../services'
import { LabelledField } from './LabelledField'
import { rateOutOfScale } from './rate-scale'
import './exchange-rate-field.css'

const rateSchema = engineSettingsSchema.shape.exchangeRates.unwrap().valueType

/**
 * A foreign-currency pay counts only with an exchange rate (the engine's settings): says so
 * beside the currency while none is set, and lets the user set or correct the rate there,
 * without leaving the form. Not a field of the form around it: the rate is the engine's, saved
 * at once, whether or not the form is. Keyed by currency by its parent, so the input starts
 * from that currency's rate. `messages` names the form whose words it uses (the profile's
 * current pay, an offer's pay).
 */
export function ExchangeRateField({
  currency,
  rate,
  warningId,
  messages,
}: {
  currency: Currency
  /** The stored rate, yuan for one unit; undefined while none is set. */
  rate: number | undefined
  /** The id of the "no rate yet" warning, for the currency select to point at. */
  warningId: string
  messages: 'profile' | 'offerEditor'
}) {
  const { t } = useTranslation()
  const { db } = useServices()
  const [text, setText] = useState(rate === undefined ? '' : String(rate))
  const [error, setError] = useState<string | undefined>()
  const [status, setStatus] = useState('')

  async function save() {
    const parsed = rateSchema.safeParse(text.trim() === '' ? Number.NaN : Number(text))
    if (!parsed.success) {
      setError(t(`${messages}.errors.rate`))
      setStatus('')
      return
    }
    const typical = rateOutOfScale(currency, parsed.data)
    if (typical !== null) {
      setError(t(`${messages}.errors.rateScale`, { currency, typical, rate: parsed.data }))
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
      setStatus(t(`${messages}.pay.rateSaved`, { currency, rate: parsed.data }))
    } catch (cause) {
      setStatus(t(`${messages}.pay.rateFailed`, { detail: String(cause) }))
    }
  }

  // Enter sets the rate here instead of submitting the form around it.
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      void save()
    }
  }

  return (
    <div className="rate-field">
      {rate === undefined ? (
        <p className="rate-field-warning" id={warningId}>
          {t(`${messages}.pay.noRate`, { currency })}
        </p>
      ) : null}
      <div className="rate-field-row">
        <LabelledField label={t(`${messages}.pay.rateLabel`, { currency })} error={error}>
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
          {t(`${messages}.pay.saveRate`)}
        </button>
      </div>
      <p role="status" className="hint rate-field-status">
        {status}
      </p>
    </div>
  )
}
