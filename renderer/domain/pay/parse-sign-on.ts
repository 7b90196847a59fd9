import type { Fen } from '../money'
import type { Range } from '../range'
import type { Span } from './base-period'
import { AMOUNT_SOURCE, amountRange } from './parse-amount'
import { EQUITY_WORDS } from './pay-words'

/**
 * The words for a sign-on bonus, paid once on joining (lower case, NFKC): "签字费", "签约费",
 * "签约奖", "入职奖", "sign-on", "signing bonus", "joining bonus" (two user trials pasted such
 * lines, refused as two figures).
 */
const SIGN_ON_WORD =
  '(?:签字费|簽字費|签字奖金?|簽字獎金?|签约费|簽約費|签约奖金?|簽約獎金?|入职奖金?|入職獎金?|sign[-\\s]?on(?:\\s*bonus)?|signing\\s*bonus|joining\\s*bonus)'
const UP_TO = '(?:up\\s*to|最多|至多|最高)'
/**
 * Between the word and its amount: "：", "为", "of", a pre-tax word ("签字费税前 10 万", "sign-on
 * (pre-tax) 100k"), "约", "about", or "最多", "up to" (review 22: "月薪3万*15，签字费税前10万" was
 * refused as two figures, while "税前签字费10万" read).
 */
const LINK = `\\s*(?:\\(?\\s*(?:税前|稅前|pre[-\\s]?tax|before[-\\s]?tax|gross(?![a-z]))\\s*\\)?)?\\s*(?:[:：]|为|為|of(?![a-z]))?\\s*(?:约|約|大约|大約|about|around|~|${UP_TO})?\\s*`

/** "一次性签字费", "one-time sign-on", "a one-off 100k signing bonus": paid once, as a sign-on is. */
const ONE_TIME = '(?:一次性|(?<![a-z])(?:an?\\s+)?one[-\\s]?(?:time|off)(?![a-z]))'
/**
 * Words that join a sign-on, amount first, to the base before it: "还有 10 万签字费", "给 10 万签字费",
 * "with a 50k sign-on bonus", "plus a one-time 100k signing" (review 23: each was refused as two
 * figures, "50k / 100k", where "45k × 15, 100k sign-on" read), a bare "加" as "+" is ("年薪 60 万
 * 加 10 万签字费": parser28, refused as "60 万 / 10 万"). Read with the sign-on.
 */
const JOINING =
  '(?:还有|還有|另有|另外|外加|另加|加上|再加|(?<![增追更参參])加|额外|額外|另给|另給|给|給|以及|和|及|(?<![a-z])(?:and|plus|with|also)(?![a-z]))'
const JOINED_LEAD = `(?:${JOINING}\\s*)?(?:(?<![a-z])an?\\s+)?(?:${ONE_TIME}\\s*)?`
/** After its amount a bare "signing" is the sign-on too ("a 100k signing"). */
const SIGN_ON_WORD_AFTER = `(?:${SIGN_ON_WORD}|signing(?![a-z]))`

/**
 * A sign-on bonus with its amount, in the (lower-cased, NFKC, currency signs blanked) text:
 * "签字费 10 万", "sign-on: 100k", or the amount first after a break from the base ("45k × 15,
 * 100k sign-on bonus") or a joining word ("还有 10 万签字费", "with a 100k sign-on"), not said of
 * the base ("45k sign-on 100k" is the base, then the sign-on).
 * Groups: [1-4] the amount after the word, [5-8] the amount before it.
 */
export const SIGN_ON_MENTION = new RegExp(
  `(?:${ONE_TIME}\\s*)?${SIGN_ON_WORD}${LINK}${AMOUNT_SOURCE}` +
    `|(?:(?<=(?:^|[,+，、;；])\\s*)|(?=(?:${JOINING}|(?<![a-z])an?\\s|${ONE_TIME})))${JOINED_LEAD}` +
    `${AMOUNT_SOURCE}\\s*(?:的\\s*)?(?:${ONE_TIME}\\s*)?${SIGN_ON_WORD_AFTER}(?!${LINK}\\d)`,
  'g',
)

/**
 * Said right after a sign-on, it is paid in parts ("分两年发", "spread over 2 years", "paid in 2
 * instalments"): which part falls in which year is not said, and the engine counts a sign-on in
 * year one, so it is refused by name rather than guessed.
 */
export const SIGN_ON_SPREAD =
  /^\s*[,，]?\s*(?:(?:分|按)\s*[\d一二两兩三四五六七八九十]+\s*(?:年|期|次|个月|個月|笔|筆)(?:发放|發放|发|發|支付|付)?|(?:spread|paid|split|vest(?:ed|ing)?|payable)?\s*(?:over|across|in)\s*(?:\d+|two|three|four|five)\s*(?:years?|yrs?|instal(?:l)?ments?|payments?|tranches?|parts?))/

