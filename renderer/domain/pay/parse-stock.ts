import { fen, type Fen } from '../money'
import { mapRange, type Range } from '../range'
import { CHINESE_DIGIT, COUNT_SOURCE, countOf } from './count-words'
import { AMOUNT_SOURCE, amountRange } from './parse-amount'
import { ANY_BONUS_WORD } from './parse-bonus'

/**
 * Stock the line states (ruleset §4: "stock (per-year value from grant and vesting schedule)"):
 * its value a year, in fen of the pay's currency. A total grant vesting evenly over N years
 * ("RSU 20 万分 4 年") is the total ÷ N; a value a year ("股票 每年 5 万") is itself.
 */
export interface ParsedStock {
  perYear: Range<Fen>
  /** The total and its years when the line gave a grant; null for a value a year. */
  grant: { total: Range<Fen>; years: number } | null
}

/** Stock the line names in a way that has no one value a year: what to ask the user for. */
export type StockRefusal =
  /** A grant with vesting but no count of years ("RSU 20 万，分期归属"). */
  | 'stock-years-missing'
  /** Vesting years that are not a whole number from 1 to 10 ("分 2.5 年"). */
  | 'stock-bad-years'
  /** A cliff ("1 年 cliff"): when the first shares vest is the user's to enter. */
  | 'stock-cliff'
  /** A schedule that is not even ("10/20/30/40", "逐年递增"): year one differs from the average. */
  | 'stock-uneven'
  /**
   * The stock names a currency the base does not ("月薪 5 万，RSU $100k over 4 years"): neither
   * figure is read in the other's currency.
   */
  | 'stock-currency'

const OPTION_WORD = '(?:期权|期權|options?)'
/**
 * The words for granted stock, not for options: "股票期权" and "stock options" are options
 * (parse-options.ts). "期权/RSU" is one word for the grant, as such lines write it.
 */
const EQUITY_WORD =
  '(?:rsus?|restricted\\s*stock(?:\\s*units?)?|限制性股票|股票(?!\\s*期[权權])|股[权權](?:激[励勵])?|stock(?!\\s*options?)|equity)'
const STOCK_WORD = `(?:${OPTION_WORD}\\s*[/或、]\\s*)?${EQUITY_WORD}(?:\\s*[/或、]\\s*${OPTION_WORD})?`
/** Any stock word, to tell a line that speaks of stock (for the cliff and the schedule). */
export const STOCK_WORD_ANYWHERE = new RegExp(EQUITY_WORD)

/** Between the word and its figure: "RSU: 20 万", "期权/RSU 总额 20 万", "RSU grant of 200k". */
const LINK =
  '\\s*[:：]?\\s*(?:(?:总额|總額|总价值|總價值|总值|總值|总计|總計|合计|合計|共计|共計|共|价值|價值|授予|grant(?:ed)?(?:\\s*of)?|award(?:ed)?(?:\\s*of)?|total(?:\\s*of)?|worth|of|valued\\s*at)\\s*[:：]?\\s*)?'
/** The figure is money, not a count of shares ("RSU 2 万股") nor a percent. */
const NOT_SHARES_NOR_PERCENT = '(?![\\d.]|\\s*(?:%|股(?![票权權份])|shares?(?![a-z])|份))'

/** English words for a count of years ("over four years"), and their values. */
const YEARS_IN_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
}
const YEARS_COUNT = `(?:${COUNT_SOURCE}|(?<![a-z])(?:${Object.keys(YEARS_IN_WORDS).join('|')}))`
const YEAR_UNIT = '(?:年|years?(?![a-z])|yrs?(?![a-z]))'
/** Vesting given in months ("over 48 months", "分 48 个月") is read as years when a whole number of them. */
const MONTH_UNIT = '(?:个月|個月|months?(?![a-z]))'
const VEST_WORD = '(?:归属|歸屬|解锁|解鎖|兑现|兌現|发放|發放|vest(?:ing|ed|s)?(?![a-z]))'
/**
 * The years of a grant, after its figure: "分 4 年", "分四年", "over 4 years", "vesting 4 yrs",
 * "/4 年", "，4 年归属", ", 4-year vesting". A count without a word saying it is the vesting
 * ("RSU 20 万 4 年") is not read. Four groups: the count and its unit, in either form.
 */
