import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext } from 'react-hook-form'
import { CHECKLIST_ANSWERS } from '../../../../domain/model/enums'
import type { OfferPath } from './form-controls'
import type { OfferFormFields } from './offer-form-fields'

/**
 * A yes / no / don't-know question as a radio group: its legend is the question, and what it
 * rests on (a hint, the article's sentence) follows the answers.
 */
export function AnswerRadios({
  name,
  legend,
  hint,
  children,
}: {
  name: OfferPath
  legend: ReactNode
  hint?: ReactNode
  /** What follows the answers: the article's sentence. */
  children?: ReactNode
}) {
  const { t } = useTranslation()
  const id = useId()
  const { register } = useFormContext<OfferFormFields>()
  return (
    <fieldset
      className="oe-question"
      aria-describedby={hint === undefined ? undefined : `${id}-hint`}
    >
      <legend>{legend}</legend>
      <div className="oe-answers">
        {CHECKLIST_ANSWERS.map((answer) => (
          <label key={answer} className={`oe-answer oe-answer-${answer}`}>
            <input type="radio" value={answer} {...register(name)} />
            <span>{t(`offerEditor.answers.${answer}`)}</span>
          </label>
        ))}
      </div>
      {hint === undefined ? null : (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children}
    </fieldset>
  )
}
