import { MAX_IMPORT_BYTES } from '../../../data/transfer/import-checks'
import type { ImportProblem } from '../../../data/transfer/import-problems'
import { PlatformError } from '../../../platform'

/**
 * An import file the platform refused before it was read, as the import's own refusal: a file
 * that is not UTF-8 text, or one over the size limit. The platform says the size only as
 * "<bytes> bytes" (main's and the browser's picker alike); its generic sentence showed that
 * raw count, in English in the Chinese interface, with no limit and not that nothing changed.
 * Null for any other failure.
 */
export function pickedFileProblem(error: unknown): ImportProblem | null {
  if (!(error instanceof PlatformError)) return null
  if (error.error.code === 'file-not-text') return { code: 'not-utf8' }
  if (error.error.code !== 'file-too-large') return null
  const bytes = /^\d+/.exec(error.error.detail)
  return bytes === null
    ? null
    : { code: 'too-large', bytes: Number(bytes[0]), limit: MAX_IMPORT_BYTES }
}