const YEARS_CLAUSE =
  `(?:[\\s,]*(?:分|over|across|/|${VEST_WORD}(?:\\s*over)?)\\s*(${YEARS_COUNT})\\s*(${YEAR_UNIT}|${MONTH_UNIT})(?:\\s*(?:的\\s*)?${VEST_WORD})?` +
  `|[\\s,]*(?:with\\s*)?(${YEARS_COUNT})\\s*-?\\s*(${YEAR_UNIT}|${MONTH_UNIT})\\s*(?:的\\s*)?${VEST_WORD})`
const PER_YEAR_BEFORE = '(?:每年|一年|annual(?!ly)|yearly)'
/** Not when a figure or a count follows: "每年 14 薪" is said of the months, not the stock. */
const PER_YEAR_AFTER = `(?:\\s*/\\s*(?:年|year|yr)(?![a-z])|\\s*per\\s*(?:year|annum)|\\s+a\\s+year|\\s*annually|\\s*yearly|\\s*每年)(?!\\s*[:：]?\\s*(?:\\d|${CHINESE_DIGIT}|十))`
/**
 * The years a value a year vests over, after it: "30万/年（4年归属）", "300k RSU/yr, 4-year
 * vest" (new-user trial 20: the "4" was read as a second figure). Optional; its four groups are
 * those of `YEARS_CLAUSE`.
 */
const YEARS_OF_PER_YEAR = `(?:\\s*\\(?${YEARS_CLAUSE}\\s*\\)?)?`
/**
 * A figure before the stock word is the stock's only at the start of the line or of a part of
 * it: in "年终奖 1 万 股票 每年 5 万" the 1 万 is the bonus's.
 */
const PART_START = '(?<=^|[,;+、\\n(]\\s*)'
/** Words that say what follows is inside the figure before: "年包 100w（含 20w 股票）". */
export const INCLUDE_LEAD = '(?:含|包含|包括|其中|including|incl\\.?|inclusive\\s*of|of\\s*which)'
/** Words that say what follows is left out of the figure before: "年包 95w 不含股票 20w". */
const EXCLUDE_LEAD = '(?:excluding|excludes?|excl\\.?|exclusive\\s*of)'
/** …or after it: "股票 60 万已含", "RSU 200k included", "股票 20 万另算". */
const INSIDE_OR_APART_AFTER =
  '(?:已(?:包含|包括|含)|(?:包含|包括|含)?在[内內]|不(?:包含|包括|含)?在[内內]|另算|另计|另計|(?:is\\s*|are\\s*)?(?:not\\s*)?included|excluded|on\\s*top(?![a-z]))'
const PERIOD_WORD =
  '(每年|每季度?|每月|annually|yearly|quarterly|monthly|(?:per|each|every)\\s*(?:year|quarter|month))'
/**
 * A joining word or a rough word after a share ends its clause too: "25% per year and sign-on
 * 100k", "每年 25% 另有签字费 10 万", "每年 25% 左右" (review 23 M2: refused as giving no years).
 */
const SHARE_JOINS =
  '(?:and|plus|with)(?![a-z])|和|及|且|另有|另外|另加|以及|(?:左右|约|約)\\s*(?:$|[,;；、+\\n)。])'
/**
 * A period's share is the vesting's only when it ends its clause ("，每年 25%", "25% per year;"),
 * or a vesting word or the years follow it ("每年 25% 归属", "每年 25%，分 4 年"). Followed by
 * anything else it is said of that: a raise, a refresh ("每年 10% 调薪", "每年 10% 增长", "10% per
 * year salary growth", "10%-15% 调薪"; review 22: each word a list of raise words missed was read
 * as a 10-year schedule), and the grant is left with no years. Told by where the share ends, not
 * by a list of what may follow it.
 */
