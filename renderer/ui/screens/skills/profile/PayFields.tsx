import { useLiveQuery } from 'dexie-react-hooks'
import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch } from 'react-hook-form'
import { readEngineSettings } from '../../../../data/repositories/engine-settings'
import { compensationSchema } from '../../../../domain/model/compensation'
import { CURRENCIES, type Currency } from '../../../../domain/model/enums'
import type { EngineSettings } from '../../../../domain/model/settings'
import { computeAnnualPay } from '../../../../domain/pay/annual-pay'
import { fenFromYuan } from '../../../../domain/money'
import { DEFAULT_RULESET } from '../../../../domain/ruleset/default-ruleset'
import { formatFenRange } from '../../../format/amount'
import { formatBonusPercent, formatMonthsRange } from '../../../format/months-range'
import type { UiLanguage } from '../../../i18n/i18n'
import { useServices } from '../../../services'
import { ExchangeRateField } from '../../../form/ExchangeRateField'
import { convertedAtText } from '../../../format/rate-wrong'
import { filledFields, unfilled, type PastedLine } from '../../../form/paste-fill'
import { StockFields } from '../../../form/StockFields'
import { AmountField, CheckboxField, NumberField, PROFILE_WORDS } from './form-fields'
import {
  completePay,
  numberOrUndefined,
  payFromParsed,
  payKindOf,
  payWithKind,
  type PayFormValues,
  type PayKind,
  type ProfileFormValues,
} from './profile-form-values'
import { readProfilePay, type ProfilePayReading } from './read-pay'

const PAY_KINDS: readonly PayKind[] = ['none', 'monthly', 'annual']

/**
 * Current pay: a recruiter's line pasted in ("50k×15", "年薪 80 万") is read by the engine's
 * parser into the fields below it, which the user checks and corrects; beneath them, what the
 * engine will count. The pasted text itself is not stored, only the pay it was read into.
 */
export function PayFields({
  pasted,
  onPasted,
  onPayChanged,
}: {
  /** The line in the paste box, kept by the form (its draft and its Save read it). */
  pasted: PastedLine
  onPasted: (next: PastedLine) => void
  /** Called after the pay was changed other than by typing in a field (a paste, a kind). */
  onPayChanged: () => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const { db } = useServices()
  const settings = useLiveQuery(() => readEngineSettings(db), [db])
  const { control, getValues, setValue } = useFormContext<ProfileFormValues>()
  const pay = useWatch({ control, name: 'currentPay' })
  const kind = payKindOf(pay)
  const paste = pasted.text
  const parsed = useMemo(() => (paste.trim() ? readProfilePay(paste) : null), [paste])

  function setPay(next: PayFormValues | undefined, validate: boolean) {
    setValue('currentPay', next, { shouldDirty: true, shouldValidate: validate })
    onPayChanged()
  }

  /**
   * The line in the box fills the pay. A new line first puts back what the last one filled;
   * one that cannot be read leaves the pay as it was before any line (new-user trial: "年包
   * 80 万", then an unreadable line, still counted 80万 a year). A pay changed by hand since
   * is the user's and stays; an emptied box keeps the pay.
   */
  function fill(text: string) {
    if (text.trim() === '') {
      onPasted({ text, filled: pasted.filled, putBack: false })
      return
    }
    const putBack = unfilled(pasted.filled, () => getValues('currentPay'))
    for (const { value } of putBack) setPay(value as PayFormValues | undefined, false)
    const result = readProfilePay(text)
    if (!result.ok) {
      // Said while the line stays unreadable, not only on the keystroke that put it back.
      onPasted({ text, filled: [], putBack: putBack.length > 0 || pasted.putBack })
      return
    }
    // The pay is one field here: its inputs come and go with its kind.
    const before = structuredClone(getValues('currentPay'))
    const after = payFromParsed(result.pay, before)
    setPay(after, true)
    onPasted({ text, filled: filledFields('currentPay', before, after), putBack: false })
  }

  const currency: Currency = pay?.currency ?? 'CNY'
  const rate = currency === 'CNY' ? 1 : settings?.exchangeRates[currency]
  const noRateId = `${id}-no-rate`

  return (
    <fieldset className="profile-group pay">
      <legend>{t('profile.pay.legend')}</legend>
      <p className="hint">{t('profile.pay.hint')}</p>

      <div className="field">
        <label htmlFor={`${id}-paste`}>{t('profile.pay.paste')}</label>
        <input
          id={`${id}-paste`}
          name="payPaste"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={paste}
          placeholder={t('profile.pay.pastePlaceholder')}
          aria-invalid={parsed && !parsed.ok ? true : undefined}
          aria-describedby={`${id}-paste-hint ${id}-reading`}
          onChange={(event) => {
            fill(event.target.value)
          }}
        />
        <p id={`${id}-paste-hint`} className="hint">
          {t('profile.pay.pasteHint')}
        </p>
        <div id={`${id}-reading`} aria-live="polite">
          {parsed ? <ParseReading result={parsed} /> : null}
          {parsed && !parsed.ok && pasted.putBack ? (
            <p className="hint">{t('profile.pay.putBack')}</p>
          ) : null}
        </div>
      </div>

      <div className="pay-choice">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('profile.pay.kind.label')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => {
              setPay(payWithKind(getValues('currentPay'), event.target.value as PayKind), false)
            }}
          >
            {(kind === 'text' ? [...PAY_KINDS, 'text' as const] : PAY_KINDS).map((option) => (
              <option key={option} value={option} disabled={option === 'text'}>
                {t(`profile.pay.kind.${option}`)}
              </option>
            ))}
          </select>
        </div>
        {pay ? (
          <CurrencyField
            id={`${id}-currency`}
            noRateId={rate === undefined ? noRateId : undefined}
          />
        ) : null}
      </div>
      {pay && currency !== 'CNY' && settings ? (
        <ExchangeRateField
          key={currency}
          currency={currency}
          rate={rate}
          warningId={noRateId}
          messages="profile"
        />
      ) : null}
      {pay ? (
        <CheckboxField
          name="currentPayTaxedInChina"
          label={t('profile.pay.taxedInChina')}
          hint={t('profile.pay.taxedInChinaHint')}
        />
      ) : null}

      {pay?.base.kind === 'text' ? (
        <p className="field-error">{t('profile.pay.storedText', { text: pay.base.text })}</p>
      ) : null}
      {kind === 'monthly' ? (
        <AmountFields
          low="currentPay.base.monthly.low"
          high="currentPay.base.monthly.high"
          lowLabel={t('profile.pay.monthlyLow')}
          highLabel={t('profile.pay.monthlyHigh')}
          currency={currency}
          withMonths
        />
      ) : null}
      {kind === 'annual' ? (
        <AmountFields
          low="currentPay.base.annual.low"
          high="currentPay.base.annual.high"
          lowLabel={t('profile.pay.annualLow')}
          highLabel={t('profile.pay.annualHigh')}
          currency={currency}
          withMonths={false}
        />
      ) : null}
      {kind === 'monthly' || kind === 'annual' ? (
        <StockFields name="currentPay.stock" currency={currency} words={PROFILE_WORDS} />
      ) : null}
      {pay && kind !== 'text' && settings ? <CountedPay pay={pay} settings={settings} /> : null}
    </fieldset>
  )
}

