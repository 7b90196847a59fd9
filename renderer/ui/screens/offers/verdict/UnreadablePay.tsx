import { useTranslation } from 'react-i18next'
import type { PayError, PayRefusal } from '../../../../domain/pay/annual-pay'
import { namedPayProblem } from '../pay-problem-words'
import { unreadableWords } from './unreadable-words'

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
  // A sign-on said to be inside the figure, a currency the app does not hold, a decimal comma:
  // the offer form's own words (namedPayProblem), naming what to do, not the general 'More than
  // one figure' or 'could not read' (editor23 note, review 24 L11).
  const what =
    (refusal ? undefined : namedPayProblem(t, error, values.fragment)) ??
    t(`offerVerdict.unreadable.code.${code}`, values)
  const { key: words, whatLine } = unreadableWords(error)
  return (
    // A missing rate is a step still to take, not an error: drawn as a notice.
    <div
      className="verdict-unreadable"
      data-kind={whatLine ? 'unreadable' : 'no-rate'}
      role="status"
    >
      <h3>{t(`${words}.title`, values)}</h3>
      <p>{t(`${words}.intro`, values)}</p>
      {whatLine ? <p className="verdict-unreadable-what">{what}</p> : null}
      <p className="hint">{t(`${words}.fix`, values)}</p>
    </div>
  )
}