const SHARE_ENDS = `(?:\\s*(?:的\\s*)?${VEST_WORD})?(?=\\s*(?:$|[,;；、+\\n)。]|\\.(?!\\d)|${SHARE_JOINS}|\\(?\\s*(?:分|over(?![a-z])|across(?![a-z])|共|总共|總共|for(?![a-z])|${COUNT_SOURCE}\\s*-?\\s*(?:${YEAR_UNIT}|${MONTH_UNIT}))))`
/** A period's share: "1/4" (groups: the denominator) or "25%" (the percent). */
const SHARE = '(?:1\\s*/\\s*(\\d+)|(\\d+(?:\\.\\d+)?)\\s*%)'
/**
 * The share a period vests, after a grant: "，每年 25%", ", 25% per year", "，每年归属 1/4" (new-user
 * trial 20: "股票 100 万，每年 25%" was refused as giving no years). Six groups: period,
 * denominator, percent; then denominator, percent, period.
 */
const SHARE_CLAUSE =
  `[\\s,]*\\(?\\s*(?:${VEST_WORD}\\s*)?(?:${PERIOD_WORD}\\s*(?:${VEST_WORD}\\s*)?${SHARE}` +
  `|${SHARE}\\s*(?:${VEST_WORD}\\s*)?(${PERIOD_WORD.slice(1, -1)}|a\\s*(?:year|quarter|month)))(?![\\d./])${SHARE_ENDS}`

/**
 * The years said bare beside a share, before it or after it ending its clause: "4 年，每年 25%",
 * "每年 25%，4 年", "每年 25%（4 年）", "共 4 年", "for 4 years" (review 23 L4: refused as
 * giving no years, or its "4" as a second figure). Two groups each: the count and its unit.
 */
const YEARS_BEFORE_SHARE = `(?:[\\s,]*(${YEARS_COUNT})\\s*(${YEAR_UNIT}|${MONTH_UNIT}))?`
const YEARS_AFTER_SHARE =
  `(?:\\s*\\(?${YEARS_CLAUSE}\\s*\\)?` +
  `|[\\s,]*\\(?\\s*(?:共|共计|共計|总共|總共|for)?\\s*(${YEARS_COUNT})\\s*(${YEAR_UNIT}|${MONTH_UNIT})\\s*\\)?(?=\\s*(?:$|[,;；、+\\n。])))?`

/**
 * The joining word after a share, read with it: in "每年 25% 和签字费 10 万" the sign-on is read
 * apart, and "和" alone would be listed as a part not read.
 */
const JOINED_AFTER_SHARE = '(?:\\s*(?:and|plus|with|和|及|且|以及)(?![a-z]))?'

/** The figure ends there: "20" of "20w" is not one, tried once "20w" is refused for its vesting. */
const WHOLE_FIGURE = '(?![a-z]|\\s*(?:万|萬|千|百|元))'
/** Vesting said without its years: "分期归属", "归属", "vesting", "over". */
const VESTING_WITHOUT_YEARS = `(?:(?:分期|分年|逐年|按年)\\s*${VEST_WORD}?|${VEST_WORD}|over)`

interface StockForm {
  source: string
  /** 'share': a grant and the share of it each period vests ("股票 100 万，每年 25%"). */
  kind: 'grant' | 'per-year' | 'share'
}

