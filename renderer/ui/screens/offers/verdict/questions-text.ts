import type { TFunction } from 'i18next'
import type { Offer } from '../../../../domain/model/offer'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { checklistItemName } from '../../../reasons/offer-reason-text'
import { spaceMixedScripts } from '../../../reasons/names'
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
