import { useTranslation } from 'react-i18next'
import type { PayError } from '../../../../domain/pay/annual-pay'

/** What the engine could not read in the offer's pay, and what to do about it. */
export function UnreadablePay({ error }: { error: PayError }) {
  const { t } = useTranslation()
  const values = {
    fragment: 'fragment' in error ? error.fragment : '',
    currency: 'currency' in error ? error.currency : '',
  }
  return (
    <div className="verdict-unreadable" role="status">
      <h3>{t('offerVerdict.unreadable.title')}</h3>
      <p>{t('offerVerdict.unreadable.intro')}</p>
      <p className="verdict-unreadable-what">
        {t(`offerVerdict.unreadable.code.${error.code}`, values)}
      </p>
      <p className="hint">{t('offerVerdict.unreadable.fix')}</p>
    </div>
  )
}