/**
 * Said right before a sign-on ("含签字费 10 万", "包含", "其中", "incl.", "of which") or right after
 * it ("签字费 10 万已含", "sign-on 100k included"), the sign-on is inside the figure before it, not
 * paid on top (review 22: "总包 120w（含签字费 10w）" read as 1.2M a year plus 100k in year one,
 * "含" set aside). Not "不含", "未含", "not including": those leave it out, so it is on top.
 */
const INSIDE_BEFORE =
  /(?:(?<![不未])(?:包含|包括)|(?<![不未包])含|其中|(?<!not\s*)(?:including|incl\.?|inclusive\s*of)|of\s*which)\s*[:：]?\s*$/
const INSIDE_AFTER =
  /^\s*(?:已(?:包含|包括|含)|(?:包含|包括|含)?在[内內]|(?:is\s*|are\s*)?included|inclusive|incl\.?(?![a-z]))/
/**
 * …or before a stock part it is joined to ("年包 95w 含股票 20w 和签字费 10w", "including RSU
 * 200k and sign-on 100k"): the include word covers both (review 23 M3: the sign-on was added on
 * top, 1.05M in year one for a package of 950k). The joining word may be the sign-on's own, read
 * with it ("含 20w 股票和 10w 签字费").
 */
const INSIDE_BEFORE_STOCK = new RegExp(
  `(?:(?<![不未])(?:包含|包括)|(?<![不未包])含|其中|(?<!not\\s*)(?:including|incl\\.?|inclusive\\s*of)|of\\s*which)` +
    `[^,;，；()]*?${EQUITY_WORDS}[^,;，；()]*?\\s*(?:(?:和|及|以及|与|與|、|and|&)\\s*)?$`,
)

/**
 * The words that say a sign-on is inside the figure, with the sign-on (`span`, in `text`, the
 * lowered line), to name whole; null when nothing says so. Which part of the figure it is, is
 * the user's to say: nothing is added on top, nothing taken out.
 */
export function signOnInside(text: string, span: Span): Span | null {
  const before =
    INSIDE_BEFORE.exec(text.slice(0, span.start)) ??
    INSIDE_BEFORE_STOCK.exec(text.slice(0, span.start))
  const after = INSIDE_AFTER.exec(text.slice(span.end))
  if (!before && !after) return null
  return {
    start: before ? before.index : span.start,
    end: span.end + (after ? after[0].length : 0),
  }
}

/**
 * Said right before a sign-on ("不含签字费 10 万", "not including sign-on 100k", "excluding") or
 * right after it ("签字费 10 万另算", "sign-on 100k not included", "on top"), the sign-on is left
 * out of the figure before it: paid on top, as a sign-on with no such word is. These words are
 * read with the sign-on, not left over: the offer form sets a part it cannot read aside and
 * reads the rest again, and "not including" without its "not" is "including" (trial: "800k, not
 * including sign-on 100k" was refused as a sign-on inside the 800k; "不含" was listed as unread).
 */
const OUTSIDE_BEFORE =
  /(?:[不未](?:包含|包括|含|计入|計入)|not\s*(?:including|incl\.?|inclusive\s*of|counting)|excluding|excl\.?|exclusive\s*of)\s*[:：]?\s*$/
const OUTSIDE_AFTER =
  /^\s*(?:[不未](?:包含|包括|含)?在[内內]|[不未](?:计入|計入)|另算|另计|另計|另付|另发|另發|(?:is\s*|are\s*)?(?:not\s*included|excluded|on\s*top|extra(?![a-z])|separately|in\s*addition))/

/**
 * The words that leave a sign-on out of the figure, with the sign-on (`span`, in `text`, the
 * lowered line), to read whole; null when nothing says so.
 */
export function signOnOutside(text: string, span: Span): Span | null {
  const before = OUTSIDE_BEFORE.exec(text.slice(0, span.start))
  const after = OUTSIDE_AFTER.exec(text.slice(span.end))
  if (!before && !after) return null
  return {
    start: before ? before.index : span.start,
    end: span.end + (after ? after[0].length : 0),
  }
}

/**
 * The amount one match of `SIGN_ON_MENTION` wrote, from 0 when said to be at most that; null for
 * a figure with no unit ("签字费 10").
 */
export function signOnFrom(groups: readonly (string | undefined)[]): Range<Fen> | null {
  const amount =
    groups[1] !== undefined
      ? amountRange(groups[1], groups[2], groups[3], groups[4])
      : amountRange(groups[5], groups[6], groups[7], groups[8])
  // "签字费最多 10 万" may pay less: 0 to 10 万, as "up to" a bonus is read (parse-bonus.ts).
  if (amount && amount.low === amount.high && new RegExp(UP_TO).test(groups[0] ?? ''))
    return { low: 0 as Fen, high: amount.high }
  return amount
}
