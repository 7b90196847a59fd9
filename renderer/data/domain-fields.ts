import type { z } from 'zod'

/**
 * The engine's record inside a stored one: only the fields the domain schema declares. Every
 * stored schema extends its domain schema (records.ts), so the result has the domain's type;
 * the storage-only fields (timestamps, status, tags) never reach the engine.
 */
export function domainFields<Shape extends z.core.$ZodShape>(
  schema: z.ZodObject<Shape>,
  stored: z.infer<z.ZodObject<Shape>>,
): z.infer<z.ZodObject<Shape>> {
  const record: Record<string, unknown> = {}
  const source = stored as Record<string, unknown>
  for (const key of Object.keys(schema.shape)) {
    if (source[key] !== undefined) record[key] = source[key]
  }
  return record as z.infer<z.ZodObject<Shape>>
}
