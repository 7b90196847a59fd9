import { keptDrafts } from '../../../form/kept-drafts'
import type { PastedLine } from '../../../form/paste-fill'
import type { OfferFormFields } from './offer-form-fields'

/** An offer's form left unsaved for another screen, taken up again on return. */
export interface OfferDraft {
  /** The offer's id (a new offer's too, so its draft and its save keep one id). */
  id: string
  fields: OfferFormFields
  /** The stored offer's inputs when these changes began; null for a new offer. */
  basis: OfferFormFields | null
  pasted: PastedLine
}

/** The unsaved offer forms, one an offer (`NEW_OFFER` for the one not yet saved). */
export const offerDrafts = keptDrafts<OfferDraft>()

export const NEW_OFFER = 'new'
