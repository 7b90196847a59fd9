import type { OfferAssessment } from '../../domain/assess'
import type { LiveAssessment } from '../hooks/use-assessment'
import { OfferReportSection } from './OfferReportSection'
import { offerReport, type OfferReport } from './offer-report-model'
import { reportFrame, type ReportFrame, type ReportOptions } from './report-frame'

/** One offer as a printed page of its own: what its Markdown file holds, from the same model. */
export interface OfferDocumentModel {
  title: string
  frame: ReportFrame
  section: OfferReport
}

export function offerDocumentModel(
  live: LiveAssessment,
  offerId: string,
  options: ReportOptions,
): OfferDocumentModel {
  const found: OfferAssessment | undefined = live.assessment.offers.find(
    (candidate) => candidate.offerId === offerId,
  )
  if (!found) throw new Error(`No assessment for offer ${offerId}`)
  return {
    title: options.t('report.offer.title'),
    frame: reportFrame(live, options),
    section: offerReport(live, found, options),
  }
}

/**
 * The offer's printed page (print.css shows it alone on paper): the frame the offer's Markdown
 * has (title, date and rules, notices, footer) around its section. The verdict prints it
 * whether or not questions remain (new-user trial 17: an offer with every question answered
 * had no Print at all).
 */
export function OfferDocument({ model }: { model: OfferDocumentModel }) {
  const { title, frame, section } = model
  return (
    <article className="report-document" lang={frame.language}>
      <header>
        <h1>{title}</h1>
        <p className="report-subtitle">{frame.subtitle}</p>
        {frame.notices.map((notice) => (
          <p key={notice} className="report-notice">
            {notice}
          </p>
        ))}
      </header>
      <OfferReportSection section={section} frame={frame} />
      <footer className="report-footer">{frame.footer}</footer>
    </article>
  )
}
