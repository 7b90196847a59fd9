import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext } from 'react-hook-form'
import { formatFenRange } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { listText } from '../../skills/editor/skill-text'
import { baseFromParsed, bonusFromParsed, type OfferFormFields } from './offer-form-fields'
import { looksLikeStock, readPayLine, type PayLineReading } from './pay-line'

/**
 * A recruiter's line pasted in ("月薪 6-8 万 × 16", "$300k + RSU") is read by the engine's
 * parser into the pay fields beneath it: what it read is said, and so is every part it could
 * not read, for the user to enter by hand. The line itself is not stored, only the fields.
 */
export function PayPaste() {
  const { t } = useTranslation()
  const id = useId()
  const { getValues, setValue } = useFormContext<OfferFormFields>()
  const [text, setText] = useState('')
  const reading = text.trim() ? readPayLine(text) : null

  function fill(next: string) {
    setText(next)
    const result = next.trim() ? readPayLine(next) : null
    if (!result?.ok) return
    const { pay } = result
    const options = { shouldDirty: true, shouldValidate: true } as const
    setValue('pay.base', baseFromParsed(pay, getValues('pay.base')), options)
    setValue('pay.currency', pay.currency ?? 'CNY', options)
    if (pay.bonus) {
      setValue('pay.yearEndBonus', bonusFromParsed(pay, getValues('pay.yearEndBonus')), options)
    }
    if (pay.options) {
      setValue('pay.options.granted', true, options)
      if (pay.options.count !== null) {
        setValue('pay.options.count', String(pay.options.count), options)
      }
    }
  }

  const invalid = reading !== null && (!reading.ok || reading.unread.length > 0)
  return (
    <div className="field oe-paste">
      <label htmlFor={`${id}-paste`}>{t('offerEditor.pay.paste')}</label>
      <input
        id={`${id}-paste`}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={t('offerEditor.pay.pastePlaceholder')}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${id}-hint ${id}-reading`}
        onChange={(event) => {
          fill(event.target.value)
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {t('offerEditor.pay.pasteHint')}
      </p>
      <div id={`${id}-reading`} aria-live="polite">
        {reading ? <LineReading reading={reading} /> : null}
      </div>
    </div>
  )
}

/** What the parser read from the line, what it assumed, and what it could not read. */
function LineReading({ reading }: { reading: PayLineReading }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const stock = reading.unread.find(looksLikeStock)
  const stockLine =
    stock === undefined ? null : (
      <p className="hint">{t('offerEditor.pay.stockWord', { fragment: stock })}</p>
    )
  if (!reading.ok) {
    const { error } = reading
    if (error.code === 'empty') return null
    // Every part was set aside and nothing was left: name them all.
    const fragment =
      error.code === 'unreadable' && reading.unread.length > 1
        ? reading.unread.join(language === 'zh-CN' ? '”“' : '”, “')
        : 'fragment' in error
          ? error.fragment
          : ''
    return (
      <div className="oe-reading">
        <p className="field-error">{t(`offerEditor.pay.problem.${error.code}`, { fragment })}</p>
        {stockLine}
      </div>
    )
  }
  const { pay } = reading
  const separator = language === 'zh-CN' ? '，' : ', '
  const parts = [
    pay.kind === 'monthly'
      ? t('offerEditor.pay.readMonthly', {
          monthly: formatFenRange(pay.monthly, language),
          months: pay.months,
        })
      : t('offerEditor.pay.readAnnual', { annual: formatFenRange(pay.annual, language) }),
    t('offerEditor.pay.readCurrency', { currency: pay.currency ?? 'CNY' }),
  ]
  if (pay.bonus) {
    parts.push(
      pay.bonus.kind === 'months'
        ? t('offerEditor.pay.readBonusMonths', { months: pay.bonus.months })
        : t('offerEditor.pay.readBonusAmount', {
            amount: formatFenRange(pay.bonus.amount, language),
          }),
    )
  }
  if (pay.options) {
    parts.push(
      pay.options.count === null
        ? t('offerEditor.pay.readOptionsNoCount')
        : t('offerEditor.pay.readOptions', {
            count: new Intl.NumberFormat(language).format(pay.options.count),
          }),
    )
  }
  const notes = [
    ...pay.notes.map((note) => t(`offerEditor.pay.note.${note}`)),
    ...(pay.cashOnly ? [t('offerEditor.pay.cashOnly')] : []),
    ...(pay.options
      ? [
          t('offerEditor.pay.optionsAsk', {
            fields: listText(
              pay.options.asks.map((ask) => t(`offerEditor.pay.asks.${ask}`)),
              language,
            ),
          }),
        ]
      : []),
  ]
  return (
    <div className="oe-reading">
      <p className="oe-read">{t('offerEditor.pay.read', { reading: parts.join(separator) })}</p>
      {reading.unread.length > 0 ? (
        <p className="oe-unread">
          {t('offerEditor.pay.notRead', {
            fragments: listText(
              reading.unread.map((fragment) => `“${fragment}”`),
              language,
            ),
          })}
        </p>
      ) : null}
      {stockLine}
      {notes.length > 0 ? (
        <ul className="hint">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
