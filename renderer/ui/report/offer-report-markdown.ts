import type { LiveAssessment } from '../hooks/use-assessment'
import { markdownText } from './markdown-text'
import { offerReport, type OfferReport } from './offer-report-model'
import { reportFrame, type ReportFrame, type ReportOptions } from './report-frame'

/**
 * One offer's section as Markdown: "## Offer: …", a "###" heading a part. The full report
 * writes each offer with this too, so the section reads the same in both files.
 */
export function offerSectionMarkdown(
  section: OfferReport,
  frame: Pick<ReportFrame, 'assumptionMark' | 'punctuate'>,
): string {
  const text = markdownText
  const { labelled, aside } = frame.punctuate
  const mark = (assumption: boolean) => (assumption ? ` *${text(frame.assumptionMark)}*` : '')
  const blocks: string[] = [`## ${text(section.heading)}`]
  for (const block of section.blocks) {
    blocks.push(`### ${text(block.heading)}`)
    if (block.figures.length > 0) {
      blocks.push(
        block.figures
          .map((figure) => {
            const value = `**${text(figure.value)}**`
            return `- ${labelled(text(figure.label), figure.note ? aside(value, text(figure.note)) : value)}`
          })
          .join('\n'),
      )
    }
    for (const sentence of block.sentences) blocks.push(text(sentence))
    for (const list of block.lists) {
      if (list.label !== null) blocks.push(text(list.label))
      blocks.push(
        list.items
          .map((item, index) => {
            const number = `${String(index + 1)}. `
            const first = `${number}${text(item.text)}${mark(item.assumption)}`
            // A hard break (backslash) keeps the detail on its own line inside the item; the
            // sentence behind it follows as a quote, indented into the item.
            const indent = ' '.repeat(number.length)
            if (item.detail === null) return first
            const lines = [`${first}\\`, `${indent}${text(item.detail)}`]
            if (item.quote) {
              if (item.quote.words !== null)
                lines.push(`${indent}> ${text(item.quote.words)}`, `${indent}>`)
              lines.push(`${indent}> ${text(item.quote.rendering)}`)
            }
            return lines.join('\n')
          })
          // A blank line between quoted items: a "2." after a quote would run into it.
          .join(list.items.some((item) => item.quote) ? '\n\n' : '\n'),
      )
      if (list.after !== null) blocks.push(text(list.after))
    }
  }
  return blocks.join('\n\n')
}

/** One offer as a Markdown file of its own: the report's frame around the offer's section. */
export function offerMarkdown(
  live: LiveAssessment,
  offerId: string,
  options: ReportOptions,
): string {
  const found = live.assessment.offers.find((candidate) => candidate.offerId === offerId)
  if (!found) throw new Error(`No assessment for offer ${offerId}`)
  const frame = reportFrame(live, options)
  const text = markdownText
  const blocks = [`# ${text(options.t('report.offer.title'))}`, text(frame.subtitle)]
  for (const notice of frame.notices) blocks.push(`> ${text(notice)}`)
  blocks.push(offerSectionMarkdown(offerReport(live, found, options), frame))
  blocks.push('---', `*${text(frame.footer)}*`)
  return `${blocks.join('\n\n')}\n`
}
