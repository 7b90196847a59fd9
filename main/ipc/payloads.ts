import { z } from 'zod'
import type { OpenTextFileRequest, SaveTextFileRequest } from '../../preload/api'

/** The largest file the renderer may save or open: far above any real export, well below harm. */
export const MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024

const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\:\0]/.test(name) && name !== '.' && name !== '..', {
    error: 'must be a file name without a folder',
  })

export const saveTextFileRequest = z
  .object({
    suggestedName: fileName,
    contents: z.string().max(MAX_TEXT_FILE_BYTES),
  })
  .strict() satisfies z.ZodType<SaveTextFileRequest>

export const openTextFileRequest = z
  .object({
    extensions: z
      .array(z.string().regex(/^[a-z0-9]{1,10}$/i, 'must be an extension like "json"'))
      .min(1)
      .max(10),
  })
  .strict() satisfies z.ZodType<OpenTextFileRequest>

export const noPayload = z.undefined()