/** Each way a line writes stock; tried in this order at each place in the line. */
const FORMS: StockForm[] = [
  // "RSU 20 万分 4 年", "期权/RSU 总额 20 万，4 年归属", "RSU 200k over 4 years"
  {
    kind: 'grant',
    source: `${STOCK_WORD}${LINK}${AMOUNT_SOURCE}${NOT_SHARES_NOR_PERCENT}${YEARS_CLAUSE}`,
  },
  // "200k RSU vesting 4 yrs", "20 万股票分 4 年"
  {
    kind: 'grant',
    source: `(?:${PART_START}|(?<=${INCLUDE_LEAD}\\s*))${AMOUNT_SOURCE}\\s*(?:的\\s*)?${STOCK_WORD}${YEARS_CLAUSE}`,
  },
  // "股票 每年 5 万", "RSU per year 50k"
  {
    kind: 'per-year',
    source: `${STOCK_WORD}\\s*[:：]?\\s*${PER_YEAR_BEFORE}\\s*[:：]?\\s*${AMOUNT_SOURCE}${NOT_SHARES_NOR_PERCENT}${YEARS_OF_PER_YEAR}`,
  },
  // "stock 150k/yr", "RSU 5 万/年", "RSU 50k a year"
  {
    kind: 'per-year',
    source: `${STOCK_WORD}${LINK}${AMOUNT_SOURCE}${PER_YEAR_AFTER}${YEARS_OF_PER_YEAR}`,
  },
  // "每年股票 5 万", "annual RSU 50k"
  {
    kind: 'per-year',
    source: `${PER_YEAR_BEFORE}\\s*(?:的\\s*)?${STOCK_WORD}${LINK}${AMOUNT_SOURCE}${NOT_SHARES_NOR_PERCENT}${YEARS_OF_PER_YEAR}`,
  },
  // "150k RSU per year", "5 万股票/年", and after an include word ("incl. 300k RSU/yr")
  {
    kind: 'per-year',
    source: `(?:${PART_START}|(?<=${INCLUDE_LEAD}\\s*))${AMOUNT_SOURCE}\\s*(?:的\\s*)?${STOCK_WORD}${PER_YEAR_AFTER}${YEARS_OF_PER_YEAR}`,
  },
  // "年包 100w（含 20w 股票）": inside a year's figure, the stock's part of that year
  {
    kind: 'per-year',
    source: `(?<=${INCLUDE_LEAD}\\s*)${AMOUNT_SOURCE}\\s*(?:的\\s*)?${STOCK_WORD}(?![a-z])`,
  },
  // "股票 100 万，每年 25%", "RSU 1M, 25% per year"
  {
    kind: 'share',
    source: `${STOCK_WORD}${LINK}${AMOUNT_SOURCE}${NOT_SHARES_NOR_PERCENT}${YEARS_BEFORE_SHARE}${SHARE_CLAUSE}${YEARS_AFTER_SHARE}${JOINED_AFTER_SHARE}`,
  },
  // "100 万股票，每年 25%"
  {
    kind: 'share',
    source: `${PART_START}${AMOUNT_SOURCE}\\s*(?:的\\s*)?${STOCK_WORD}${YEARS_BEFORE_SHARE}${SHARE_CLAUSE}${YEARS_AFTER_SHARE}${JOINED_AFTER_SHARE}`,
  },
  // "年包 95w 含股票 20w", "其中股票 20w", "including stock 200k": the stock's part of the year,
  // its word first (review 22: refused, while "含 20w 股票" read). Last, so a grant with its years
  // or share, or a value a year, is read as such; not with vesting and no years ("分期归属").
  {
    kind: 'per-year',
    source: `(?<=(?:${INCLUDE_LEAD}|${EXCLUDE_LEAD})\\s*)${STOCK_WORD}${LINK}${AMOUNT_SOURCE}${NOT_SHARES_NOR_PERCENT}${WHOLE_FIGURE}(?![\\s,]*${VESTING_WITHOUT_YEARS})`,
  },
  // "股票 60 万已含", "RSU 200k included", "股票 20 万另算": its word after (review 23 L3: refused
  // as two figures while "包含股票 60 万" read). Inside or on top, as parse-pay.ts reads the word.
  {
    kind: 'per-year',
    source: `${STOCK_WORD}${LINK}${AMOUNT_SOURCE}${NOT_SHARES_NOR_PERCENT}${WHOLE_FIGURE}(?=\\s*${INSIDE_OR_APART_AFTER})`,
  },
]

const groupCount = (source: string) => (new RegExp(`${source}|`).exec('')?.length ?? 1) - 1
const AMOUNT_GROUPS = groupCount(AMOUNT_SOURCE)
/** Where each form's groups start among the whole pattern's (the whole match is group 0). */
const FORM_OFFSETS = FORMS.reduce<number[]>(
  (offsets, _form, index) => [
    ...offsets,
    index === 0 ? 1 : (offsets[index - 1] ?? 1) + groupCount(FORMS[index - 1]?.source ?? ''),
  ],
  [],
)

/** Stock with its figure, in any of the forms above ("RSU 20 万分 4 年", "stock 150k/yr"). */
export const STOCK_MENTION = new RegExp(FORMS.map((form) => form.source).join('|'), 'g')

