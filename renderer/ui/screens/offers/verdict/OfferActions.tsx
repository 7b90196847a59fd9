import { useRef, useState } from 'react'
import { createPortal, flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { Offer } from '../../../../domain/model/offer'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import type { UiLanguage } from '../../../i18n/i18n'
import { offerFileName } from '../../../report/report-file-name'
import { useServices } from '../../../services'
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
 * The whole offer kept as a file: its report section as Markdown (pay, risk, downside,
 * recommendation, questions), or printed (Electron saves a PDF, a browser opens its print
 * dialog). A block of its own under the verdict, with its heading: under 'Questions to ask' it
 * read as an action on the questions alone (review 23 #8).
 */
export function OfferActions({
  offer,
  live,
}: {
  offer: Offer
  /** The assessment the verdict shows (draft included), which the export writes out. */
  live: LiveAssessment
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { platform } = useServices()
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' })
  const [printJob, setPrintJob] = useState<PrintJob | null>(null)
  // One export at a time, as the assessment's (ReportActions): a second click while Electron
  // prints started a second job (review 23 #8). A ref, so two clicks before React draws the
  // 'working' state are caught too.
  const busy = useRef(false)
  const working = status.kind === 'working'
  const company = offer.company

  async function once(job: () => Promise<ExportStatus>) {
    if (busy.current) return
    busy.current = true
    setStatus({ kind: 'working' })
    try {
      setStatus(await job())
    } catch (error) {
      setStatus(failedStatus(t, error))
    } finally {
      busy.current = false
    }
  }

  const options = (now: Date) => ({ t, language, now, appVersion: __APP_VERSION__ })

  /** There whether or not questions remain (new-user trial 17). */
  const printOffer = () =>
    once(async () => {
      const now = new Date()
      try {
        const report = await loadReport()
        // The page must hold the offer before it prints: render it now, not on the next frame.
        flushSync(() => {
          setPrintJob({
            Document: report.OfferDocument,
            model: report.offerDocumentModel(live, offer.id, options(now)),
          })
        })
        return printedStatus(await platform.printToPdf(offerFileName(company, now, 'pdf')))
      } finally {
        setPrintJob(null)
      }
    })

  const exportMarkdown = () =>
    once(async () => {
      const now = new Date()
      const text = (await loadReport()).offerMarkdown(live, offer.id, options(now))
      return savedStatus(await platform.saveTextFile(offerFileName(company, now), text))
    })

  return (
    <section className="verdict-block" aria-labelledby="verdict-actions-title">
      <h3 id="verdict-actions-title">{t('report.offer.actions')}</h3>
      <div className="actions verdict-actions">
        {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
        <button type="button" aria-disabled={working} onClick={() => void exportMarkdown()}>
          {t('offerVerdict.questions.export')}
        </button>
        <button type="button" aria-disabled={working} onClick={() => void printOffer()}>
          {t('offerVerdict.questions.printOffer')}
        </button>
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
