import { Fragment } from 'react'
import { ArticleQuote } from './ArticleQuote'
import type { OfferReport } from './offer-report-model'
import type { ReportFrame } from './report-frame'

/**
 * One offer's section of the printed report: the same model, and so the same text, as the
 * offer's section of the Markdown file and of the offer's own export.
 */
export function OfferReportSection({
  section,
  frame,
}: {
  section: OfferReport
  frame: Pick<ReportFrame, 'language' | 'assumptionMark' | 'assumptionGap' | 'punctuate'>
}) {
  const mark = (assumption: boolean) =>
    assumption ? (
      <span className="report-assumption">
        {frame.assumptionGap}
        {frame.assumptionMark}
      </span>
    ) : null
  return (
    <section className="report-offer" data-offer={section.offerId}>
      <h2>{section.heading}</h2>
      {section.blocks.map((block) => (
        <section key={block.kind} className="report-offer-part" data-part={block.kind}>
          <h3>{block.heading}</h3>
          {block.figures.length > 0 ? (
            <dl className="report-summary">
              {block.figures.map((figure) => (
                <div key={figure.label}>
                  <dt>{figure.label}</dt>
                  <dd>
                    <strong>{figure.value}</strong>
                    {figure.note ? (
                      <span className="report-note">{frame.punctuate.aside('', figure.note)}</span>
                    ) : null}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
          {block.sentences.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          {block.lists.map((list, listIndex) => (
            // Rebuilt whole for each print: a list's place in its part is its identity.
            <Fragment key={listIndex}>
              {list.label !== null ? <p className="report-list-label">{list.label}</p> : null}
              <ol className="report-offer-list">
                {list.items.map((item, index) => (
                  // Rebuilt whole for each print: an item's place in the list is its identity.
                  <li key={index}>
                    {item.text}
                    {mark(item.assumption)}
                    {item.detail !== null ? (
                      <span className="report-source">{item.detail}</span>
                    ) : null}
                    {/* The sentence behind the reason, as the Markdown quotes it (trial 23 L3:
                        the page gave its line number alone). */}
                    {item.quote ? (
                      <ArticleQuote
                        words={item.quote.words}
                        rendering={item.quote.rendering}
                        language={frame.language}
                      />
                    ) : null}
                  </li>
                ))}
              </ol>
              {list.after !== null ? <p className="report-list-after">{list.after}</p> : null}
            </Fragment>
          ))}
        </section>
      ))}
    </section>
  )
}
