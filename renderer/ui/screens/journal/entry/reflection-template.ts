import type { TFunction } from 'i18next'

/** The weekly reflection as Markdown headings in the interface's language, ready to fill. */
export function weeklyTemplate(t: TFunction): string {
  return [
    `## ${t('journalEntry.template.learned')}`,
    '',
    '- ',
    '',
    `## ${t('journalEntry.template.shipped')}`,
    '',
    '- ',
    '',
    `## ${t('journalEntry.template.next')}`,
    '',
    '- ',
    '',
  ].join('\n')
}
