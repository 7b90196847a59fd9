import { parsePay, type ParsedPay, type PayParseError } from '../../../../domain/pay/parse-pay'

/** What a pasted line gave: the pay the engine's parser read, and the parts it could not read. */
export type PayLineReading =
  | { ok: true; pay: ParsedPay; unread: string[] }
  | { ok: false; error: PayParseError; unread: string[] }

/** At most this many unreadable parts are set aside before the line counts as unreadable. */
const MAX_UNREAD = 4

/**
 * Reads a recruiter's line with the engine's parser. A part it cannot read ("RSU" in
 * "$300k + RSU") is set aside and the rest read again, so the user gets what could be read and
 * a list of what could not, to enter by hand, instead of nothing.
 */
export function readPayLine(text: string): PayLineReading {
  const unread: string[] = []
  let rest = text
  for (;;) {
    const result = parsePay(rest)
    if (result.ok) return { ok: true, pay: result.pay, unread }
    const { error } = result
    if (error.code !== 'unreadable' || unread.length >= MAX_UNREAD) {
      return { ok: false, error: unread.length > 0 ? firstProblem(error, unread) : error, unread }
    }
    const part = partInText(rest, error.fragment)
    if (part === null) return { ok: false, error, unread }
    unread.push(part)
    const at = rest.indexOf(part)
    rest = `${rest.slice(0, at)} ${rest.slice(at + part.length)}`
  }
}

/**
 * The unreadable part as it stands in the text. The parser names its first unread run, but runs
 * split only by spaces come back joined ("外快 津贴" as "外快津贴"): then the first word of the
 * text within the fragment is the part.
 */
function partInText(text: string, fragment: string): string | null {
  if (fragment !== '' && text.includes(fragment)) return fragment
  const lower = fragment.toLowerCase()
  const word = text
    .split(/[\s,，+＋]+/)
    .find((candidate) => candidate !== '' && lower.includes(candidate.toLowerCase()))
  return word ?? null
}

/** With every unreadable part set aside nothing is left to read: the first part is the problem. */
function firstProblem(error: PayParseError, unread: string[]): PayParseError {
  if (error.code === 'empty' || error.code === 'no-amount') {
    return { code: 'unreadable', fragment: unread[0] ?? '' }
  }
  return error
}

/** "RSU", "股票", "限制性股票": stock the line names, which the parser does not count. */
export function looksLikeStock(fragment: string): boolean {
  return /rsu|股票|股权|股權|stock|equity|shares?/i.test(fragment)
}
