import { z } from 'zod'
import {
  MAX_TEXT_FILE_BYTES,
  type AppInfo,
  type IpcMethod,
  type IpcResponse,
  type OpenTextFileRequest,
  type OpenTextFileResult,
  type SaveTextFileRequest,
  type SaveTextFileResult,
} from '../../preload/api'

const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\:\0]/.test(name) && name !== '.' && name !== '..', {
    error: 'must be a file name without a folder',
  })

// Requests: what the renderer sends, trusted only after these parse it.

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

// Responses: what main answers, checked before it leaves so a handler bug never sends the
// renderer a shape the contract does not promise (or a field it should not see). Strict:
// an extra field is a bug to hear about, not to pass on.

const cancelled = z.strictObject({ status: z.literal('cancelled') })

export const appInfoResponse = z.strictObject({
  version: z.string(),
  systemLocale: z.string(),
}) satisfies z.ZodType<AppInfo>

export const saveTextFileResponse = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), fileName: z.string() }),
  cancelled,
]) satisfies z.ZodType<SaveTextFileResult>

export const openTextFileResponse = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('opened'), fileName: z.string(), contents: z.string() }),
  cancelled,
]) satisfies z.ZodType<OpenTextFileResult>

/** One response schema per contract entry: a missing entry, or a schema for another type, fails `tsc`. */
export const responseSchemas: { [M in IpcMethod]: z.ZodType<IpcResponse<M>> } = {
  getAppInfo: appInfoResponse,
  saveTextFile: saveTextFileResponse,
  openTextFile: openTextFileResponse,
}
