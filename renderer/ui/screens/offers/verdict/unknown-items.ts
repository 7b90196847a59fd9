import { CHECKLIST_ITEM_IDS, type ChecklistItemId } from '../../../../domain/model/enums'
import type { Offer } from '../../../../domain/model/offer'
import { checklistApplies } from '../../../../domain/risk/transition-risk'

/**
 * What the user does not know yet about an offer and could ask the employer: each L35 checklist
 * item left "unknown" (where the checklist applies: not for an established line), whether the employer is eager (L15: it sets the leverage), and a
 * startup's funding (L42, L43).
 */
export type UnknownItem =
  { kind: 'checklist'; id: ChecklistItemId } | { kind: 'employer-eager' } | { kind: 'funding' }

export type Answer = 'yes' | 'no'

/** The offer's unknown items, in the order the form asks them. */
export function unknownItems(offer: Offer): UnknownItem[] {
  const asked = checklistApplies(offer) ? CHECKLIST_ITEM_IDS : []
  const items: UnknownItem[] = asked
    .filter((id) => offer.checklist[id] === 'unknown')
    .map((id) => ({ kind: 'checklist', id }))
  if (offer.employerEager === 'unknown') items.push({ kind: 'employer-eager' })
  if (offer.employerKind === 'startup' && offer.funding === 'unknown')
    items.push({ kind: 'funding' })
  return items
}

/** A stable key per item, for lists and for tests. */
export function itemKey(item: UnknownItem): string {
  return item.kind === 'checklist' ? `checklist:${item.id}` : item.kind
}

/**
 * The offer as it would be with the item answered. For funding, "yes" is funded and "no"
 * unfunded: strong backers are a further answer the question may bring, not a yes.
 */
export function withAnswer(offer: Offer, item: UnknownItem, answer: Answer): Offer {
  switch (item.kind) {
    case 'checklist':
      return { ...offer, checklist: { ...offer.checklist, [item.id]: answer } }
    case 'employer-eager':
      return { ...offer, employerEager: answer }
    case 'funding':
      return { ...offer, funding: answer === 'yes' ? 'funded' : 'unfunded' }
  }
}
