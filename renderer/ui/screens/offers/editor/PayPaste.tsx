import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext } from 'react-hook-form'
import { fen } from '../../../../domain/money'
import { formatFenRange } from '../../../format/amount'
import { formatBonusPercent, formatMonthsRange } from '../../../format/months-range'
import type { UiLanguage } from '../../../i18n/i18n'
import { listText } from '../../skills/editor/skill-text'
import { filledFields, unfilled, type PastedLine } from '../../../form/paste-fill'
import type { OfferFormFields } from './offer-form-fields'
import { looksLikeStock, payFilledByLine, readPayLine, type PayLineReading } from './pay-line'
import { namedPayProblem } from '../pay-problem-words'

/**
 * A recruiter's line pasted in ("月薪 6-8 万 × 16", "$300k + RSU") is read by the engine's
 * parser into the pay fields beneath it: what it read is said, and so is every part it could
 * not read, for the user to enter by hand. The line itself is not stored, only the fields.
 */
export function PayPaste({
  pasted,
  onPasted,
}: {
  pasted: PastedLine
  onPasted: (next: PastedLine) => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const { getValues, setValue } = useFormContext<OfferFormFields>()
  const { text } = pasted
  const reading = text.trim() ? readPayLine(text) : null

  // Paths below 'pay', as filledFields names them; the form's typed paths cannot list them.
  const put = (path: string, value: unknown, validate: boolean) => {
    setValue(path as 'pay', value as OfferFormFields['pay'], {
      shouldDirty: true,
      shouldValidate: validate,
    })
  }

  /**
   * The line in the box fills the fields. A new line first puts back what the last one filled
   * (a bonus it stated and this one does not is gone); one that cannot be read leaves them as
   * they were before any line (new-user trial: "年薪 150w", then "base 40k*14 + 20% bonus",
   * kept 39万–52万 under a line that said none of it). An emptied box keeps the fields.
   */
  function fill(next: string) {
    if (next.trim() === '') {
      onPasted({ text: next, filled: pasted.filled, putBack: false })
      return
    }
    const putBack = unfilled(pasted.filled, (path) => getValues(path as 'pay'))
    for (const { path, value } of putBack) put(path, value, false)
    const result = readPayLine(next)
    if (!result.ok) {
      // Said while the line stays unreadable, not only on the keystroke that put them back.
      onPasted({ text: next, filled: [], putBack: putBack.length > 0 || pasted.putBack })
      return
    }
    const before = structuredClone(getValues('pay'))
    // Each part of the pay (its base, currency, bonus, stock, options) is one field to put back.
    const filled = filledFields('pay', before, payFilledByLine(result.pay, before), 1)
    for (const field of filled) put(field.path, field.after, true)
    onPasted({ text: next, filled, putBack: false })
  }

  const invalid = reading !== null && (!reading.ok || reading.unread.length > 0)
  return (
    <div className="field oe-paste">
      <label htmlFor={`${id}-paste`}>{t('offerEditor.pay.paste')}</label>
      <input
        id={`${id}-paste`}
        name="payPaste"
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
        {reading && !reading.ok && pasted.putBack ? (
          <p className="hint">{t('offerEditor.pay.putBack')}</p>
        ) : null}
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
    // A sign-on inside the figure is named as such, with what to enter where (trial: it had
    // the words for any line with several figures, which say nothing of what to do with it);
    // a currency the app does not hold likewise (review 23 M1: 澳刀 read as yuan or US$).
    const problem =
      namedPayProblem(t, error, fragment) ??
      t(`offerEditor.pay.problem.${error.code}`, { fragment })
    return (
      <div className="oe-reading">
        <p className="field-error">{problem}</p>
        {stockLine}
      </div>
    )
  }
  const { pay } = reading
  const separator = language === 'zh-CN' ? '，' : ', '
  const parts = [
    pay.kind === 'monthly'
      ? t('offerEditor.pay.readMonthly', {
          monthly: formatFenRange(pay.monthly, language, undefined, 'exact'),
          months: pay.months,
        })
      : t('offerEditor.pay.readAnnual', {
          annual: formatFenRange(pay.annual, language, undefined, 'exact'),
        }),
    t('offerEditor.pay.readCurrency', { currency: pay.currency ?? 'CNY' }),
  ]
  if (pay.bonus) {
    parts.push(
      pay.bonus.kind === 'months'
        ? // "年终奖 20%": the share as written, and the months it was read as (parser26).
          t(
            pay.bonus.percent
              ? 'offerEditor.pay.readBonusPercent'
              : 'offerEditor.pay.readBonusMonths',
            {
              months: formatMonthsRange(pay.bonus.months, pay.bonus.monthsHigh, language),
              percent: pay.bonus.percent ? formatBonusPercent(pay.bonus.percent) : '',
            },
          )
        : t('offerEditor.pay.readBonusAmount', {
            amount: formatFenRange(pay.bonus.amount, language, undefined, 'exact'),
          }),
    )
  }
  if (pay.signOn) {
    parts.push(
      t('offerEditor.pay.readSignOn', {
        amount: formatFenRange(pay.signOn, language, undefined, 'exact'),
      }),
    )
  }
  if (pay.stock) {
    const perYear = formatFenRange(pay.stock.perYear, language, undefined, 'exact')
    const { grant } = pay.stock
    parts.push(
      grant
        ? t('offerEditor.pay.readStockGrant', {
            perYear,
            total: formatFenRange(grant.total, language, undefined, 'exact'),
            count: grant.years,
          })
        : t('offerEditor.pay.readStock', { perYear }),
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
    if (pay.options.strikePrice !== undefined) {
      parts.push(
        t('offerEditor.pay.readStrike', {
          price: new Intl.NumberFormat(language).format(pay.options.strikePrice),
          currency: pay.options.strikeCurrency ?? pay.currency ?? 'CNY',
        }),
      )
    }
  }
  // A month of bonus beside a yearly figure is a twelfth of it, as the engine counts it.
  const twelfth =
    pay.kind === 'annual'
      ? {
          annual: formatFenRange(pay.annual, language, undefined, 'exact'),
          month: formatFenRange(
            { low: fen(pay.annual.low / 12), high: fen(pay.annual.high / 12) },
            language,
            undefined,
            'exact',
          ),
        }
      : {}
  // "15薪，年终奖3个月": the 3 may be the months past 12, or on top of them; the line does not
  // say, and it is read as written (fifteenth trial: 18 months, unremarked). The total is said.
  const bonusBesideMonths =
    pay.kind === 'monthly' && pay.months > 12 && pay.bonus?.kind === 'months'
      ? [
          t('offerEditor.pay.bonusBesideMonths', {
            months: formatMonthsRange(pay.months, undefined, language),
            bonus: formatMonthsRange(pay.bonus.months, pay.bonus.monthsHigh, language),
            total: formatMonthsRange(
              pay.months + pay.bonus.months,
              pay.bonus.monthsHigh === undefined ? undefined : pay.months + pay.bonus.monthsHigh,
              language,
            ),
          }),
        ]
      : []
  const notes = [
    ...pay.notes.map((note) => t(`offerEditor.pay.note.${note}`, twelfth)),
    ...bonusBesideMonths,
    ...(pay.cashOnly ? [t('offerEditor.pay.cashOnly')] : []),
    ...(pay.stockInside ? [t(`offerEditor.pay.stockInside.${pay.stockInside}`)] : []),
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
      {reading.afterTax.length > 0 ? (
        // Not an error: the pre-tax pay was read, and the engine works out the take-home itself.
        <p className="hint">
          {t('offerEditor.pay.afterTaxAside', {
            fragments: listText(
              reading.afterTax.map((fragment) => `“${fragment}”`),
              language,
            ),
            count: reading.afterTax.length,
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
