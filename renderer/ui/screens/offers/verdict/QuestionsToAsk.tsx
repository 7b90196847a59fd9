import { useState } from 'react'
import { createPortal, flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { Offer } from '../../../../domain/model/offer'
import { checklistApplies } from '../../../../domain/risk/transition-risk'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { questionsFor, type Question } from './questions-text'
import './questions-print.css'

/**
 * A question for every item still unknown, to put to the employer in the next interview, and
 * printed on their own. The whole offer's Markdown and print are OfferActions', below.
 */
export function QuestionsToAsk({ offer, ruleset }: { offer: Offer; ruleset: Ruleset }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const [printing, setPrinting] = useState(false)
  const questions = questionsFor(offer, t, language, ruleset)
  const company = offer.company

  function print() {
    // The printed page holds the questions alone: put them on the page before the dialog opens,
    // and take them off once it has printed ('afterprint'), not when print() returns: in
    // Electron print() returns at once, before the page is laid out for paper, and taking the
    // copy off then printed the whole form (trial 16 #8).
    window.addEventListener(
      'afterprint',
      () => {
        setPrinting(false)
      },
      { once: true },
    )
    flushSync(() => {
      setPrinting(true)
    })
    window.print()
  }

  const asking = questions.length > 0
  return (
    <section className="verdict-block" aria-labelledby="verdict-questions-title">
      <h3 id="verdict-questions-title">{t('offerVerdict.questions.title')}</h3>
      {asking ? (
        <>
          <p>{t('offerVerdict.questions.intro', { company })}</p>
          <QuestionList
            questions={questions}
            label={t('offerVerdict.questions.listLabel', { company })}
          />
        </>
      ) : (
        <p className="hint">
          {t(
            checklistApplies(offer)
              ? 'offerVerdict.questions.none'
              : 'offerVerdict.questions.noneNoChecklist',
          )}
        </p>
      )}
      {asking ? (
        <div className="actions verdict-actions">
          <button type="button" onClick={print}>
            {t('offerVerdict.questions.print')}
          </button>
        </div>
      ) : null}
      {printing
        ? createPortal(
            <div className="offer-questions-print">
              <h1>{t('offerVerdict.questions.markdown.title', { company })}</h1>
              {offer.role ? (
                <p>{t('offerVerdict.questions.markdown.role', { role: offer.role })}</p>
              ) : null}
              <QuestionList questions={questions} />
            </div>,
            document.body,
          )
        : null}
    </section>
  )
}

function QuestionList({
  questions,
  label,
}: {
  questions: readonly Question[]
  label?: string | undefined
}) {
  const { t } = useTranslation()
  return (
    <ol className="verdict-questions" aria-label={label}>
      {questions.map((question) => (
        <li key={question.key} data-item={question.key}>
          <span className="verdict-question">{question.question}</span>
          <span className="verdict-settles">
            {t('offerVerdict.questions.settles', { item: question.itemName })}
          </span>
        </li>
      ))}
    </ol>
  )
}
