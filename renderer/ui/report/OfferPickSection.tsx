import { ArticleQuote } from './ArticleQuote'
import type { ReportModel, ReportPick } from './report-model'

/** The comparison's answer to "which one?" on the printed page, a section just before the offers' table. */
export function OfferPickSection({ pick, report }: { pick: ReportPick; report: ReportModel }) {
  return (
    <section className="report-pick">
      <h2>{pick.heading}</h2>
      <p>
        <strong>{pick.answer}</strong>
        <br />
        {pick.sentence}
      </p>
      {pick.notes.map((note) => (
        <p key={note} className="report-note">
          {note}
        </p>
      ))}
      <ol className="report-reasons">
        {pick.reasons.map((reason, index) => (
          // Rebuilt whole for each print: a reason's place in the list is its identity.
          <li key={index}>
            <p className="report-reason">
              {reason.sentence}
              {reason.assumption ? (
                <span className="report-assumption">
                  {report.assumptionGap}
                  {report.assumptionMark}
                </span>
              ) : null}
            </p>
            <p className="report-source">{reason.source}</p>
            <ArticleQuote
              words={reason.quote}
              rendering={reason.rendering}
              language={report.language}
            />
          </li>
        ))}
      </ol>
    </section>
  )
}
