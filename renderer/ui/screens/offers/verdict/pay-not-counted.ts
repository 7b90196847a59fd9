import type { TFunction } from 'i18next'
import type { Compensation } from '../../../../domain/model/compensation'
import type { UiLanguage } from '../../../i18n/i18n'
import { listText } from '../../skills/editor/skill-text'
import { looksLikeStock, readPayLine } from '../editor/pay-line'

/** A part of the pay's text that no figure counts, and whether it names stock. */
export interface NotCountedPart {
  fragment: string
  stock: boolean
}

/**
 * The pay as the user wrote it, where the stored offer keeps it: a pay stored as text. The
 * offer form keeps no pasted line once it has filled the fields from it (see PayPaste).
 */
export function storedPayText(pay: Compensation): string | null {
  return pay.base.kind === 'text' ? pay.base.text : null
}

/**
 * What the pay's stored text names that the figures leave out: the parts the offer form lists
 * as unread under a pasted line ("股票" of "base 4-5万，16薪，另有股票"), read by the form's own
 * reader, so the verdict and the comparison name the same parts the form did. Stock the text
 * names is counted once the offer has its own stock entered, and is not listed then.
 */
export function payPartsNotCounted(pay: Compensation): NotCountedPart[] {
  const text = storedPayText(pay)
  if (text === null || text.trim() === '') return []
  return readPayLine(text)
    .unread.map((fragment) => ({ fragment, stock: looksLikeStock(fragment) }))
    .filter((part) => !(part.stock && pay.stock))
}

/** The parts in words: stock said to have no value given, anything else said not read. */
function partsText(
  parts: readonly NotCountedPart[],
  words: 'offerVerdict.pay.notCountedPart' | 'offerCompare.cells.notCountedPart',
  t: TFunction,
  language: UiLanguage,
): string {
  return listText(
    parts.map((part) =>
      t(`${words}.${part.stock ? 'stock' : 'unread'}`, { fragment: part.fragment }),
    ),
    language,
  )
}

/** The verdict's line under the pay figures; null when everything written is counted. */
export function notCountedVerdictText(
  parts: readonly NotCountedPart[],
  t: TFunction,
  language: UiLanguage,
): string | null {
  if (parts.length === 0) return null
  return t('offerVerdict.pay.notCounted', {
    parts: partsText(parts, 'offerVerdict.pay.notCountedPart', t, language),
    stock: parts.some((part) => part.stock) ? t('offerVerdict.pay.notCountedStockHint') : '',
  })
}

/** The comparison's short note in an offer's cell; null when everything written is counted. */
export function notCountedCellText(
  parts: readonly NotCountedPart[],
  t: TFunction,
  language: UiLanguage,
): string | null {
  if (parts.length === 0) return null
  return t('offerCompare.cells.notCounted', {
    parts: partsText(parts, 'offerCompare.cells.notCountedPart', t, language),
  })
}
