import { z } from 'zod'

/** The id of a skill, an offer or a journal event: any short non-empty string the app assigns. */
export const idSchema = z.string().min(1).max(64)