function CurrencyField({ id, noRateId }: { id: string; noRateId: string | undefined }) {
  const { t } = useTranslation()
  const { register } = useFormContext<ProfileFormValues>()
  return (
    <div className="field">
      <label htmlFor={id}>{t('profile.pay.currency')}</label>
      <select id={id} aria-describedby={noRateId} {...register('currentPay.currency')}>
        {CURRENCIES.map((currency) => (
          <option key={currency} value={currency}>
            {t(`profile.pay.currencies.${currency}`)}
          </option>
        ))}
      </select>
    </div>
  )
}

function AmountFields({
  low,
  high,
  lowLabel,
  highLabel,
  currency,
  withMonths,
}: {
  low: 'currentPay.base.monthly.low' | 'currentPay.base.annual.low'
  high: 'currentPay.base.monthly.high' | 'currentPay.base.annual.high'
  lowLabel: string
  highLabel: string
  currency: Currency
  withMonths: boolean
}) {
  const { t } = useTranslation()
  const id = useId()
  const { control } = useFormContext<ProfileFormValues>()
  const [bonus, signOn, options] = useWatch({
    control,
    name: ['currentPay.yearEndBonus', 'currentPay.signOn', 'currentPay.options'],
  })
  // Kept from an accepted offer: the form has no inputs for them, so it says they stay.
  const extras = signOn !== undefined || options !== undefined
  return (
    <>
      <div className="pay-amounts">
        <AmountField
          name={low}
          label={lowLabel}
          describedById={`${id}-range-hint`}
          className="amount"
        />
        <AmountField
          name={high}
          label={highLabel}
          describedById={`${id}-range-hint`}
          className="amount"
        />
        {withMonths ? (
          <NumberField
            name="currentPay.base.months"
            label={t('profile.pay.months')}
            min={1}
            max={24}
            step={0.5}
            className="months"
          />
        ) : null}
        {bonus?.kind === 'amount' ? null : (
          <>
            <NumberField
              name="currentPay.yearEndBonus.months"
              label={t('profile.pay.bonus')}
              min={0}
              max={24}
              step={0.5}
              className="months"
            />
            <NumberField
              name="currentPay.yearEndBonus.monthsHigh"
              label={t('profile.pay.bonusHigh')}
              min={0}
              max={24}
              step={0.5}
              className="months"
            />
          </>
        )}
      </div>
      <p id={`${id}-range-hint`} className="hint">
        {t('profile.pay.rangeHint', { currency })}
      </p>
      <p className="hint">
        {withMonths ? `${t('profile.pay.monthsHint')} ` : ''}
        {bonus?.kind === 'amount' ? '' : t('profile.pay.bonusHint')}
        {extras ? `${bonus?.kind === 'amount' ? '' : ' '}${t('profile.pay.keptExtras')}` : ''}
      </p>
      {bonus?.kind === 'amount' ? <BonusAmount /> : null}
    </>
  )
}

