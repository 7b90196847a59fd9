import { z } from 'zod'
import {
  BACKUP_REASONS,
  externalUrlProblem,
  MAX_EXTERNAL_URL_LENGTH,
  MAX_NOTIFICATION_BODY,
  MAX_NOTIFICATION_TITLE,
  MAX_TEXT_FILE_BYTES,
  type AppInfo,
  type BackupInfo,
  type IpcMethod,
  type IpcResponse,
  type ListBackupsResult,
  type OpenExternalRequest,
  type OpenExternalResult,
  type OpenTextFileRequest,
  type OpenTextFileResult,
  type PrintToPdfRequest,
  type PrintToPdfResult,
  type ReadBackupRequest,
  type ReadBackupResult,
  type SaveTextFileRequest,
  type SaveTextFileResult,
  type ShowNotificationRequest,
  type ShowNotificationResult,
  type WriteBackupRequest,
  type WriteBackupResult,
} from '../../preload/api'
import { parseBackupFileName } from '../backups/backup-store'

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

const backupReason = z.enum(BACKUP_REASONS)

export const writeBackupRequest = z.strictObject({
  // No length cap here: the store measures the UTF-8 bytes and answers file-too-large, which
  // the user can act on, where a cap in characters would answer invalid-payload.
  contents: z.string(),
  reason: backupReason,
}) satisfies z.ZodType<WriteBackupRequest>

export const readBackupRequest = z.strictObject({
  fileName: fileName.refine((name) => parseBackupFileName(name) !== null, {
    error: 'must be a backup file name as listBackups answers it',
  }),
}) satisfies z.ZodType<ReadBackupRequest>

export const printToPdfRequest = z.strictObject({
  suggestedName: fileName.refine((name) => /\.pdf$/i.test(name), {
    error: 'must end in .pdf',
  }),
}) satisfies z.ZodType<PrintToPdfRequest>

/** A control character other than a line break: some notification servers show them raw. */
function hasControlCharacter(text: string): boolean {
  for (const char of text) {
    const code = char.charCodeAt(0)
    if ((code < 0x20 && char !== '\n') || code === 0x7f) return true
  }
  return false
}

const notificationText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !hasControlCharacter(text), {
      error: 'must be plain text (no control characters but line breaks)',
    })

export const showNotificationRequest = z.strictObject({
  title: notificationText(MAX_NOTIFICATION_TITLE).refine((title) => title.trim() !== '', {
    error: 'must not be empty',
  }),
  body: notificationText(MAX_NOTIFICATION_BODY),
}) satisfies z.ZodType<ShowNotificationRequest>

/**
 * A link for the system browser: capped first (so a huge string is never parsed), then parsed
 * with URL and held to http, https or mailto, the same check the browser adapter makes.
 */
export const openExternalRequest = z.strictObject({
  url: z
    .string()
    .max(MAX_EXTERNAL_URL_LENGTH)
    .superRefine((url, context) => {
      const problem = externalUrlProblem(url)
      if (problem !== null) context.addIssue({ code: 'custom', message: problem })
    }),
}) satisfies z.ZodType<OpenExternalRequest>

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

export const writeBackupResponse = z.strictObject({
  fileName: z.string(),
}) satisfies z.ZodType<WriteBackupResult>

const backupInfo = z.strictObject({
  fileName: z.string(),
  createdAt: z.iso.datetime(),
  reason: backupReason,
  bytes: z.number().int().nonnegative(),
}) satisfies z.ZodType<BackupInfo>

export const listBackupsResponse = z.strictObject({
  backups: z.array(backupInfo),
  folder: z.string(),
}) satisfies z.ZodType<ListBackupsResult>

export const readBackupResponse = z.strictObject({
  contents: z.string(),
}) satisfies z.ZodType<ReadBackupResult>

export const printToPdfResponse = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), fileName: z.string() }),
  cancelled,
]) satisfies z.ZodType<PrintToPdfResult>

export const showNotificationResponse = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('shown') }),
  z.strictObject({ status: z.literal('unsupported') }),
]) satisfies z.ZodType<ShowNotificationResult>

export const openExternalResponse = z.strictObject({
  status: z.literal('opened'),
}) satisfies z.ZodType<OpenExternalResult>

/** One response schema per contract entry: a missing entry, or a schema for another type, fails `tsc`. */
export const responseSchemas: { [M in IpcMethod]: z.ZodType<IpcResponse<M>> } = {
  getAppInfo: appInfoResponse,
  saveTextFile: saveTextFileResponse,
  openTextFile: openTextFileResponse,
  writeBackup: writeBackupResponse,
  listBackups: listBackupsResponse,
  readBackup: readBackupResponse,
  printToPdf: printToPdfResponse,
  showNotification: showNotificationResponse,
  openExternal: openExternalResponse,
}
