import type { TFunction } from 'i18next'
import { useState } from 'react'
import { createPortal, flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { LiveAssessment } from '../hooks/use-assessment'
import type { UiLanguage } from '../i18n/i18n'
import { useServices } from '../services'
import { reportFileName } from './report-file-name'
import type { ReportModel } from './report-model'
import './print.css'
import { failedStatus, printedStatus, savedStatus, type ExportStatus } from './export-status'

type ReportModule = typeof import('./report-module')

const loadReport = (): Promise<ReportModule> => import('./report-module')

/** What the printed page shows while a PDF is made: the report, drawn by the loaded module. */
interface PrintJob {
  Document: ReportModule['ReportDocument']
  report: ReportModel
}

/**
 * Export the self-assessment: a Markdown file, or a PDF (Electron prints the page to a file the
 * user places; a browser opens its print dialog). The report's code loads on the first click.
 */
export function ReportActions({ live }: { live: LiveAssessment }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { platform } = useServices()
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' })
  const [printJob, setPrintJob] = useState<PrintJob | null>(null)
  const working = status.kind === 'working'

  const options = (now: Date) => ({ t, language, now, appVersion: __APP_VERSION__ })

  async function exportMarkdown() {
    if (working) return
    setStatus({ kind: 'working' })
    try {
      const report = await loadReport()
      const now = new Date()
      const text = report.assessmentMarkdown(live, options(now))
      const outcome = await platform.saveTextFile(reportFileName(now, 'md'), text)
      setStatus(savedStatus(outcome))
    } catch (error) {
      setStatus(failedStatus(t, error))
    }
  }

  async function exportPdf() {
    if (working) return
    setStatus({ kind: 'working' })
    try {
      const report = await loadReport()
      const now = new Date()
      // The page must show the report before it is printed: render it now, not on the next frame.
      flushSync(() => {
        setPrintJob({
          Document: report.ReportDocument,
          report: report.buildReportModel(live, options(now)),
        })
      })
      const outcome = await platform.printToPdf(reportFileName(now, 'pdf'))
      setStatus(printedStatus(outcome))
    } catch (error) {
      setStatus(failedStatus(t, error))
    } finally {
      setPrintJob(null)
    }
  }

  return (
    <div className="report-actions" role="group" aria-label={t('report.actions.label')}>
      <div className="actions">
        {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
        <button type="button" aria-disabled={working} onClick={() => void exportMarkdown()}>
          {t('report.actions.markdown')}
        </button>
        <button type="button" aria-disabled={working} onClick={() => void exportPdf()}>
          {t('report.actions.pdf')}
        </button>
      </div>
      {platform.kind === 'browser' ? (
        <p className="hint">{t('report.actions.browserHint')}</p>
      ) : null}
      <p className="status" role="status">
        {statusText(status, t)}
      </p>
      {printJob
        ? createPortal(
            <div className="report-print">
              <printJob.Document report={printJob.report} />
            </div>,
            document.body,
          )
        : null}
    </div>
  )
}

function statusText(status: ExportStatus, t: TFunction): string {
  switch (status.kind) {
    case 'idle':
      return ''
    case 'working':
      return t('report.actions.preparing')
    case 'saved':
      return t('report.actions.saved', { fileName: status.fileName })
    case 'cancelled':
      return t('report.actions.cancelled')
    case 'print-dialog':
      return t('report.actions.printDialog')
    case 'failed':
      return t('report.actions.failed', { detail: status.detail })
  }
}
