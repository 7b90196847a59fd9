import { useTranslation } from 'react-i18next'
import type { OfferAssessment } from '../../../../domain/assess'
import type { Fen } from '../../../../domain/money'
import type { Range } from '../../../../domain/range'
import { formatFenRange } from '../../../format/amount'
import { convertedAtText } from '../../../format/rate-wrong'
import type { UiLanguage } from '../../../i18n/i18n'

/** Whether the form's values make an offer: the engine's reading is shown only for them. */
export type FormReadiness = 'valid' | 'invalid' | 'empty'

const same = (a: Range<Fen>, b: Range<Fen>) => a.low === b.low && a.high === b.high

/**
 * The pay as the engine reads it for this offer (its assessment, draft included): a year of
 * cash with the bonus within it, and year one and a typical year where sign-on, stock or
 * options make them differ. Ranges stay ranges.
 */
export function CountedPay({
  assessment,
  readiness,
  onShowProblems,
}: {
  assessment: OfferAssessment | undefined
  readiness: FormReadiness
  /** Marks every input the schema refuses and focuses the first. */
  onShowProblems: () => void
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const stop = language === 'zh-CN' ? '。' : '.'
  let body: string[]
  if (readiness === 'invalid') body = [t('offerEditor.pay.counted.invalid')]
  else if (readiness === 'empty' || !assessment) body = [t('offerEditor.pay.counted.pending')]
  else if (!assessment.ok) {
    const { error } = assessment
    body = [
      error.code === 'no-exchange-rate'
        ? t('offerEditor.pay.counted.noRate', { currency: error.currency })
        : t('offerEditor.pay.counted.unreadable'),
    ]
  } else {
    const { pay } = assessment
    const year = (range: Range<Fen>) => formatFenRange(range, language, 'year')
    let cash = t('offerEditor.pay.counted.cash', { cash: year(pay.cash) })
    if (pay.annualBonus.high > 0) {
      cash += t('offerEditor.pay.counted.bonus', {
        bonus: formatFenRange(pay.annualBonus, language),
      })
    }
    body = [`${cash}${stop}`]
    const totalsDiffer = !same(pay.totalYearOne, pay.cash) || !same(pay.totalRecurring, pay.cash)
    if (totalsDiffer) {
      const separator = language === 'zh-CN' ? '；' : '; '
      body.push(
        `${t('offerEditor.pay.counted.yearOne', { total: year(pay.totalYearOne) })}${separator}${t(
          'offerEditor.pay.counted.typical',
          { total: year(pay.totalRecurring) },
        )}${stop}`,
      )
    }
    if (pay.optionsUncounted) {
      const uncounted = pay.optionsUncounted
      body.push(
        t(`offerEditor.pay.counted.optionsUncounted.${uncounted.reason}`, {
          currency: 'currency' in uncounted ? uncounted.currency : '',
        }),
      )
    }
    // A wrong-size rate (saved before the check, or imported) is named where it is used.
    const converted = convertedAtText(t, language, 'offerForm', pay)
    if (converted !== null) body.push(converted)
  }
  const quiet = readiness !== 'valid' || !assessment?.ok
  return (
    <div
      className={quiet ? 'oe-counted oe-counted-quiet' : 'oe-counted'}
      data-testid="offer-counted"
    >
      {body.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {readiness === 'invalid' ? (
        <button type="button" className="oe-show-problems" onClick={onShowProblems}>
          {t('offerEditor.pay.counted.showProblems')}
        </button>
      ) : null}
    </div>
  )
}
