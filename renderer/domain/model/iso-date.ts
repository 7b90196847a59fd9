import { z } from 'zod'

/** A calendar day, YYYY-MM-DD, that exists. A module of its own, as id.ts: the journal's
 *  address reads days at its first screen without building the journal event's schema. */
export const isoDateSchema = z.iso.date()
