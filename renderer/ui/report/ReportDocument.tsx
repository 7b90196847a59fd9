import { ArticleQuote } from './ArticleQuote'
import { OfferPickSection } from './OfferPickSection'
import { OfferReportSection } from './OfferReportSection'
import type { ReportModel, ReportTable } from './report-model'

/**
 * The report as a printed page (the PDF): the same model the Markdown file is written from, so
 * both say the same thing. Shown only in print, by print.css.
 */
export function ReportDocument({ report }: { report: ReportModel }) {
  const { aside } = report.punctuate
  const mark = (assumption: boolean) =>
    assumption ? (
      <span className="report-assumption">
        {report.assumptionGap}
        {report.assumptionMark}
      </span>
    ) : null
  return (
    <article className="report-document" lang={report.language}>
      <header>
        <h1>{report.title}</h1>
        <p className="report-subtitle">{report.subtitle}</p>
        {report.notices.map((notice) => (
          <p key={notice} className="report-notice">
            {notice}
          </p>
        ))}
      </header>

      <section>
        <h2>{report.summary.heading}</h2>
        <dl className="report-summary">
          {report.summary.items.map((line) => (
            <div key={line.label}>
              <dt>{line.label}</dt>
              <dd>
                <strong>{line.value}</strong>
                {/* The note in the language's brackets, after the figure. */}
                {line.note ? <span className="report-note">{aside('', line.note)}</span> : null}
                {mark(line.assumption)}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section>
        <h2>{report.skills.heading}</h2>
        {report.skills.items.length > 0 ? (
          <Table columns={report.skills.columns} rows={report.skills.items} />
        ) : (
          <p>{report.skills.empty}</p>
        )}
      </section>

      {report.changedRules ? (
        <section>
          <h2>{report.changedRules.heading}</h2>
          <ul className="report-changed-rules">
            {report.changedRules.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section>
        <h2>{report.reasons.heading}</h2>
        {report.reasons.items.length > 0 ? (
          <ol className="report-reasons">
            {report.reasons.items.map((reason, index) => (
              // Rebuilt whole for each print: a reason's place in the list is its identity.
              <li key={index}>
                <p className="report-reason">
                  <strong>{reason.sentence}</strong>
                  {mark(reason.assumption)}
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
        ) : (
          <p>{report.reasons.empty}</p>
        )}
      </section>

      <section>
        <h2>{report.gaps.heading}</h2>
        {report.gaps.items.length > 0 ? (
          <ol>
            {report.gaps.items.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ol>
        ) : (
          <p>{report.gaps.empty}</p>
        )}
      </section>

      <section>
        <h2>{report.assumptions.heading}</h2>
        {report.assumptions.items.length > 0 ? (
          <>
            <p>{report.assumptions.intro}</p>
            <ul>
              {report.assumptions.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{report.assumptions.empty}</p>
        )}
      </section>

      {report.offers?.pick ? <OfferPickSection pick={report.offers.pick} report={report} /> : null}
      {report.offers ? (
        <section>
          <h2>{report.offers.heading}</h2>
          <Table columns={report.offers.columns} rows={report.offers.items} />
        </section>
      ) : null}

      {report.offerReports.map((section) => (
        <OfferReportSection key={section.offerId} section={section} frame={report} />
      ))}

      <footer className="report-footer">{report.footer}</footer>
    </article>
  )
}

function Table({ columns, rows }: ReportTable) {
  return (
    <table className="report-table">
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col" className={column.numeric ? 'numeric' : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => (
          // Rows have no id of their own, and the table is rebuilt whole for each print.
          <tr key={rowIndex}>
            {row.map((cell, cellIndex) => {
              const column = columns[cellIndex]
              return (
                <td key={cellIndex} className={column?.numeric ? 'numeric' : undefined}>
                  {cell}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
