import type { TFunction } from 'i18next'
import { CHECKLIST_ANSWERS } from '../../../../domain/model/enums'
import type { ChecklistAnswer } from './offer-form-fields'

/**
 * What a folded group of the offer form holds, said on its closed line (trial 20 #10: the
 * checklist, the red flags and the role's skills are folded so that Save is not 56 Tab stops
 * from Company; folded, their answers must still show).
 */

/** How many of the asked items have each answer, in the answers' order, the zero counts left out. */
export function answerCounts(
  answers: Readonly<Record<string, ChecklistAnswer | undefined>>,
  asked: readonly string[],
): { answer: ChecklistAnswer; count: number }[] {
  return CHECKLIST_ANSWERS.map((answer) => ({
    answer,
    count: asked.filter((id) => (answers[id] ?? 'unknown') === answer).length,
  })).filter(({ count }) => count > 0)
}

/** The ticked items' names in the list's own order (not the order they were ticked in). */
export function tickedNames(
  ticked: readonly string[],
  items: readonly { id: string; name: string }[],
): string[] {
  return items.filter((item) => ticked.includes(item.id)).map((item) => item.name)
}

/**
 * A fold's line for ticked items: their names, or that none is ticked yet. Joined by a mark no
 * name holds ("LLM (pre)training, distributed training", "打榜、卷排名": with ", " and "、" two
 * ticked read as three, review 27 L1).
 */
export function tickedSummary(t: TFunction, names: readonly string[]): string {
  const separator = t('offerEditor.fold.tickedSeparator')
  return t('offerEditor.fold.ticked', {
    state: names.length === 0 ? t('offerEditor.fold.none') : names.join(separator),
  })
}