/**
 * The stock one match of `STOCK_MENTION` wrote, or why it cannot be read: null for a figure
 * that is not one ("RSU 20 分 4 年", no unit and too small to be money).
 */
export function stockFrom(
  groups: readonly (string | undefined)[],
): ParsedStock | { refused: StockRefusal } | null {
  const index = FORM_OFFSETS.findIndex((offset) => groups[offset] !== undefined)
  const form = FORMS[index]
  const offset = FORM_OFFSETS[index]
  if (!form || offset === undefined) return null
  const [low, lowUnit, high, highUnit] = groups.slice(offset, offset + AMOUNT_GROUPS)
  const amount = amountRange(low, lowUnit, high, highUnit)
  if (!amount) return null
  const rest = groups.slice(offset + AMOUNT_GROUPS)
  if (form.kind === 'share') return grantByShare(amount, rest)
  const years = yearsIn(rest)
  if (form.kind === 'per-year') {
    // "30万/年（4年归属）": a value a year, for the years given: that many years' worth granted.
    if (years === null) return { perYear: amount, grant: null }
    if (!goodYears(years)) return { refused: 'stock-bad-years' }
    return {
      perYear: amount,
      grant: { total: mapRange(amount, (each) => fen(each * years)), years },
    }
  }
  if (years === null || !goodYears(years)) return { refused: 'stock-bad-years' }
  return {
    perYear: mapRange(amount, (total) => fen(total / years)),
    grant: { total: amount, years },
  }
}

const goodYears = (years: number) =>
  Number.isInteger(years) && years >= 1 && years <= MOST_VESTING_YEARS

/** The years of `YEARS_CLAUSE`'s four groups, NaN for a count not whole; null when absent. */
function yearsIn(groups: readonly (string | undefined)[]): number | null {
  const after = groups[0] !== undefined
  const yearsText = groups[after ? 0 : 2]
  if (yearsText === undefined) return null
  const unit = groups[after ? 1 : 3] ?? ''
  const count = YEARS_IN_WORDS[yearsText] ?? countOf(yearsText)
  // "over 48 months" is 4 years; "over 30 months" has no whole count of years.
  return new RegExp(`^${MONTH_UNIT}$`).test(unit) ? count / 12 : count
}

/**
 * A grant and the share a period vests (the years said before it, `SHARE_CLAUSE`'s six groups,
 * then the years said after it): "每年 25%" is 4 years,
 * "1/16 per quarter" 4 years. A share that does not divide the grant into whole years is no
 * even schedule ("每年 30%").
 */
function grantByShare(
  total: Range<Fen>,
  groups: readonly (string | undefined)[],
): ParsedStock | { refused: StockRefusal } {
  const [yearsFirst, unitFirst, ...share] = groups
  const [periodBefore, partsBefore, percentBefore, partsAfter, percentAfter, periodAfter] = share
  const parts = partsBefore ?? partsAfter
  const count = parts !== undefined ? Number(parts) : 100 / Number(percentBefore ?? percentAfter)
  const years = count / PERIODS_A_YEAR(periodBefore ?? periodAfter ?? '')
  // "每年 25%，分 4 年", "4 年，每年 25%": the years said too must agree.
  const said =
    yearsIn(share.slice(6)) ?? yearsIn(share.slice(10)) ?? yearsIn([yearsFirst, unitFirst])
  if (!Number.isInteger(years) || (said !== null && said !== years)) {
    return { refused: 'stock-uneven' }
  }
  if (!goodYears(years)) return { refused: 'stock-bad-years' }
  return { perYear: mapRange(total, (each) => fen(each / years)), grant: { total, years } }
}

/** More years than this is not a vesting schedule one meets in offers. */
const MOST_VESTING_YEARS = 10

