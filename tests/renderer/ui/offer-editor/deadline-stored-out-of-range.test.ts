import { describe, expect, it } from 'vitest'
import { storedOfferSchema, type StoredOffer } from '../../../../renderer/data/records'
import { DATE_OUT_OF_RANGE } from '../../../../renderer/ui/form/date-range'
import { fieldsFromStored } from '../../../../renderer/ui/screens/offers/editor/offer-form-fields'
import {
  offerFromFields,
  offerResolver,
} from '../../../../renderer/ui/screens/offers/editor/offer-form-schema'
import { loadPersona } from '../../../helpers/personas'

// Review 26 L1: the deadline's year range (598d2c4) sat on the schema the live reading uses
// too, so P1's offer stored with the very 0006-02-02 of trial 20 #9 (saved before the range
// existed) opened as "Some fields are missing or wrong", nothing marked, no edit counted.

const offer = loadPersona('p1').offers[0]
if (!offer) throw new Error('P1 has an offer')
const STAMP = '2026-11-01T08:00:00.000Z'
// Read as the database gives it back: the stored schema holds no year range.
const stored = (deadline: string): StoredOffer =>
  storedOfferSchema.parse({
    ...offer,
    deadline,
    status: 'considering',
    createdAt: STAMP,
    updatedAt: STAMP,
  })

/** What the form's resolver says at Save about the deadline (react-hook-form's call, no inputs). */
async function deadlineErrorAtSave(deadline: string) {
  const { errors } = await offerResolver(fieldsFromStored(stored(deadline)), undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  })
  return errors.deadline?.message
}

describe('a stored offer whose deadline is outside the form’s years', () => {
  it.each(['2026-12-20', '0006-02-02', '2031-01-15'])('opens counted: %s', (deadline) => {
    // The engine's offer (which weighs no deadline), as the panel beside the form counts it.
    expect(offerFromFields(offer.id, fieldsFromStored(stored(deadline)))).toMatchObject({
      id: offer.id,
      company: offer.company,
    })
  })

  it('is still refused at Save, with the range’s own sentence', async () => {
    expect(await deadlineErrorAtSave('0006-02-02')).toBe(DATE_OUT_OF_RANGE)
    expect(await deadlineErrorAtSave('2031-01-15')).toBe(DATE_OUT_OF_RANGE)
    expect(await deadlineErrorAtSave('2026-12-20')).toBeUndefined()
  })
})
