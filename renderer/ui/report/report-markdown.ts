import type { LiveAssessment } from '../hooks/use-assessment'
import { markdownTable, markdownText } from './markdown-text'
import { offerPickMarkdown } from './offer-pick-markdown'
import { offerSectionMarkdown } from './offer-report-markdown'
import { buildReportModel, type ReportModel, type ReportOptions } from './report-model'

/** The self-assessment as a Markdown file, in the user's language. */
export function assessmentMarkdown(live: LiveAssessment, options: ReportOptions): string {
  return reportMarkdown(buildReportModel(live, options))
}

/** A report written as Markdown: every text escaped, tables as GitHub reads them. */
export function reportMarkdown(report: ReportModel): string {
  const text = markdownText
  const { labelled, aside } = report.punctuate
  const mark = (assumption: boolean) => (assumption ? ` *${text(report.assumptionMark)}*` : '')
  const blocks: string[] = [`# ${text(report.title)}`, text(report.subtitle)]
  for (const notice of report.notices) blocks.push(`> ${text(notice)}`)

  blocks.push(`## ${text(report.summary.heading)}`)
  blocks.push(
    report.summary.items
      .map((line) => {
        const value = `**${text(line.value)}**`
        const figure = line.note ? aside(value, text(line.note)) : value
        return `- ${labelled(text(line.label), figure)}${mark(line.assumption)}`
      })
      .join('\n'),
  )

  blocks.push(`## ${text(report.skills.heading)}`)
  blocks.push(
    report.skills.items.length > 0
      ? markdownTable(report.skills.columns, report.skills.items)
      : text(report.skills.empty),
  )

  if (report.changedRules) {
    blocks.push(`## ${text(report.changedRules.heading)}`)
    blocks.push(report.changedRules.items.map((item) => `- ${text(item)}`).join('\n'))
  }

  blocks.push(`## ${text(report.reasons.heading)}`)
  blocks.push(
    report.reasons.items.length > 0
      ? report.reasons.items
          .map((reason, index) => {
            const number = `${String(index + 1)}. `
            // Continuation lines indented to the item's text, so they stay in the item; the
            // backslash ends the sentence's line (a hard break), so the source reads below it.
            const indent = ' '.repeat(number.length)
            const lines = [
              `${number}**${text(reason.sentence)}**${mark(reason.assumption)}\\`,
              `${indent}${text(reason.source)}`,
            ]
            if (reason.quote !== null) lines.push(`${indent}> ${text(reason.quote)}`, `${indent}>`)
            lines.push(`${indent}> ${text(reason.rendering)}`)
            return lines.join('\n')
          })
          .join('\n\n')
      : text(report.reasons.empty),
  )

  blocks.push(`## ${text(report.gaps.heading)}`)
  blocks.push(
    report.gaps.items.length > 0
      ? report.gaps.items.map((gap, index) => `${String(index + 1)}. ${text(gap)}`).join('\n')
      : text(report.gaps.empty),
  )

  blocks.push(`## ${text(report.assumptions.heading)}`)
  if (report.assumptions.items.length > 0) {
    blocks.push(text(report.assumptions.intro))
    blocks.push(report.assumptions.items.map((item) => `- ${text(item)}`).join('\n'))
  } else {
    blocks.push(text(report.assumptions.empty))
  }

  if (report.offers) {
    // The answer first, in a section of its own just before the figures it rests on.
    if (report.offers.pick) blocks.push(offerPickMarkdown(report.offers.pick, report))
    blocks.push(`## ${text(report.offers.heading)}`)
    blocks.push(markdownTable(report.offers.columns, report.offers.items))
  }
  // Each offer in full, as its own export writes it.
  for (const section of report.offerReports) blocks.push(offerSectionMarkdown(section, report))

  blocks.push('---', `*${text(report.footer)}*`)
  return `${blocks.join('\n\n')}\n`
}
