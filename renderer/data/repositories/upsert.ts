import type { z } from 'zod'
import { newId, validate } from '../validation'

/** The part of a Dexie table an upsert needs (any table keyed by a string id). */
interface RecordTable<Row> {
  get(id: string): Promise<Row | undefined>
  put(row: Row): Promise<unknown>
}

/**
 * Adds a record (no id: a fresh one) or changes one (its id), keeping createdAt and stamping
 * updatedAt. The whole stored record is checked by its schema before the write; a bad field
 * throws a DataValidationError naming it and nothing is written. Call it inside the caller's
 * transaction, so anything written alongside commits or fails with it. `fields` may depend on
 * the stored record (an offer's status date does). Answers the record written and the one it
 * replaced, if any.
 */
export async function upsertRecord<Row extends { id: string; createdAt: string }>(
  table: RecordTable<Row>,
  schema: z.ZodType<Row>,
  id: string | undefined,
  fields: (existing: Row | undefined) => object,
  now: Date,
  where: string,
): Promise<{ row: Row; previous: Row | undefined }> {
  const existing = id === undefined ? undefined : await table.get(id)
  const row = validate(
    schema,
    {
      ...fields(existing),
      id: id ?? newId(),
      createdAt: existing?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    },
    where,
  )
  await table.put(row)
  return { row, previous: existing }
}
