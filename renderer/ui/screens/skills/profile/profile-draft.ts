import { keptDrafts } from '../../../form/kept-drafts'
import type { PastedLine } from '../../../form/paste-fill'
import type { ProfileFormValues } from './profile-form-values'

/** The profile form left unsaved for another screen, taken up again on return. */
export interface ProfileDraft {
  values: ProfileFormValues
  /** The stored profile's values when these changes began. */
  basis: ProfileFormValues
  pasted: PastedLine
  /** The panel was open. */
  open: boolean
}

/** The one unsaved profile form (a database has one profile). */
export const profileDrafts = keptDrafts<ProfileDraft>()

export const PROFILE = 'me'