const CLIFF_WORD = '(?:cliff|悬崖期?|懸崖期?)'
const CLIFF_SPAN = `(?:${COUNT_SOURCE}\\s*-?\\s*(?:${YEAR_UNIT}|个月|個月|months?(?![a-z]))\\s*(?:的\\s*)?)?`
/** "1 年 cliff", "one-year cliff", "cliff 12 个月", "悬崖期 1 年". */
export const STOCK_CLIFF = new RegExp(
  `${CLIFF_SPAN}(?:one|a)?\\s*-?\\s*(?:year\\s*)?${CLIFF_WORD}(?:\\s*(?:期)?\\s*[:：]?\\s*${COUNT_SOURCE}\\s*(?:${YEAR_UNIT}|个月|個月|months?(?![a-z])))?` +
    // "1 年后开始归属", "满一年后解锁": nothing vests before the first year is out.
    `|(?:满|滿)?\\s*${COUNT_SOURCE}\\s*(?:年|个月|個月)\\s*(?:后|後|以后|以後)\\s*(?:才|开始|開始|方可)?\\s*${VEST_WORD}`,
  'g',
)
const CLIFF_WORD_ONLY = new RegExp(CLIFF_WORD)

/**
 * The first cliff in the line that is the stock's: one named so ("1 年 cliff"), or a wait before
 * vesting ("满 1 年后发放") said after a stock word with no bonus word nearer ("年终奖 2 个月，满
 * 1 年后发放" is the bonus's, paid once the first year is out).
 */
export function stockCliffIn(text: string, line: string): RegExpExecArray | null {
  for (const cliff of text.matchAll(STOCK_CLIFF)) {
    if (CLIFF_WORD_ONLY.test(cliff[0])) return cliff
    const before = line.slice(0, cliff.index)
    const lastOf = (pattern: RegExp) =>
      Math.max(-1, ...[...before.matchAll(pattern)].map((found) => found.index))
    if (lastOf(BONUS_WORD_GLOBAL) <= lastOf(STOCK_WORD_GLOBAL)) return cliff
  }
  return null
}

/**
 * A schedule written out: "10/20/30/40", "25%/25%/25%/25%", "10-20-30-40", "50%/50%": at least two
 * separators, or percent signs on both sides of one ("1/4" is a fraction, "3/1" a date). A unit
 * after it is one only at a word's end: "25/25/25/25 monthly" is a schedule (review 19).
 */
const SCHEDULE =
  /(?<![\d./-])(?:\d+(?:\.\d+)?\s*%?(?:(?:\s*\/\s*\d+(?:\.\d+)?\s*%?){2,}|(?:\s*-\s*\d+(?:\.\d+)?\s*%?){2,})|\d+(?:\.\d+)?\s*%\s*[/-]\s*\d+(?:\.\d+)?\s*%)(?![\d./-]|\s*(?:k(?![a-z])|千|w(?![a-z])|万|萬|m(?![a-z])|元))/g
/**
 * The share a period vests: "每年归属 1/4", "1/16 per quarter", "1/48 每月", "每年 25%", "25% each
 * year", "vesting 1/4 per year". Groups: period, denominator, percent; then denominator, percent,
 * period.
 */
const PERIOD_SHARE = new RegExp(
  `(?<![\\d./])(?:(?:${VEST_WORD}\\s*)?${PERIOD_WORD}\\s*${VEST_WORD}?\\s*${SHARE}` +
    `|(?:${VEST_WORD}\\s*)?${SHARE}\\s*(?:${VEST_WORD}\\s*)?(${PERIOD_WORD.slice(1, -1)}|a\\s*(?:year|quarter|month)))(?![\\d./])${SHARE_ENDS}`,
)
/** Periods a year, by the period word's first letters or character. */
const PERIODS_A_YEAR = (word: string) =>
  /季|quarter/.test(word) ? 4 : /月|month/.test(word) ? 12 : 1
/** Words for a schedule that is not even. */
const UNEVEN_WORD =
  /逐年递增|逐年遞增|逐年增加|递增|遞增|前少后多|前少後多|前低后高|前低後高|非等额|非等額|不等额|不等額|不均匀|不均勻|back[-\s]?loaded|front[-\s]?loaded|graded\s*vesting/
/** Where a line's parts meet: a schedule is the stock's in the stock's part or the part after it. */
const PART_BREAK = /[,;，；\n]/g
const STOCK_WORD_GLOBAL = new RegExp(EQUITY_WORD, 'g')
const BONUS_WORD_GLOBAL = new RegExp(ANY_BONUS_WORD, 'g')