/**
 * A year-end bonus stated as an amount (read from a pasted line, "年终奖 5 万"): the form has no
 * input for it, so it is said, and can be taken back to a bonus in months.
 */
function BonusAmount() {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { control, setValue } = useFormContext<ProfileFormValues>()
  const amount = useWatch({ control, name: 'currentPay.yearEndBonus.amount' })
  const low = numberOrUndefined(amount?.low)
  if (low === undefined) return null
  const high = numberOrUndefined(amount?.high) ?? low
  return (
    <p className="hint pay-bonus-amount">
      {t('profile.pay.bonusAmount', {
        amount: formatFenRange(
          { low: fenFromYuan(low), high: fenFromYuan(high) },
          language,
          'year',
        ),
      })}{' '}
      <button
        type="button"
        className="pay-bonus-remove"
        onClick={() => {
          setValue('currentPay.yearEndBonus', undefined, { shouldDirty: true })
        }}
      >
        {t('profile.pay.bonusAmountRemove')}
      </button>
    </p>
  )
}

/** What the parser read from the pasted line, its assumptions, or what it could not read. */
function ParseReading({ result }: { result: ProfilePayReading }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  if (!result.ok) {
    const { error } = result
    if (error.code === 'empty') return null
    const fragment = 'fragment' in error ? error.fragment : ''
    return <p className="field-error">{t(`profile.pay.problem.${error.code}`, { fragment })}</p>
  }
  const { pay } = result
  const parts = [
    pay.kind === 'monthly'
      ? t('profile.pay.readMonthly', {
          monthly: formatFenRange(pay.monthly, language),
          months: pay.months,
        })
      : t('profile.pay.readAnnual', { annual: formatFenRange(pay.annual, language) }),
    t('profile.pay.readCurrency', { currency: pay.currency ?? 'CNY' }),
  ]
  if (pay.bonus) {
    parts.push(
      pay.bonus.kind === 'months'
        ? // "年终奖 20%": the share as written, and the months it was read as (parser26).
          t(pay.bonus.percent ? 'profile.pay.readBonusPercent' : 'profile.pay.readBonusMonths', {
            months: formatMonthsRange(pay.bonus.months, pay.bonus.monthsHigh, language),
            percent: pay.bonus.percent ? formatBonusPercent(pay.bonus.percent) : '',
          })
        : t('profile.pay.readBonusAmount', { amount: formatFenRange(pay.bonus.amount, language) }),
    )
  }
  if (pay.stock) {
    const perYear = formatFenRange(pay.stock.perYear, language)
    const { grant } = pay.stock
    parts.push(
      grant
        ? t('profile.pay.readStockGrant', {
            perYear,
            total: formatFenRange(grant.total, language),
            count: grant.years,
          })
        : t('profile.pay.readStock', { perYear }),
    )
  }
  const notes = [
    ...pay.notes.map((note) => t(`profile.pay.note.${note}`)),
    ...(pay.cashOnly ? [t('profile.pay.cashOnly')] : []),
    ...(pay.stockInside ? [t(`profile.pay.stockInside.${pay.stockInside}`)] : []),
    ...(pay.options ? [t('profile.pay.optionsMentioned')] : []),
    // Read from the line since the parser reads sign-ons (e73a4c4); a current pay has none.
    ...(pay.signOn
      ? [t('profile.pay.signOnNotCounted', { amount: formatFenRange(pay.signOn, language) })]
      : []),
  ]
  return (
    <div className="pay-reading">
      <p>{t('profile.pay.read', { reading: parts.join(language === 'zh-CN' ? '，' : ', ') })}</p>
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

/** The pay as the engine counts it: a year of cash (in yuan), and the bonus within it. */
function CountedPay({ pay, settings }: { pay: PayFormValues; settings: EngineSettings }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const compensation = compensationSchema.safeParse(completePay(pay))
  if (!compensation.success) return null
  const annual = computeAnnualPay(compensation.data, settings, DEFAULT_RULESET)
  if (!annual.ok) return null
  const { cash, annualBonus, stockAveragePerYear, currency, rateToCny } = annual.pay
  let text = t('profile.pay.counted', { cash: formatFenRange(cash, language) })
  if (annualBonus.high > 0) {
    text += t('profile.pay.countedBonus', { bonus: formatFenRange(annualBonus, language) })
  }
  if (stockAveragePerYear.high > 0) {
    text += t('profile.pay.countedStock', { stock: formatFenRange(stockAveragePerYear, language) })
  }
  // A wrong-size rate (saved before the check, or imported) is named where it is used.
  text += convertedAtText(t, language, 'profile', { currency, rateToCny }) ?? ''
  return (
    <p className="pay-counted" data-testid="pay-counted">
      {text}
      {language === 'zh-CN' ? '。' : '.'}
    </p>
  )
}
