import { markdownText as text } from './markdown-text'
import type { ReportModel, ReportPick } from './report-model'

/**
 * The comparison's answer to "which one?" in Markdown, a section before the offers' table: the answer in
 * bold, its sentence, any notes, then each reason with its source, as the reasons section writes
 * them (a hard break after the sentence, the quote indented in the item).
 */
export function offerPickMarkdown(pick: ReportPick, report: ReportModel): string {
  const mark = (assumption: boolean) => (assumption ? ` *${text(report.assumptionMark)}*` : '')
  const blocks = [`## ${text(pick.heading)}`, `**${text(pick.answer)}**\\\n${text(pick.sentence)}`]
  if (pick.notes.length > 0) blocks.push(pick.notes.map((note) => `- ${text(note)}`).join('\n'))
  blocks.push(
    pick.reasons
      .map((reason, index) => {
        const number = `${String(index + 1)}. `
        const indent = ' '.repeat(number.length)
        const lines = [
          `${number}${text(reason.sentence)}${mark(reason.assumption)}\\`,
          `${indent}${text(reason.source)}`,
        ]
        if (reason.quote !== null) lines.push(`${indent}> ${text(reason.quote)}`, `${indent}>`)
        lines.push(`${indent}> ${text(reason.rendering)}`)
        return lines.join('\n')
      })
      .join('\n\n'),
  )
  return blocks.join('\n\n')
}
