import { useTranslation } from 'react-i18next'
import type { PayError, PayRefusal } from '../../../../domain/pay/annual-pay'

/** What the engine could not read in the offer's pay, and what to do about it. */
export function UnreadablePay({
  error,
  refusal,
}: {
  error: PayError
  /** Why the parser refused it (a stock cliff…), said as the offer form says it. */
  refusal?: PayRefusal | undefined
}) {
  const { t } = useTranslation()
  const values = {
    fragment: 'fragment' in error ? error.fragment : '',
    currency: 'currency' in error ? error.currency : '',
  }
  const code = refusal ?? error.code
  return (
    <div className="verdict-unreadable" role="status">
      <h3>{t('offerVerdict.unreadable.title')}</h3>
      <p>{t('offerVerdict.unreadable.intro')}</p>
      <p className="verdict-unreadable-what">{t(`offerVerdict.unreadable.code.${code}`, values)}</p>
      <p className="hint">{t('offerVerdict.unreadable.fix')}</p>
    </div>
  )
}
