import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { readEngineSettings, saveEngineSettings } from '../../data/repositories/engine-settings'
import type { Currency } from '../../domain/model/enums'
import { engineSettingsSchema } from '../../domain/model/settings'
import { useServices } from '../services'
import { fieldControlProps } from './described-by'
import { ErrorText } from './ErrorText'
import { rateWrongSize, type RateWrongSize } from '../../domain/pay/rate-size'
import { rateScaleText } from '../format/rate-wrong'
import './exchange-rate-field.css'

const rateSchema = engineSettingsSchema.shape.exchangeRates.unwrap().valueType

/**
 * A foreign-currency pay counts only with an exchange rate (the engine's settings): says so
 * beside the currency while none is set, and lets the user set or correct the rate there,
 * without leaving the form. Not a field of the form around it: the rate is the engine's, saved
 * at once, whether or not the form is. Keyed by currency by its parent, so the input starts
 * from that currency's rate. `messages` names the form whose words it uses (the profile's
 * current pay, an offer's pay).
 *
 * The input and its button share a row of their own, the refusal below it (session 28: inside
 * the field, the refusal widened the input to the whole form and pushed the button below it).
 * A refusal is said aloud (a live region: Enter leaves focus on the input, where nothing else
 * would announce it), and Save takes focus back to the input, to be corrected.
 *
 * A rate stored before the size check, or brought in by an import, may be one the check refuses
 * (92 for the Hong Kong dollar, a bank's rate per 100): the engine still uses it (the user's
 * data is theirs), so the field says it looks wrong, in the refusal's words, until a rate of
 * the right size is saved (review R-1: a +16,985% raise with nothing to say why).
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
  // The rate saved here, once one is: the warning of a stored rate goes at once, as it is fixed.
  const [saved, setSaved] = useState<number | undefined>()
  const stored = saved ?? rate
  const [error, setError] = useState<string | undefined>()
  const [status, setStatus] = useState('')
  // Each refusal is a new node in the live region: the same words refused twice are said twice.
  const [refusals, setRefusals] = useState(0)
  const inputRef = useRef<HTMLInputElement>(null)
  const id = useId()
  const storedWrong = stored === undefined ? null : rateWrongSize(currency, stored)
  const storedWrongId = `${id}-stored-wrong`
  const control = fieldControlProps(id, {
    error,
    after: [storedWrong !== null && storedWrongId],
  })

  function refuse(message: string, from: 'button' | 'input') {
    setError(message)
    setRefusals((count) => count + 1)
    setStatus('')
    if (from === 'button') inputRef.current?.focus()
  }

  async function save(from: 'button' | 'input') {
    const parsed = rateSchema.safeParse(text.trim() === '' ? Number.NaN : Number(text))
    if (!parsed.success) {
      refuse(t(`${messages}.errors.rate`), from)
      return
    }
    const wrong = rateWrongSize(currency, parsed.data)
    if (wrong !== null) {
      refuse(scaleWords(wrong), from)
      return
    }
    setError(undefined)
    try {
      const settings = await readEngineSettings(db)
      await saveEngineSettings(db, {
        ...settings,
        exchangeRates: { ...settings.exchangeRates, [currency]: parsed.data },
      })
      setSaved(parsed.data)
      setStatus(t(`${messages}.pay.rateSaved`, { currency, rate: parsed.data }))
    } catch (cause) {
      setStatus(t(`${messages}.pay.rateFailed`, { detail: String(cause) }))
    }
  }

  /** The refusal's words: the size expected, and how far the rate is from it. */
  function scaleWords(wrong: RateWrongSize): string {
    return rateScaleText(t, messages, wrong)
  }

  // Enter sets the rate here instead of submitting the form around it.
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      void save('input')
    }
  }

  return (
    <div className="rate-field" data-currency={currency}>
      {rate === undefined ? (
        <p className="rate-field-warning" id={warningId}>
          {t(`${messages}.pay.noRate`, { currency })}
        </p>
      ) : null}
      {storedWrong !== null ? (
        <p className="rate-field-warning rate-field-wrong" id={storedWrongId}>
          {t(`${messages}.pay.rateStoredWrong`, {
            currency,
            why: scaleWords(storedWrong),
            save: t(`${messages}.pay.saveRate`),
          })}
        </p>
      ) : null}
      <div className="field rate-field-entry">
        <label htmlFor={id}>{t(`${messages}.pay.rateLabel`, { currency })}</label>
        <div className="rate-field-row">
          <input
            {...control}
            ref={inputRef}
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
          <button
            type="button"
            onClick={() => {
              void save('button')
            }}
          >
            {t(`${messages}.pay.saveRate`)}
          </button>
        </div>
        <div role="alert" className="rate-field-refusal">
          <ErrorText key={refusals} id={`${id}-error`} message={error} />
        </div>
      </div>
      <p role="status" className="hint rate-field-status">
        {status}
      </p>
    </div>
  )
}
