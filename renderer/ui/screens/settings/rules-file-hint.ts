import { OVERRIDES_FILE_FORMAT } from '../../../data/transfer/overrides-file'
import { decodeTextBytes } from '../../../data/transfer/text-bytes'

/**
 * Whether a file Settings refused as not an export is a rules file (Rules › Export), to send
 * the user to the Rules screen's import. Only its start is read: the rules export writes
 * `format` first, and a refusal must not wait on a whole large file.
 */
export function looksLikeRulesFile(contents: string | ArrayBuffer): boolean {
  // Bytes decoded as the import decodes them (a rules file saved as UTF-16 is one too); a
  // character cut at the 2,048th byte is only a U+FFFD at the end.
  const start =
    typeof contents === 'string'
      ? contents.slice(0, 2048)
      : (decodeTextBytes(new Uint8Array(contents, 0, Math.min(2048, contents.byteLength))) ?? '')
  return new RegExp(`"format"\\s*:\\s*"${OVERRIDES_FILE_FORMAT}"`).test(start)
}
