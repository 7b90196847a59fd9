import type { TFunction } from 'i18next'
import type { Offer } from '../../../../domain/model/offer'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { checklistItemName } from '../../../reasons/offer-reason-text'
import { spaceMixedScripts } from '../../../reasons/names'
import { markdownText } from '../../../report/markdown-text'
import { companyFileNamePart, fileNameDay } from '../../../report/report-file-name'
import { itemKey, unknownItems, type UnknownItem } from './unknown-items'

/** One question to put to the employer, and the item its answer settles. */
export interface Question {
  key: string
  item: UnknownItem
  question: string
  /** The item's name: "Has a model product", "Employer is eager". */
  itemName: string
}

/** An unknown item's name in the interface language. */
export function unknownItemName(
  item: UnknownItem,
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
): string {
  switch (item.kind) {
    case 'checklist':
      return checklistItemName(ruleset, item.id, language)
    case 'employer-eager':
      return t('offerVerdict.questions.name.employerEager')
    case 'funding':
      return t('offerVerdict.questions.name.funding')
  }
}

function questionText(item: UnknownItem, t: TFunction): string {
  switch (item.kind) {
    case 'checklist':
      return t(`offerVerdict.questions.item.${item.id}`)
    case 'employer-eager':
      return t('offerVerdict.questions.item.employerEager')
    case 'funding':
      return t('offerVerdict.questions.item.funding')
  }
}

/** The questions for every item of the offer still unknown, in the interface language. */
export function questionsFor(
  offer: Offer,
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
): Question[] {
  return unknownItems(offer).map((item) => ({
    key: itemKey(item),
    item,
    question: spaceMixedScripts(questionText(item, t), language),
    itemName: unknownItemName(item, t, language, ruleset),
  }))
}

/** The questions as a Markdown file to take to the interview. */
export function questionsMarkdown(
  offer: Offer,
  questions: readonly Question[],
  t: TFunction,
  language: UiLanguage,
  now: Date,
): string {
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(now)
  const lines = [
    `# ${markdownText(t('offerVerdict.questions.markdown.title', { company: offer.company }))}`,
    '',
  ]
  if (offer.role) {
    lines.push(markdownText(t('offerVerdict.questions.markdown.role', { role: offer.role })), '')
  }
  lines.push(markdownText(t('offerVerdict.questions.markdown.intro', { date })), '')
  questions.forEach((question, index) => {
    // A hard line break (two spaces) keeps the item on its own line inside the list entry.
    lines.push(
      `${String(index + 1)}. ${markdownText(question.question)}  `,
      `   ${markdownText(t('offerVerdict.questions.settles', { item: question.itemName }))}`,
    )
  })
  return `${lines.join('\n')}\n`
}

/** tidemark-questions-<company>-2026-11-29.md, the company cut to a safe, short part. */
export function questionsFileName(company: string, now: Date): string {
  const part = companyFileNamePart(company)
  const day = fileNameDay(now)
  return part ? `tidemark-questions-${part}-${day}.md` : `tidemark-questions-${day}.md`
}
