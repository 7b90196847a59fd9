import type { DeletedOffer } from '../../../data/repositories/offers'
import { lastDeletedStore } from '../../hooks/last-deleted'

/** The offer deleted last, with what restoreOffer needs (its journal links). */
const store = lastDeletedStore<DeletedOffer>()

export const noteDeletedOffer = store.note
export const lastDeletedOffer = store.last
export const forgetDeletedOffer = store.forget
export const onDeletedOfferChange = store.subscribe