/**
 * A written schedule or a word for an uneven one, in a line that speaks of stock: the text, and
 * the years it spreads evenly over (null when it is not even, or does not add up to 100). `text`
 * is the line with the parts read so far blanked, `line` the line as written (lowered), where the
 * stock word still stands: a written schedule counts only near it, and never a date ("2025/3/1",
 * "2025-03-01") nor figures above 100.
 */
export function scheduleIn(
  text: string,
  line: string,
): { fragment: string; evenYears: number | null } | null {
  const word = UNEVEN_WORD.exec(text)
  if (word) return { fragment: word[0], evenYears: null }
  const share = PERIOD_SHARE.exec(text)
  if (share && nearStock(line, share.index)) {
    const [, periodBefore, partsBefore, percentBefore, partsAfter, percentAfter, periodAfter] =
      share
    const period = periodBefore ?? periodAfter ?? ''
    const parts = partsBefore ?? partsAfter
    const count = parts !== undefined ? Number(parts) : 100 / Number(percentBefore ?? percentAfter)
    const years = count / PERIODS_A_YEAR(period)
    return { fragment: share[0].trim(), evenYears: Number.isInteger(years) ? years : null }
  }
  for (const written of text.matchAll(SCHEDULE)) {
    const parts = written[0].split(/[/-]/).map((part) => Number(part.replace(/[%\s]/g, '')))
    if (parts.some((part) => part > 100) || !nearStock(line, written.index)) continue
    const first = parts[0] ?? 0
    const sum = parts.reduce((total, part) => total + part, 0)
    // "10%-15% 调薪": two percents that do not make the whole are a range, not a schedule.
    if (parts.length === 2 && written[0].includes('-') && Math.abs(sum - 100) >= 0.5) continue
    const even = parts.every((part) => part === first) && Math.abs(sum - 100) < 0.5
    return { fragment: written[0].trim(), evenYears: even ? parts.length : null }
  }
  return null
}

/**
 * A stock word before `at` anywhere in the line, or after it in its part or the next ("10/20/30/40
 * 归属，RSU 20 万分 4 年"): a schedule-shaped figure elsewhere is another part's, unread.
 */
function nearStock(line: string, at: number): boolean {
  if (STOCK_WORD_ANYWHERE.test(line.slice(0, at))) return true
  const breaks = [...line.slice(at).matchAll(PART_BREAK)].map((found) => found.index)
  return STOCK_WORD_ANYWHERE.test(line.slice(at, at + (breaks[1] ?? line.length)))
}

/** A period and a percent, or a percent, right after a grant, whatever follows it. */
const SHARE_AFTER_GRANT = `[\\s,]*(?:${VEST_WORD}\\s*)?(?:${PERIOD_WORD}\\s*)?${SHARE}`
/**
 * Stock with a vesting word but no count of years ("RSU 20 万，分期归属", "RSU 200k vesting"),
 * to name rather than read: left unmatched by `STOCK_MENTION`.
 */
export const STOCK_YEARS_MISSING = new RegExp(
  `${STOCK_WORD}${LINK}${AMOUNT_SOURCE}[\\s,]*${VESTING_WITHOUT_YEARS}` +
    `|${PART_START}${AMOUNT_SOURCE}\\s*(?:的\\s*)?${STOCK_WORD}[\\s,]*${VESTING_WITHOUT_YEARS}` +
    // A grant, then a yearly percent that is no vesting share ("股票 100 万，每年 10% 增长"): the
    // grant alone is named, the percent being said of something else.
    `|${STOCK_WORD}${LINK}${AMOUNT_SOURCE}${NOT_SHARES_NOR_PERCENT}(?=${SHARE_AFTER_GRANT})` +
    `|${PART_START}${AMOUNT_SOURCE}\\s*(?:的\\s*)?${STOCK_WORD}(?=${SHARE_AFTER_GRANT})`,
)

/**
 * Whether one match of `STOCK_MENTION` wrote a value a year ("300k RSU/yr", "含 20w 股票"), not a
 * grant: the stock's part of a year's figure that holds it.
 */
export function isValueAYear(groups: readonly (string | undefined)[]): boolean {
  const index = FORM_OFFSETS.findIndex((offset) => groups[offset] !== undefined)
  return FORMS[index]?.kind === 'per-year'
}
