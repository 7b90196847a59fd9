import { useState } from 'react'
import { createPortal, flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { Offer } from '../../../../domain/model/offer'
import { checklistApplies } from '../../../../domain/risk/transition-risk'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import type { UiLanguage } from '../../../i18n/i18n'
import { offerFileName } from '../../../report/report-file-name'
import { useServices } from '../../../services'
import { questionsFor, type Question } from './questions-text'
import './questions-print.css'
// The offer's printed page (.report-print) is hidden on screen and shown alone on paper.
import '../../../report/print.css'
import {
  failedStatus,
  printedStatus,
  savedStatus,
  type ExportStatus,
} from '../../../report/export-status'

// The report's writer loads on the first export, not with the offer's screen.
const loadReport = () => import('../../../report/report-module')

type ReportModule = Awaited<ReturnType<typeof loadReport>>

/** The offer's page while it prints: drawn by the loaded report module. */
interface PrintJob {
  Document: ReportModule['OfferDocument']
  model: ReturnType<ReportModule['offerDocumentModel']>
}

/**
 * A question for every item still unknown, to put to the employer in the next interview. The
 * offer can be kept as a Markdown file (its pay, risk, downside, recommendation and these
 * questions: the report's section on it), and the questions printed on their own.
 */
export function QuestionsToAsk({
  offer,
  ruleset,
  live,
}: {
  offer: Offer
  ruleset: Ruleset
  /** The assessment the verdict shows (draft included), which the export writes out. */
  live: LiveAssessment
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { platform } = useServices()
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' })
  const [printing, setPrinting] = useState(false)
  const [printJob, setPrintJob] = useState<PrintJob | null>(null)
  const questions = questionsFor(offer, t, language, ruleset)
  const company = offer.company

  /**
   * The offer's report on paper, as the assessment's is printed (ReportActions): Electron saves
   * the page as a PDF, a browser opens its print dialog. There whether or not questions remain:
   * an offer with every question answered had no Print (new-user trial 17).
   */
  async function printOffer() {
    const now = new Date()
    try {
      const report = await loadReport()
      // The page must hold the offer before it prints: render it now, not on the next frame.
      flushSync(() => {
        setPrintJob({
          Document: report.OfferDocument,
          model: report.offerDocumentModel(live, offer.id, {
            t,
            language,
            now,
            appVersion: __APP_VERSION__,
          }),
        })
      })
      const outcome = await platform.printToPdf(offerFileName(company, now, 'pdf'))
      setStatus(printedStatus(outcome))
    } catch (error) {
      setStatus(failedStatus(t, error))
    } finally {
      setPrintJob(null)
    }
  }

  async function exportMarkdown() {
    const now = new Date()
    try {
      const outcome = await platform.saveTextFile(
        offerFileName(company, now),
        (await loadReport()).offerMarkdown(live, offer.id, {
          t,
          language,
          now,
          appVersion: __APP_VERSION__,
        }),
      )
      setStatus(savedStatus(outcome))
    } catch (error) {
      setStatus(failedStatus(t, error))
    }
  }

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
      <>
        <div
          className="actions verdict-actions"
          role="group"
          aria-label={t('report.offer.actions')}
        >
          <button type="button" onClick={() => void exportMarkdown()}>
            {t('offerVerdict.questions.export')}
          </button>
          <button type="button" onClick={() => void printOffer()}>
            {t('offerVerdict.questions.printOffer')}
          </button>
          {asking ? (
            <button type="button" onClick={print}>
              {t('offerVerdict.questions.print')}
            </button>
          ) : null}
        </div>
        <p className="status" role="status">
          {status.kind === 'saved'
            ? t('offerVerdict.questions.saved', { fileName: status.fileName })
            : status.kind === 'cancelled'
              ? t('offerVerdict.questions.cancelled')
              : status.kind === 'print-dialog'
                ? t('offerVerdict.questions.printDialog')
                : status.kind === 'failed'
                  ? t('offerVerdict.questions.failed', { detail: status.detail })
                  : ''}
        </p>
      </>
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
      {printJob
        ? createPortal(
            <div className="report-print">
              <printJob.Document model={printJob.model} />
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
