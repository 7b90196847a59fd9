import type { Currency } from '../model/enums'
import { fen, fenFromYuan, type Fen } from '../money'
import { point, type Range } from '../range'
import { AMOUNT_SOURCE, amountRange, DECIMAL_COMMA_FIGURE, RANGE_SEPARATOR } from './parse-amount'
import { basePeriod, type PeriodMarker, type Span } from './base-period'
import {
  CHINESE_DIGIT,
  CHINESE_NUMBER,
  COUNT_SOURCE,
  countOf,
  NOT_AFTER_A_NUMERAL,
  NUMERAL_CHARACTERS,
  TIMES_SIGN,
} from './count-words'
import {
  ANY_BONUS_WORD,
  BONUS_MENTION,
  BONUS_PERCENT_MENTION,
  AWS_OF_MONTH_COUNT,
  awsOfMonthCountSetAside,
  BONUS_WORD_OF_MONTH_COUNT,
  bonusFrom,
  bonusPercentFrom,
  type ParsedBonus,
} from './parse-bonus'
import { statedTotalIn } from './stated-total'
import { baseNamedBeside, otherPayOfFigure, preTaxSaidOfBase } from './not-base'
import {
  ABOUT_WORDS,
  AFTER_TAX_WORDS,
  APART_WORDS,
  EQUITY_WORDS,
  INSIDE_WORDS,
  lineForms,
  PRE_TAX_WORDS,
  ROUGHLY_AFTER_WORDS,
} from './pay-words'
import {
  COUNT_BEFORE_OPTIONS,
  OPTIONS_MENTION,
  OPTIONS_WORD,
  optionsMentionFrom,
  STRIKE_MENTION,
  type OptionsMention,
} from './parse-options'
import {
  SIGN_ON_MENTION,
  SIGN_ON_SPREAD,
  signOnFrom,
  signOnInside,
  signOnOutside,
} from './parse-sign-on'
import {
  isValueAYear,
  scheduleIn,
  stockCliffIn,
  STOCK_MENTION,
  STOCK_WORD_ANYWHERE,
  STOCK_YEARS_MISSING,
  stockFrom,
  type ParsedStock,
  type StockRefusal,
} from './parse-stock'

export type { ParsedBonus } from './parse-bonus'
export type { ParsedStock, StockRefusal } from './parse-stock'

/** Pay as read from text: a monthly range and the months a year, or an annual range. */
export type ParsedPay = {
  currency: Currency | null
  /**
   * "(現金)" / "cash", or a word that leaves stock out ("不含股票", "excluding stock", "股票另算",
   * "无股票"): the figure excludes stock (L5, L17).
   */
  cashOnly: boolean
  /**
   * The figure counts stock, with no part of it given: 'stated' when the line says so ("年包 80 万
   * (含股票)", "including RSU"), 'possible' when it names a total package (年包, 总包, total comp,
   * which in China often hold stock) and does not say it is cash. Stock beside it is not to be
   * added on top. Absent when the line says neither.
   */
  stockInside?: 'stated' | 'possible'
  notes: ParseNote[]
  /** Options the text names ("+ options", "期权 2 万股"): what it read, and what to ask for. */
  options: OptionsMention | null
  /** A year-end bonus the text states ("年终奖 5 万", "年终 2 个月"), on top of the months. */
  bonus: ParsedBonus | null
  /**
   * A sign-on bonus the line states ("签字费 10 万", "sign-on 100k"), paid once in year one;
   * absent when it states none.
   */
  signOn?: Range<Fen>
  /**
   * Stock the line states, a value a year ("RSU 20 万分 4 年" is 5 万 a year, "stock 150k/yr");
   * absent when it states none.
   */
  stock?: ParsedStock
} & (
  { kind: 'monthly'; monthly: Range<Fen>; months: number } | { kind: 'annual'; annual: Range<Fen> }
)

/** From this many months a bonus is questioned: more than a year's base on top of it. */
const MANY_BONUS_MONTHS = 13

/** How an ambiguity was settled, for the "why?" of the figure. */
export type ParseNote =
  | 'months-assumed-12'
  | 'period-inferred-annual'
  | 'period-inferred-monthly'
  /** Stock was read as a value a year, a grant spread evenly over its years. */
  | 'stock-per-year'
  /**
   * A bonus in months beside a yearly figure ("年包 95w，年终 3 个月另算"): a month is taken as
   * the yearly figure ÷ 12, as the engine counts it; the line does not say what a month is.
   */
  | 'bonus-month-of-annual'
  /**
   * A bonus of 13 months or more ("年终奖 13 个月", "bonus 15 months"): read as written, but rare
   * enough to question, as it is often the months a year (13 薪) said as a bonus (read 30 #8).
   */
  | 'bonus-months-many'

export type PayParseError =
  | { code: 'empty' }
  | { code: 'no-amount'; fragment: string }
  /**
   * `why`: 'sign-on-inside', a sign-on said to be inside the figure ("总包 120w（含签字费 10w）"):
   * the form says so and what to enter, not only that there are several figures. 'total-disagrees',
   * a month's pay times its months with a total that is not their product ("6万×16=90万"):
   * `fragment` names both ("6万×16 / 90万"), and the user says which the offer pays.
   * 'bonus-percent', a bonus as a share that cannot be placed: of the package ("bonus 15% of total
   * comp"), beside more months than 12 ("× 16，年终奖 20%": of 12 months or of 16?), or above
   * 24 months' worth: `fragment` is the bonus's words, to enter in months or as an amount.
   */
  | {
      code: 'several-amounts'
      fragment: string
      why?: 'sign-on-inside' | 'total-disagrees' | 'bonus-percent'
    }
  /**
   * `at`: where the fragment starts in the text as given, once in NFKC form (the offer form cuts
   * it out there: the first match of its text may be inside a word read, "年" of "年薪").
   */
  | {
      code: 'unreadable'
      fragment: string
      at: number
      /**
       * Why the part is not read, where the parser knows: 'after-tax', a figure said to be after
       * tax beside the pre-tax base ("到手约 3 万"), which the engine computes itself, so the form
       * can say so rather than list it as unread (review 21 M3); 'decimal-comma', a figure
       * written with a decimal comma ("12,5k"), which the form refuses, asking for a point;
       * 'currency', a currency the app does not hold ("澳刀", "CAD"), refused, not set aside.
       */
      why?: UnreadReason
    }
  | { code: 'months-on-annual'; fragment: string }
  | { code: 'bad-months'; fragment: string }
  /**
   * A range of the base's month counts ("14-16 薪"): one count is needed. Its own code, not
   * 'unreadable', so the offer form stops rather than set it aside and assume 12 months.
   */
  | { code: 'months-range'; fragment: string }
  /** The text names options but no pay: ask for the base pay, and for what the options lack. */
  | { code: 'options-without-base'; options: OptionsMention }
  /**
   * Stock with no one value a year (no count of years, a cliff, an uneven schedule): named, never
   * read as some other figure. Not 'unreadable', so the offer form stops rather than set it aside.
   */
  | { code: StockRefusal; fragment: string }
  /** The text states stock but no pay: ask for the base pay. */
  | { code: 'stock-without-base'; fragment: string }
  /**
   * The line's one figure is a bonus's or a one-off payment's ("年终奖（税前）5 万", "签字费 10 万"):
   * no base pay to read (review 21: read as the month's pay once the word was set aside).
   */
  | { code: 'bonus-without-base'; fragment: string }
  /**
   * The figure gives its own period and a pay word the other ("60万/年，月薪"): `fragment` names
   * both ("60万/年 / 月薪"). Not 'unreadable', so the offer form stops rather than pick one.
   */
  | { code: 'period-conflict'; fragment: string }
  /**
   * A figure said to be after tax ("税后月薪 4 万", "到手 3 万", "net 30k"): the engine computes
   * after-tax pay from pre-tax figures, so it is not read as one (new-user trial 11: read as gross).
   */
  | { code: 'after-tax'; fragment: string }
  /**
   * Two sign-on bonuses of different amounts ("签字费 10 万，sign-on 50k"): `fragment` names both.
   * One of them is the offer's; which, the user says.
   */
  | { code: 'sign-on-twice'; fragment: string }
  /**
   * A sign-on paid in parts over years ("签字费 20 万分两年发"): the engine counts a sign-on in
   * year one, and how much falls later is not said, so it is not read as one.
   */
  | { code: 'sign-on-spread'; fragment: string }
  /** A sign-on in another currency than the base pay ("月薪 4 万，sign-on $10k"). */
  | { code: 'sign-on-currency'; fragment: string }
  /**
   * The base pay named in two currencies that are not one ("$80k 人民币"): `fragment` names
   * both. "¥800 万日元" (¥ is the yen's sign too) and "$80k HKD" (a Hong Kong recruiter's $) are
   * read in the one named by name.
   */
  | { code: 'two-currencies'; fragment: string }

/** What an unread part is, when the parser knows (see 'unreadable'). */
export type UnreadReason = 'after-tax' | 'decimal-comma' | 'currency'

export type PayParseResult = { ok: true; pay: ParsedPay } | { ok: false; error: PayParseError }

const AMOUNT = new RegExp(AMOUNT_SOURCE, 'g')
/**
 * A count of shares with no options word ("2万股", "两万股"): not pay, and not an amount to read
 * as pay once "股" is set aside. Named whole, so the offer form sets it aside whole. (Not the
 * figure before "股票" or "股份", the words for stock: "25万 股票 20 万" is two figures.)
 */
const SHARES_FIGURE = new RegExp(`${AMOUNT_SOURCE}\\s*(?:股(?![票权權份东東])|shares?(?![a-z])|份)`)
/**
 * A Chinese numeral standing alone once the parts are read ("三万 五", "30k，一百二十万", the
 * "一元" of "一万一元"): a figure the parser could not read whole. Refused as a second figure, as "4万 5" is, not as an
 * unread word the offer form would set aside (it read "3万五" as 30,000 with "五" unread).
 */
const STRAY_NUMERAL = new RegExp(`[${NUMERAL_CHARACTERS}]+元?`, 'g')
const ANY_NUMERAL = new RegExp(`[${NUMERAL_CHARACTERS}]`)
const SHARE_WORD = /股|份|share/
const FIGURE_AHEAD = new RegExp(`^\\s*[\\d${NUMERAL_CHARACTERS}]`)

/**
 * With no "年/月" word and no months, a figure from this size up (in units of its currency) can
 * only be a year's pay. Where pay is quoted by the year (US, Europe) a month above 30k is as rare
 * as a year below it: "$150k" is a year (review: it was read as $150k a month); Hong Kong and
 * mainland recruiters quote months ("HK$ 80k", "120-150k"); yen figures are a hundred times larger.
 */
const ANNUAL_IF_AT_LEAST: Record<Currency, number> = {
  CNY: 200_000,
  HKD: 200_000,
  USD: 30_000,
  EUR: 30_000,
  GBP: 30_000,
  SGD: 30_000,
  JPY: 2_000_000,
}

/**
 * Currency words and signs as people write them (lower case: the text is lowered first). "刀",
 * "美刀" are slang for US dollars ("行权价 1 刀": review 22, read as yuan); "港刀", "新刀" for
 * Hong Kong and Singapore dollars.
 */
const CURRENCY_TOKENS: [Currency, string[]][] = [
  ['HKD', ['hk$', 'hkd', '港币', '港幣', '港元', '港纸', '港紙', '港刀']],
  ['SGD', ['s$', 'sgd', '新币', '新幣', '新加坡元', '新加坡币', '新加坡幣', '新元', '新刀']],
  ['USD', ['us$', 'usd', '美元', '美圆', '美圓', '美金', '美刀', '刀', '$']],
  ['EUR', ['eur', '€', '欧元', '歐元']],
  ['GBP', ['gbp', '£', '英镑', '英鎊', '英磅']],
  ['JPY', ['jpy', '日元', '日圓', '日币', '日幣', '円']],
  ['CNY', ['rmb', 'cny', '¥', '人民币', '人民幣']],
]
/**
 * "港刀 60 万/年", "新刀月薪 1.5 万", "月薪：新刀 1.5 万": the slang written before its amount, as
 * "HK$ 80k" is (review 25 M2: e50011d left these unread and the pay read as yuan, ~5× under). A
 * figure must follow, with at most a pay word between, so "新刀法" and "港刀哥" stay words.
 */
function slangBefore(token: string): string {
  return `|${token}(?=\\s*(?:月薪|年薪|年包|base)?\\s*[:：]?\\s*\\d)`
}
/** Not right after a Chinese character, unless a pay word ends there ("月薪新元 3 万"). */
const NOT_IN_A_NAME = '(?<![\\u3400-\\u9fff](?<!月薪|年薪|年包|底薪|薪资|薪資|工资|工資))'
/**
 * Slang dollars read only right after an amount ("3 万刀", "20 万港刀"): "刀" elsewhere is a knife,
 * a cut ("砍一刀", "一刀切"), and "港刀", "新刀" may be the start of other words ("新刀法", a name).
 * "港刀", "新刀" are read as a clause of their own too ("年薪 60 万，港刀", "（新刀）").
 */
const SLANG_DOLLARS: ReadonlyMap<string, string> = new Map([
  ['刀', ''],
  // Singapore dollars' short name, right after an amount or right before one ("新元 8000/月":
  // review 29 P2), or as a clause of its own: "新元" starts other words.
  // Rule "新元 ends a name": before its amount, not right after a Chinese character other than a
  // pay word's end ("张新元 月薪 3 万" is a man named 新元, read 30 #8: read as Singapore
  // dollars); "月薪新元 3 万" and "月薪：新元 3 万" are still the currency.
  [
    '新元',
    `|(?<=(?:^|[,，;；(（])\\s*)新元(?=\\s*(?:$|[,，;；)）]))|${NOT_IN_A_NAME}${slangBefore('新元').slice(1)}`,
  ],
  ['港刀', `|(?<=(?:^|[,，;；(（])\\s*)港刀(?=\\s*(?:$|[,，;；)）]))${slangBefore('港刀')}`],
  ['新刀', `|(?<=(?:^|[,，;；(（])\\s*)新刀(?=\\s*(?:$|[,，;；)）]))${slangBefore('新刀')}`],
])
const slangDollars = (token: string, alone: string) => `(?<=[\\d万萬千wkm]\\s*)${token}${alone}`
/**
 * Dollars of a currency the app does not hold ("20 万加刀", "澳刀", "AUD"): refused by name, not
 * read in another (review 23: "加刀" was read as US dollars, "加" left unread). The codes "CAD",
 * "AUD", "NZD" only next to an amount ("50k CAD", "CAD 50k") or as a clause of their own, and "CA$",
 * "A$", "NZ$" before one: "CAD" is also the drawing software ("CAD 算法工程师", "做 CAD/CAE 软件":
 * review 24 L3, a yuan line refused as an unsupported currency). The names of other currencies
 * a recruiter in Asia may write ("5000 万韩元", "月薪 3 万卢比", "新台币", "₩", "INR") likewise:
 * they were listed as not read and the figure kept as yuan, 190× over for won (review 27).
 */
const OTHER_CURRENCY_WORDS =
  '韩元|韓元|韩圆|韓圓|韩币|韓幣|新台币|新台幣|台币|台幣|卢比|盧比|卢布|盧布|泰铢|泰銖|林吉特|令吉|马币|馬幣|越南盾|印尼盾|澳门币|澳門幣|澳门元|澳門元|瑞郎|瑞士法郎|加拿大元|澳大利亚元|澳大利亞元|新西兰元|紐西蘭元|迪拉姆|里亚尔|里亞爾|比索|克朗|谢克尔|謝克爾|雷亚尔|雷亞爾|兰特|蘭特'
// Review 28 P2: AED, SAR, SEK, IDR, PHP… filled the base in yuan. "php" and "rm" are codes only
// beside an amount, as every code here is ("PHP 工程师" is the language).
const OTHER_CURRENCY_CODES =
  'cad|aud|nzd|krw|inr|twd|rub|thb|myr|rm|vnd|idr|php|mop|chf|aed|sar|qar|sek|nok|dkk|ils|brl|zar|mxn'
const UNSUPPORTED_CURRENCY = new RegExp(
  `(?:加|澳|纽|紐)(?:刀|币|幣)|澳元|紐元|纽元|${OTHER_CURRENCY_WORDS}|[₩₹₽฿₱₪]|(?<=[\\d万萬千wkm]\\s*)加元` +
    `|(?<=(?:[\\d万萬千]|\\d\\s*[kmw])\\s*)(?:${OTHER_CURRENCY_CODES})(?![a-z])` +
    `|(?<![a-z])(?:${OTHER_CURRENCY_CODES})(?=\\s*\\$?\\s*\\d)` +
    `|(?<=(?:^|[,，;；(（])\\s*)(?:${OTHER_CURRENCY_CODES})(?=\\s*(?:$|[,，;；)）]))` +
    `|(?<![a-z])(?:ca?|au?|nz|nt|r)\\$(?=\\s*\\d)`,
)
const CURRENCY_BY_TOKEN = new Map(
  CURRENCY_TOKENS.flatMap(([currency, tokens]) =>
    tokens.map((token) => [token, currency] as const),
  ),
)
/**
 * One pass for every currency; longest tokens first, so "HK$" and "US$" win over the bare "$".
 * "刀", "港刀", "新刀" only right after an amount (review 23: any "刀" made the whole pay US
 * dollars; session 24: "新刀法", "港刀哥" made it Singapore or Hong Kong dollars).
 */
const CURRENCY_MARKER = new RegExp(
  [...CURRENCY_BY_TOKEN.keys()]
    .sort((a, b) => b.length - a.length)
    .map((token) => {
      const alone = SLANG_DOLLARS.get(token)
      return alone === undefined ? token.replace(/[$]/g, '\\$&') : slangDollars(token, alone)
    })
    .join('|'),
  'g',
)
const CASH_MARKER = /\(?(现金|現金|cash)\)?/g
/**
 * Said of the figure, it leaves stock out: "不含股票", "不含期权", "excluding stock", "without
 * RSU", "股票另算", "stock not included" (review 17: each was refused, "不含股票" unread). Taken
 * whole, so neither the stock word nor a "含" in it is read on its own. ("无股票", there is none,
 * the offer form sets aside as no stock to enter.) Not with a figure of its own after a figure:
 * "年包 95w 不含股票 20w" is the stock's 20w on top (review 23 L3); "不含股票 30k" is the base's.
 */
const EXCLUDES_STOCK = new RegExp(
  `\\(?(?<![a-z])(?:(?:(?:这|這)?(?:还|還)?不算|不含|不包含|不包括|未含|不计|不計|未计入|未計入|无|無|没有|沒有|excluding|excludes?|excl\\.?|exclusive\\s*of|without|not\\s*including|no)\\s*${EQUITY_WORDS}(?![a-z])(?!(?<=\\d[^]*)\\s*[:：]?\\s*\\d)(?:\\s*(?:在内|在內|部分))?` +
    `|${EQUITY_WORDS}\\s*(?:${APART_WORDS}|另谈|另談|待定|另外计算|另外計算|另付|不含在内|不含在內|不在内|不在內|未计入|未計入|不计入|不計入|不算|not\\s*included|excluded|extra|separately|on\\s*top))\\)?`,
  'g',
)
/** Options named in a left-out phrase that does not say there are none ("without options"). */
const OPTIONS_LEFT_OUT = /^(?!\(?\s*(?:without|no\s|无|無|没有|沒有))[^]*(?:期权|期權|option|esop)/
/**
 * Said of the figure with no amount of its own in its part, it holds stock: "(含股票)",
 * "including RSU", "股票在内", "stock included" ("含股票每年 20 万" gives the stock's, refused
 * as several amounts). Its part is the user's to give; nothing is added on top.
 */
const INCLUDES_STOCK = new RegExp(
  `\\(?(?:(?:含|包含|包括|including|incl\\.?|inclusive\\s*of)\\s*${EQUITY_WORDS}(?:\\s*(?:在内|在內))?` +
    `|${EQUITY_WORDS}\\s*(?:在内|在內|已含|包含在内|包含在內|included))\\)?(?![^,;；()]*[\\d${NUMERAL_CHARACTERS}])`,
  'g',
)
// A pay word names the pay and its period ("年薪", "月薪", "monthly salary"); a period word only
// the period ("每年", "/月", "per year"), and may be said of the bonus or the month count.
// "入职" after a month or year ("二月入职", "明年入职") is a start date: its "月入"/"年入" is no pay
// word (review 15: "60万/年，二月入职" was read as 60 万 a month).
// "每年薪资", "明年薪资", "今年薪资": the 年 is a time word's, 薪资 the salary: no pay word there
// (review 18: "40k，每年薪资普调 5%" read 40k as a year's, with "每" and "资普调" set aside).
const ANNUAL_WORD =
  /年薪(?![资資])|(?<![每今明去前后後本当當首半上下])年薪(?=[资資])|年包|总包|總包|年收入|年入(?![职職])|年収|annual\s*(?:salary|pay|package|base|comp(?:ensation)?)|total\s*(?:package|comp(?:ensation)?)|(?<![a-z])tc(?![a-z])/g
const MONTHLY_WORD =
  /月薪(?![资資])|(?<![每本当當上下次])月薪(?=[资資])|月收入|(?<![\d一二三四五六七八九十两兩个個])月入(?![职職])|月給|月工资|月工資|月底薪|月\s*base|monthly\s*(?:salary|pay|base)/g
// A bare period word reads the part after it ("每年 14 薪", "annual bonus") or before it
// ("50k/year", "14 months per year"): that settles which part it is said of when two are as near.
// "年"/"月" before a figure or count in digits or Chinese numerals ("月 3 万", "月三万", "年十四薪").
const ANNUAL_BEFORE_ITS_PART = new RegExp(
  `annual(?!ly)|一年|每年|(?<![\\d年${NUMERAL_CHARACTERS}])年(?=\\s*(?:base|\\d|${CHINESE_DIGIT}|十))`,
  'g',
)
const ANNUAL_AFTER_ITS_PART =
  /annually|yearly|per\s*(?:year|annum)|(?<![a-z])a\s+year|\/\s*(?:年|year|yr)|(?<![a-z])p\.?a\.?(?![a-z])/g
const MONTHLY_BEFORE_ITS_PART = new RegExp(
  `每月|每个月|每個月|(?<![个個\\d月${NUMERAL_CHARACTERS}])月(?=\\s*(?:base|\\d|${CHINESE_DIGIT}|十))`,
  'g',
)
const MONTHLY_AFTER_ITS_PART = /per\s*month|(?<![a-z])a\s+month|\/\s*(?:月|month|mo|mth)(?![a-z])/g
const MONTHLY_EITHER_SIDE = /monthly/g
/**
 * "12+3 薪", "(12+4) 个月": twelve months and the extra ones, written as a sum (session 24 hunt:
 * refused as two figures, "4 万 / 12"). Read as their total, a count of the base's months; "× (12+3)
 * 薪" too. Not after a bare "×": "40k × 12 + 4 months bonus" is twelve months and a bonus.
 */
const MONTHS_SUM = new RegExp(
  `(?<![\\d.]\\s*)(?:${TIMES_SIGN}\\s*\\(\\s*|(?<!${TIMES_SIGN}\\s*)\\(?\\s*)(12)\\s*\\+\\s*(\\d{1,2}(?:\\.5)?)\\s*\\)?\\s*(?:薪(?![资資])|个月|個月|months?)`,
  'g',
)
// "× 13" may name its unit too ("35k × 13 薪", "× 16 months"): the unit belongs to the count;
// "薪资" after it is the filler word, not the unit.
// A count before its unit may be in Chinese numerals ("十四薪"); one after "×" is in digits.
// Not the thousands of a figure ("000" of "S$12,000/month two months", once "two" was set aside:
// refused as "000 months", months must be from 1 to 24).
const MONTHS_MARKER = new RegExp(
  `(?<![\\d.]|\\d,(?=\\d{3}(?![\\d.])))(${COUNT_SOURCE})\\s*(薪|个月|個月|months?)` +
    `|${TIMES_SIGN}\\s*(\\d+(?:\\.\\d+)?)(?:\\s*(?:薪(?![资資])|个月|個月|months?))?(?!\\s*(?:(?:k|m)(?![a-z])|(?:w(?![a-z]|/\\s)|(?<=\\d)w(?![a-z]))|千|万|萬|元|\\d))`,
  'g',
)
/**
 * A range of the base's month counts ("14-16 薪", "× 14-16"): the offer has not settled its
 * months, and one count is what the reading needs. Named, not guessed. (A bonus of a range of
 * months, "年终 2-4 个月", is read before this, as the bonus.)
 */
const MONTH_COUNT_RANGE = new RegExp(
  `${COUNT_SOURCE}\\s*${RANGE_SEPARATOR}\\s*${COUNT_SOURCE}\\s*(?:薪(?![资資])|个月|個月|months?)` +
    // Two neighbouring digits, "this or the next" (概数): "十五六薪" is 15 or 16 months (review
    // 28 P10: set aside once 971fe4a read "四五万", so 12 months were assumed).
    `|${NOT_AFTER_A_NUMERAL}(?:${CHINESE_DIGIT}?十)?${CHINESE_DIGIT}{2}\\s*薪(?![资資])` +
    `|${TIMES_SIGN}\\s*\\d+(?:\\.\\d+)?\\s*${RANGE_SEPARATOR}\\s*\\d+(?:\\.\\d+)?(?!\\s*(?:k|千|w|万|萬|m|元|[\\d.]))`,
  'g',
)
/** Fewer months a year than this is not the base's count: a probation ("试用期 3 个月") or a bonus. */
const FEWEST_BASE_MONTHS = 12
/** The rest of a clause after a count of months: up to a break, or the end of the line. */
const BARE_COUNT_CLAUSE = /^[^,，;；。、)）]*?(?=[,，;；。、)）]|\.(?:\s|$)|$)/
/** A "×" right after a count of months ("10 months × $10k"): the count is the base's. */
const TIMES_AFTER = /^\s*(?:[×*]|x(?![a-z]))/
/** After tax: "税后", "到手", "after tax", "net pay" ("税前" is filler: the figures are pre-tax). */
const AFTER_TAX = new RegExp(AFTER_TAX_WORDS)
/** The line says its figures are before tax ("税前", "pre-tax", "gross"). */
const PRE_TAX = new RegExp(PRE_TAX_WORDS)
/** After-tax words in a row ("税后到手", "税后实发"): one clause's word. */
const AFTER_TAX_RUN = `(?:${AFTER_TAX_WORDS})(?:\\s*(?:${AFTER_TAX_WORDS}))*`
/** A period or pay word said with an after-tax figure: "每月到手", "到手月薪", "税后月入". */
const CLAUSE_PERIOD_BEFORE = '每月|每个月|每個月|每年|monthly'
const CLAUSE_PAY_WORD = '月薪|年薪|月入|年入|月收入|年收入|收入|每月|每个月|每個月|每年|pay|salary'
const CLAUSE_PERIOD_AFTER =
  '/\\s*(?:月|年|month|mo|year|yr)(?![a-z])|每月|一个月|一個月|per\\s*(?:month|year)|a\\s*(?:month|year)'
/**
 * An after-tax figure beside the pre-tax one ("月薪 3 万（税前），到手约 2.3 万", "30k gross, 22k net",
 * "2.3万到手", "每月实发约 2.3 万"): the clause, its words and its figure, is set aside, and the
 * pre-tax pay read (review 20: the whole line was refused as after tax, asking for the 税前 figure
 * it held; review 21 L12: the word after the figure, "实发", "月入" were not part of a clause).
 */
const AFTER_TAX_CLAUSE = new RegExp(
  `(?:(?:${CLAUSE_PERIOD_BEFORE})\\s*)?${AFTER_TAX_RUN}\\s*(?:(?:${CLAUSE_PAY_WORD})\\s*)?(?:(?:${ABOUT_WORDS})\\s*)?${AMOUNT_SOURCE}(?:\\s*(?:${ROUGHLY_AFTER_WORDS}))?(?:\\s*(?:${CLAUSE_PERIOD_AFTER}))?` +
    `|(?:(?:${ABOUT_WORDS})\\s*)?${AMOUNT_SOURCE}(?:\\s*(?:${ROUGHLY_AFTER_WORDS}))?(?:\\s*(?:${CLAUSE_PERIOD_AFTER}))?\\s*${AFTER_TAX_RUN}`,
)
/**
 * A job level ("阿里 P7", "T3-1", "P6-P7", "L5", "E5", "IC5", "职级 2-2", "17 级"): no figure of
 * the pay. Its digits were read as a second amount ("7 / 4万"), and the line refused. Named, so the
 * offer form sets it aside as a word not read, as it does a company's name. ByteDance's levels are
 * bare ("字节 2-2", "1-2 到 2-1"): one digit, a dash, one digit, read as a level after the
 * company's name or "level", or before "级" (parser26: "字节 2-2，月薪 4 万" was refused as "2-2 /
 * 4 万"); elsewhere "2-3" may be a range whose unit follows.
 */
const BYTEDANCE_LEVEL =
  '(?:(?<=(?:字节跳动|字节|位元組|抖音|飞书|飛書|bytedance|tiktok|(?<![a-z])level|级别|級別)\\s*[:：]?\\s*)[1-5]-[1-2](?:\\s*(?:[-~到至]|to)\\s*[1-5]-[1-2])?(?:\\s*级)?|(?<![\\d.])[1-5]-[1-2]\\s*级)(?![\\d.%]|\\s*(?:k|m|w|千|万|萬|元|薪|个|個)(?![a-z]))'
const JOB_LEVEL = new RegExp(
  '(?<![a-z\\d.$])(?:ic|[ptlem])\\d{1,2}(?:-\\d)?\\+?(?:\\s*[-~/]\\s*(?:ic|[ptlem])?\\d{1,2}(?:-\\d)?\\+?)?(?![\\d.%a-z]|\\s*(?:k|m|w|千|万|萬|元|薪|个|個)(?![a-z]))|职级\\s*[:：]?\\s*(?:[a-z]{1,2})?\\d{1,2}(?:-\\d)?\\+?|' +
    `${BYTEDANCE_LEVEL}|(?<![\\d.])\\d{1,2}\\s*级`,
)
/**
 * An allowance with its amount ("房补 3000/月", "每月餐补 1000", "交通补贴500", "housing allowance
 * 5k/month"): pay the app has no field for, and no second base. Its digits were read as a second
 * amount and the whole line refused ("3.5 万 / 3000"); named whole, its period word with it, so the
 * offer form sets it aside as not read and reads the base. Amount first only after a break or a
 * joining word: the line's first figure is the base's ("30k 餐补若干").
 */
/** What an allowance is for, in Chinese and in English: with one of these, a 津贴 or a stipend
 *  is an allowance on top of the pay, never the pay itself (STIPEND_WORD). */
const ALLOWANCE_KIND_ZH =
  '交通|住房|租房|房租|餐饮|餐飲|餐费|餐費|伙食|通讯|通訊|通信|电脑|電腦|高温|高溫|岗位|崗位'
const ALLOWANCE_KIND_EN = 'housing|meal|food|transport(?:ation)?|commut(?:e|ing)|phone|relocation'
const ALLOWANCE_WORD = `(?:房补|房補|餐补|餐補|饭补|飯補|车补|車補|话补|話補|(?:${ALLOWANCE_KIND_ZH}|生活)?(?:补贴|補貼|补助|補助|津贴|津貼)|(?:${ALLOWANCE_KIND_EN})?\\s*(?:allowance|subsid(?:y|ies)|stipend))`
const ALLOWANCE_PERIOD_BEFORE = '(?:(?:每月|每个月|每個月|每年|monthly|yearly)\\s*)?'
/**
 * The allowance's own currency, before its amount ("meal allowance $20/day") or after it ("餐补
 * 30 美元/天"): read with it, so the allowance is named whole (parser28: "$150k, meal allowance
 * $20/day" was refused whole, the "$" between the word and its amount unmatched; its "/day" then
 * refused the line as pay by the day). Which currency the allowance is in does not matter: it is
 * set aside, and the base's currency is read from the base's own words.
 */
const ALLOWANCE_CURRENCY_BEFORE =
  '(?:(?:(?:us|hk|s)?\\$|¥|€|£|(?:rmb|usd|cny|hkd|sgd|eur|gbp)(?![a-z]))\\s*)?'
const ALLOWANCE_CURRENCY_AFTER =
  '(?:元|块|塊|美元|美金|刀|人民币|人民幣|(?:rmb|usd|cny|hkd|sgd|eur|gbp|dollars?)(?![a-z]))'
// A day's too ("餐补 30 元/天", "meal allowance $20/day": review 25 L2, the whole line refused).
const ALLOWANCE_PERIOD_AFTER = `(?:\\s*${ALLOWANCE_CURRENCY_AFTER}?\\s*(?:/\\s*(?:月|年|天|日|month|mo|year|yr|day)(?![a-z])|每月|每天|一个月|一個月|一天|per\\s*(?:month|year|day)|a\\s*(?:month|year|day)))?`
/**
 * A stipend, which may be the whole pay ("博士后津贴 30 万/年", "PhD stipend 40k/year", 生活津贴):
 * not one that names what it is for ("住房津贴 3000/月", "relocation stipend $10k" alone filled
 * the base, review 28 P3, while "房补 3000/月" was refused as the allowance it is).
 */
const STIPEND_WORD = new RegExp(
  `(?<!(?:${ALLOWANCE_KIND_ZH})\\s*)(?:津贴|津貼)|(?<!(?:${ALLOWANCE_KIND_EN})\\s*)stipend`,
)
/** Any figure, in digits or Chinese numerals. */
const ANY_AMOUNT = new RegExp(AMOUNT_SOURCE)
/**
 * An allowance's amount: a figure, or a small one in Chinese numerals with its 元 or its period
 * ("餐补三十元/天", "餐补三十/天": review 28 P5, refused whole as pay by the day, since an amount
 * in numerals is read only with its 万 or 千). The allowance is set aside, not read, so its
 * figure only has to be found.
 */
const ALLOWANCE_AMOUNT = `(?:${AMOUNT_SOURCE}|${NOT_AFTER_A_NUMERAL}(?:${CHINESE_DIGIT}百(?:零?${CHINESE_NUMBER})?|${CHINESE_NUMBER})(?![${NUMERAL_CHARACTERS}])(?:\\s*(?:元|块|塊)|(?=\\s*(?:/|每))))`
const ALLOWANCE = new RegExp(
  `(?:(?:含|包含|包括|另有|还有|還有|外加|另加|加上)\\s*)?${ALLOWANCE_PERIOD_BEFORE}${ALLOWANCE_WORD}\\s*[:：]?\\s*${ALLOWANCE_PERIOD_BEFORE}(?:(?:${ABOUT_WORDS})\\s*)?${ALLOWANCE_CURRENCY_BEFORE}${ALLOWANCE_AMOUNT}${ALLOWANCE_PERIOD_AFTER}` +
    `|(?<=(?:[,+，、;；(（]|另有|还有|還有|外加|另加|加上|和|及|含|包含|包括|plus|with)\\s*)${ALLOWANCE_PERIOD_BEFORE}${ALLOWANCE_CURRENCY_BEFORE}${AMOUNT_SOURCE}${ALLOWANCE_PERIOD_AFTER}\\s*(?:的\\s*)?${ALLOWANCE_WORD}`,
)
/** Every allowance in a line, in order. */
const ALLOWANCES = new RegExp(ALLOWANCE.source, 'g')
/** Pay by the day, week or hour: not a month's nor a year's, and not to be read as one. */
const OTHER_PERIOD =
  /日薪|周薪|週薪|时薪|時薪|每天|每日|每周|每週|每小时|每小時|hourly|daily|weekly|per\s*(?:hour|day|week)|\/\s*(?:天|日|周|週|小时|小時|hr|hour|day|wk|week)(?![a-z])/
/**
 * Said just before a bonus ("含年终奖 10 万", "其中年终奖 10 万", "of which bonus 100k") or just
 * after it ("年终 10 万已含", "年终奖 10 万包含在内", "bonus 100k included"), the bonus is part of
 * the base figure.
 */
const INCLUDES_WORD = new RegExp(`(?:${INSIDE_WORDS})\\s*[:：]?\\s*$`)
const INCLUDED_WORD =
  /^\s*(?:已(?:包含|包括|含)(?:在[内內])?|(?:包含|包括|含)?在[内內]|(?:is\s*|are\s*)?included(?:\s*in(?![a-z])(?:\s*the(?![a-z]))?)?|inclusive|incl\.?(?![a-z]))/
/** A joining word after a part, with nothing left after it in its clause: read with the part. */
const JOINED_AFTER =
  /^\s*(?:以及|外加|另加|和|及|与|與|跟|加|、|and|&|plus|with)(?![a-z])(?=\s*(?:$|[,，;；)）]))/
/** Said right before or after stock with its figure, it is left out: on top of the figure. */
const LEFT_OUT_BEFORE =
  /(?:[不未](?:包含|包括|含)|not\s*(?:including|incl\.?)|excluding|excludes?|excl\.?|exclusive\s*of)\s*[:：]?\s*$/
const LEFT_OUT_AFTER =
  /^\s*(?:[不未](?:包含|包括|含)?在[内內]|另算|另计|另計|(?:is\s*|are\s*)?(?:not\s*included|excluded|on\s*top(?![a-z])))/
/** "其中" / "of which": a part of the figure, which a following "另算" counts apart (review 24 L5). */
const OF_WHICH = /其中|of\s*which/
const APART_ONLY = /^\s*(?:另算|另计|另計)$/
/**
 * Said right before a part, it is added to the figure before it: "另加年终奖 20 万", "+ bonus", a
 * bare "加" as "+" is (parser28: "年包 95w 加年终 3 个月"; not the "加" ending "增加", "追加",
 * "更加", "参加", words of their own).
 */
const ADDED_WORDS = '另加|外加|另有|额外|額外|加上|再加|(?<![增追更参參])加|plus|\\+|＋'
const ADDED_WORD = new RegExp(`(?:${ADDED_WORDS})\\s*$`)
/**
 * A word joining a count of months to the pay before it: an added word ("+", "plus", 另加, 加 …),
 * blanked as filler once the parts are read; or [1] one that is not ("and", "with", "&", 和,
 * 以及), named with the count when it is set aside.
 */
const JOINED_BEFORE = new RegExp(
  `(?:${ADDED_WORDS}|((?<![a-z])(?:and|with)(?![a-z])|&|和|以及))\\s*$`,
)
/**
 * …or after it ("年终 3 个月另算", "bonus 2 months on top", "bonus 3 months separately"; review 19:
 * refused as given twice).
 */
const ADDED_AFTER_WORD = new RegExp(
  `^\\s*(?:${APART_WORDS}|另付|另发|另發|另外|on\\s*top|extra(?![a-z])|separately|in\\s*addition)`,
)
/**
 * Words for a whole year's package, stock included ("TC", total comp, too: session 24, left
 * unread): stock beside one is not on top of it. A bare
 * "package" is one only against its figure ("package 1.35M", "1.2M package"): "benefits package"
 * is not (new-user trial 20).
 */
const TOTAL_PACKAGE_WORD = new RegExp(
  `(?:年包|总包|總包|(?:total|annual)\\s*(?:package|comp(?:ensation)?)(?![a-z])|(?<![a-z])tc(?![a-z]))(?:\\s*[:：]?\\s*${AMOUNT_SOURCE})?` +
    `|(?<![a-z])package\\s*[:：]?\\s*${AMOUNT_SOURCE}|${AMOUNT_SOURCE}\\s*package(?![a-z])`,
)
const MILLION_WORD = /百万|百萬/g
/**
 * A percent said of these is pay on top that cannot be counted ("20% 奖金", "15% annual bonus",
 * "20% 浮动奖金"). A bare "20% 浮动" is the variable share inside the pay, as "其中 20% 浮动" is
 * (review 19): set aside, not refused.
 */
const BONUS_WORD = new RegExp(`${ANY_BONUS_WORD}|奖金|獎金|浮动奖|浮動獎|incentive`)
const INSIDE_WORD = new RegExp(`^(?:${INSIDE_WORDS})`)
/** A percent: a share ("20% 绩效", "调薪 10%"), not an amount (review 17: "年薪 72 万，其中 20% 绩效" was refused as "72 万 / 20"). */
// A range of them is one ("年终 0-20%", "10-15% bonus"; review 19: its low end was a figure).
const PERCENT =
  /(?<![\d.])\d+(?:\.\d+)?\s*(?:(?:-|~|至|到|–|—|to)\s*\d+(?:\.\d+)?\s*)?(?:%|％)|百分之\s*[\d一二两兩三四五六七八九十]+/g
/**
 * A date ("2027年3月", "3月1日", "2025/3/1", "2025-03-01", "3/1 入职"): no figure of the pay,
 * whose numbers were read as amounts (review 17: "2027年3月入职，月薪 5 万 × 14" was refused as
 * "2027 / 3 / 5 万"). A month alone or a year alone is one only before a start word ("3月入职").
 */
const DATE_YEAR = '(?:19|20)\\d{2}'
const DATE_MONTH = '(?:0?[1-9]|1[0-2])'
const DATE_DAY = '(?:0?[1-9]|[12]\\d|3[01])'
const MONTH_CHARACTER = '月(?![薪收工底])'
const START_WORD =
  '(?:入职|入職|到岗|到崗|报到|報到|上岗|上崗|开始|開始|起|start(?:s|ing)?(?![a-z])|join(?:s|ing)?(?![a-z]))'
const DATE = new RegExp(
  '(?<![\\d.])(?:' +
    `${DATE_YEAR}\\s*年(?:\\s*${DATE_MONTH}\\s*${MONTH_CHARACTER}(?:\\s*${DATE_DAY}\\s*[日号號])?|(?:初|中|底|末)?(?=\\s*${START_WORD}))` +
    `|${DATE_MONTH}\\s*${MONTH_CHARACTER}(?:\\s*${DATE_DAY}\\s*[日号號]|(?:份|初|中|底|末)?(?=\\s*${START_WORD}))` +
    `|${DATE_YEAR}\\s*[-/.]\\s*${DATE_MONTH}(?:\\s*[-/.]\\s*${DATE_DAY})?` +
    `|${DATE_MONTH}\\s*/\\s*${DATE_DAY}(?=\\s*${START_WORD})` +
    ')(?![\\d.%]|\\s*(?:k|w|m(?![a-z])|千|万|萬|元|薪|个|個))' +
    `(?:\\s*${START_WORD})?`,
  'g',
)
/**
 * "加", "加上", "再加" standing between parts read, as "+" does ("年薪 60 万 加 年终奖 10 万",
 * "月薪 3 万加年终 2 个月": parser28, "加" was left unread). Only with blanks or a break on both
 * sides once the parts are read, so the "加" of a word not read ("加班费", "加薪") stays in it.
 */
const JOINING_PLUS = '(?<=^|[\\s,，;；、+＋])(?:加上|再加|加)(?=\\s|$)'
/**
 * Separators and filler that carry no meaning once the parts above are read. "另算", "on top" only
 * after a part read (blanked): "年终 3 个月另算" is the bonus added, "年终另算" says nothing read.
 * So are "extra", "separately", "in addition", which `ADDED_AFTER_WORD` reads as "另算": left
 * unread, the offer form set them aside and read the rest again, where the bonus beside a
 * package was then refused as inside it ("package 950k, bonus 3 months extra").
 */
const FILLER = new RegExp(
  `[\\s,.;:、·•/()[\\]{}+＋|]|${JOINING_PLUS}|${ROUGHLY_AFTER_WORDS}|起|${PRE_TAX_WORDS}|base|底薪|薪资|薪資|待遇|${ABOUT_WORDS}|外加|另加|另有|(?<=\\s)(?:${APART_WORDS}|(?:on\\s*top|extra|separately|in\\s*addition)(?![a-z]))|plus|若干|salary|(?<![a-z])pay(?![a-z])|(?<![a-z])package(?![a-z])|(?<!不)含年终奖?|(?<!不)含年終獎?`,
  'g',
)

/** A word joining two parts: "and", "with", "&", 和, 以及. */
const JOINING_WORD = /(?<![a-z])(?:and|with)(?![a-z])|&|和|以及/g
/**
 * What is left to name, with a joining word between two parts read (or filler) blanked: "S$12,000/
 * month and 2 months AWS", "HK$80k/month with 12 months", "2 months AWS and S$12,000/month" (read
 * 30 review: "and", "with" were listed as not read, and the offer form read the line again
 * without them, where "2 months AWS S$12,000" no longer read the AWS, a figure after its word).
 * `unread` and `lowered` are the same length: blanks stand where parts were read.
 */
function blankJoiningWords(unread: string, lowered: string): string {
  return unread.replace(JOINING_WORD, (word: string, at: number) => {
    const before = lowered.slice(0, at).trimEnd().length - 1
    const after = lowered.slice(at + word.length)
    const next = at + word.length + (after.length - after.trimStart().length)
    const read = (place: number) => place >= 0 && place < lowered.length && unread[place] === ' '
    return read(before) && read(next) ? ' '.repeat(word.length) : word
  })
}

/**
 * Reads pay the way recruiters and headhunters write it:
 *   "120-150k,14 薪"   "90-120k,16 薪"   "150-200w(現金)"   "150-200万"   "1.5w×15"
 *   "年薪 130 万"   "月薪 3 万,14 薪"   "30-50K·15薪"   "$300k"   "年薪百万"   "$300k + options"
 *   "月薪 8-10 万 × 15, 年终奖 5 万"   "30k × 15；年终 2 个月"
 * in Simplified or Traditional script, with full- or half-width punctuation. Options it names
 * ("+ options", "期权 2 万股") are read with their count where written, and come back with the
 * fields still to ask for; a year-end bonus stated beside the base is read as one. What it cannot read is named in the error, so the user knows which
 * part to rewrite.
 */
/** The currencies whose sign another one's is too: ¥ the yen's, $ Hong Kong's and Singapore's. */
const SIGN_ALSO_FOR: Partial<Record<Currency, readonly Currency[]>> = {
  CNY: ['JPY'],
  USD: ['HKD', 'SGD'],
}

/**
 * The currency the base pay is in, from the currency words and signs written for it; null
 * when none is. Two that differ are one where a sign is shared: ¥ is the yuan's and the yen's
 * sign ("¥800万日元", "¥12,000,000 (JPY)"), and $ is what Hong Kong and Singapore recruiters
 * write for their dollars ("$80k HKD/month"): the one named by name is read. Any other pair is
 * `twice` (review 28 P1: the first was read, and "¥800万日元" filled 800 万 yuan, 21× over).
 */
function baseCurrency(
  found: readonly { currency: Currency | null; span: Span; sign: boolean }[],
): { currency: Currency; bySharedSign?: true } | { twice: Span[] } | null {
  const named = found.filter(
    (match): match is { currency: Currency; span: Span; sign: boolean } => match.currency !== null,
  )
  const first = named[0]
  if (first === undefined) return null
  const other = named.find((match) => match.currency !== first.currency)
  if (other === undefined) return { currency: first.currency }
  const currencies = new Set(named.map((match) => match.currency))
  if (currencies.size === 2) {
    const shared = named.filter((match) => match.sign)
    const byName = named.filter((match) => !match.sign)
    const signCurrency = shared[0]?.currency
    const nameCurrency = byName[0]?.currency
    if (
      signCurrency !== undefined &&
      nameCurrency !== undefined &&
      SIGN_ALSO_FOR[signCurrency]?.includes(nameCurrency) === true &&
      shared.every((match) => match.currency === signCurrency) &&
      byName.every((match) => match.currency === nameCurrency)
    ) {
      return { currency: nameCurrency, bySharedSign: true }
    }
  }
  return { twice: [first.span, other.span] }
}

export function parsePay(text: string): PayParseResult {
  const { original, lowered, lead } = lineForms(text)
  if (!original) return { ok: false, error: { code: 'empty' } }
  let rest = lowered
  // Reads every match of a pattern and blanks it out, in one pass over the text. The blanks keep
  // the length, so each match's span stays where the user wrote it.
  const textAt = (span: Span) => original.slice(span.start, span.end).trim()
  const unreadable = (span: Span): PayParseResult => ({
    ok: false,
    error: { code: 'unreadable', fragment: textAt(span), at: lead + span.start },
  })
  const stockRefused = (code: StockRefusal, found: RegExpExecArray): PayParseResult => ({
    ok: false,
    error: { code, fragment: textAt({ start: found.index, end: found.index + found[0].length }) },
  })
  // "4万 / 5万": every figure the line gives where one is read, named so the user picks.
  const severalAmounts = (fragments: readonly string[]): PayParseResult => ({
    ok: false,
    error: { code: 'several-amounts', fragment: fragments.join(' / ') },
  })
  const takeSpans = (pattern: RegExp): { groups: (string | undefined)[]; span: Span }[] => {
    const matches: { groups: (string | undefined)[]; span: Span }[] = []
    rest = rest.replace(pattern, (...groups: unknown[]) => {
      const end = groups.findIndex((group) => typeof group === 'number')
      const whole = String(groups[0])
      // The span leaves out the blanks a pattern's "\s*" ran into, and what they stood for.
      const start = Number(groups[end]) + (whole.length - whole.trimStart().length)
      matches.push({
        groups: groups
          .slice(0, end)
          .map((group) => (typeof group === 'string' ? group : undefined)),
        span: { start, end: start + whole.trim().length },
      })
      return ' '.repeat(whole.length)
    })
    return matches
  }
  const take = (pattern: RegExp): (string | undefined)[][] =>
    takeSpans(pattern).map((match) => match.groups)

  // A found part's span without the blanks its pattern ran into, as takeSpans does: the offer
  // form cuts the fragment's length from `at` (review 25 M1: "月薪 4 万, allowance 3000" left
  // its last "0" behind, refused as "4 万 / 0").
  const trimmed = (found: RegExpExecArray): Span => {
    const start = found.index + (found[0].length - found[0].trimStart().length)
    return { start, end: start + found[0].trim().length }
  }
  // An allowance first: "月薪 3 万，餐补 30 元/天" is the allowance's day, not the pay's (review 25
  // L2). Only beside another figure, the base: "博士后津贴 30 万/年" is the pay itself, read as
  // it was before f13281b with its word left unread (review 25 L1).
  // Alone, only a stipend is the pay: "房补 3000/月" alone is a housing allowance, not a base of
  // 3,000 a month.
  const allowances = [...rest.matchAll(ALLOWANCES)]
  const [allowance] = allowances
  if (allowance) {
    const span = trimmed(allowance)
    const others = rest.slice(0, span.start) + rest.slice(span.end)
    // A figure in Chinese numerals counts as one ("月薪三万，住房津贴 2000/月": review 27).
    const figureIn = (text: string) => /\d/.test(text) || ANY_AMOUNT.test(text)
    // A stipend beside allowances only ("博士后津贴 30 万/年，房补 2000", the usual postdoc
    // offer: review 28 P11, refused whole) is the pay: the allowances are set aside first.
    const stipend = allowances.find((found) => STIPEND_WORD.test(found[0]))
    if (stipend !== undefined && allowances.length > 1) {
      let left = rest
      for (const found of [...allowances].reverse()) {
        left = left.slice(0, found.index) + left.slice(found.index + found[0].length)
      }
      const firstOther = allowances.find((found) => found !== stipend)
      if (!figureIn(left) && firstOther) return unreadable(trimmed(firstOther))
    }
    if (figureIn(others) || !STIPEND_WORD.test(allowance[0])) return unreadable(span)
  }
  // The whole line is named: the offer form sets a named part aside and reads the rest, which
  // would read "日薪 1000" as 1,000 a month.
  if (OTHER_PERIOD.test(rest)) return unreadable({ start: 0, end: original.length })
  const level = JOB_LEVEL.exec(rest)
  if (level) return unreadable(trimmed(level))
  // Read in the text as typed: NFKC makes the full-width "，" of a clause's break an ASCII comma.
  const decimalComma = DECIMAL_COMMA_FIGURE.exec(text)
  if (decimalComma) {
    const fragment = decimalComma[0].normalize('NFKC')
    const at = Math.max(original.indexOf(fragment), 0)
    return {
      ok: false,
      error: { code: 'unreadable', fragment, at: lead + at, why: 'decimal-comma' },
    }
  }
  const afterTax = AFTER_TAX.exec(rest)
  if (afterTax) {
    // Only a pre-tax word said of the base: "年终奖税前 5 万，到手月薪 3 万" gives no pre-tax base.
    const found = AFTER_TAX_CLAUSE.exec(rest)
    // Or a base figure named by its pay word beside an after-tax clause of its own.
    const clause =
      (PRE_TAX.test(rest) && preTaxSaidOfBase(rest)) ||
      (found && baseNamedBeside(rest, { start: found.index, end: found.index + found[0].length }))
        ? found
        : null
    if (clause) {
      const span = { start: clause.index, end: clause.index + clause[0].length }
      return {
        ok: false,
        error: {
          code: 'unreadable',
          fragment: textAt(span),
          at: lead + span.start,
          why: 'after-tax',
        },
      }
    }
    return { ok: false, error: { code: 'after-tax', fragment: afterTax[0].trim() } }
  }
  const unsupported = UNSUPPORTED_CURRENCY.exec(rest)
  if (unsupported) {
    const span = { start: unsupported.index, end: unsupported.index + unsupported[0].length }
    return {
      ok: false,
      error: { code: 'unreadable', fragment: textAt(span), at: lead + span.start, why: 'currency' },
    }
  }
  const currencyMatches = takeSpans(CURRENCY_MARKER).map(({ groups, span }) => ({
    currency: CURRENCY_BY_TOKEN.get(groups[0] ?? '') ?? null,
    span,
    // The signs two currencies share (¥: yuan and yen; a bare $: US, Hong Kong, Singapore).
    sign: groups[0] === '¥' || groups[0] === '$',
  }))
  // "6万×16=96万": the total is the month's pay times its months said again, read once when the
  // two agree; "6万×16=90万" is refused, naming both (parser26: both were two figures).
  const total = statedTotalIn(rest)
  if (total && !total.agrees) {
    return {
      ok: false,
      error: {
        code: 'several-amounts',
        fragment: `${textAt(total.product)} / ${textAt(total.total).replace(/^[=,，]\s*/, '')}`,
        why: 'total-disagrees',
      },
    }
  }
  if (total) {
    const { start, end } = total.total
    rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end)
  }
  // A sign-on bonus ("签字费 10 万", "sign-on 100k"): paid once, no second figure of the base.
  const signOnMatches = takeSpans(SIGN_ON_MENTION)
  let signOn: Range<Fen> | null = null
  for (const { groups, span } of signOnMatches) {
    const spread = SIGN_ON_SPREAD.exec(lowered.slice(span.end))
    if (spread) {
      const fragment = textAt({ start: span.start, end: span.end + spread[0].length })
      return { ok: false, error: { code: 'sign-on-spread', fragment } }
    }
    // "不含签字费 10 万", "sign-on 100k not included": on top, its words read with it.
    const outside = signOnOutside(rest, span)
    if (outside) {
      rest = `${rest.slice(0, outside.start)}${' '.repeat(outside.end - outside.start)}${rest.slice(outside.end)}`
    }
    // "总包 120w（含签字费 10w）": inside the figure, as a bonus said so is (below), refused with
    // its own words: which part of the figure the sign-on is, is the user's to say.
    const inside = outside ? null : signOnInside(rest, span)
    if (inside) {
      return {
        ok: false,
        error: { code: 'several-amounts', fragment: textAt(inside), why: 'sign-on-inside' },
      }
    }
    const amount = signOnFrom(groups)
    if (!amount) return unreadable(span)
    if (signOn && (signOn.low !== amount.low || signOn.high !== amount.high)) {
      const fragment = signOnMatches.map((match) => textAt(match.span)).join(' / ')
      return { ok: false, error: { code: 'sign-on-twice', fragment } }
    }
    signOn = amount
  }
  // A strike price beside options ("期权 2 万股，行权价 1 美元", "@ $1 strike"): the options', no
  // figure of the pay. One strike only: two are named.
  const strikeMatches = OPTIONS_WORD.test(rest) ? takeSpans(STRIKE_MENTION) : []
  const strikes = new Set(strikeMatches.map(({ groups }) => Number(groups[1] ?? groups[2])))
  if (strikes.size > 1) return severalAmounts(strikeMatches.map(({ span }) => textAt(span)))
  const strikePrice = [...strikes][0]
  const strikeCurrencies = currencyMatches.filter(({ span }) =>
    strikeMatches.some((match) => besideStock(lowered, span, match.span)),
  )
  const excluded = take(EXCLUDES_STOCK).map((groups) => groups[0] ?? '')
  // Set below too, when the stock left out gives its figure ("不含股票 20w").
  let cashOnly = take(CASH_MARKER).length > 0 || excluded.length > 0
  // "不含期权", "期权另算": options there are, left out of the figure, still to enter.
  const optionsLeftOut = excluded.some((words) => OPTIONS_LEFT_OUT.test(words))
  const stockSaidInside = cashOnly ? undefined : takeSpans(INCLUDES_STOCK)[0]?.span
  // Named below, once the line's figures are read: a start date is no part of the pay.
  const dates = takeSpans(DATE).map(({ span }) => span)
  // Before the options ("期权/RSU 总额 20 万" is the grant) and the amounts ("20 万" of "RSU 20 万分
  // 4 年" is no second base). Stock with no one value a year is named, not read.
  const speaksOfStock = STOCK_WORD_ANYWHERE.test(rest)
  if (speaksOfStock) {
    const cliff = stockCliffIn(rest, lowered)
    if (cliff) return stockRefused('stock-cliff', cliff)
  }
  const stockMatches = takeSpans(STOCK_MENTION)
  if (stockMatches.length > 1) {
    return severalAmounts(stockMatches.map(({ span }) => textAt(span)))
  }
  const stockMatch = stockMatches[0]
  const stockRead = stockMatch ? stockFrom(stockMatch.groups) : null
  if (stockMatch && !stockRead) return unreadable(stockMatch.span)
  if (stockMatch && stockRead && 'refused' in stockRead) {
    return { ok: false, error: { code: stockRead.refused, fragment: textAt(stockMatch.span) } }
  }
  const stock = stockRead && !('refused' in stockRead) ? stockRead : null
  // A currency written for the stock ("RSU $100k over 4 years") is not the base's: the pay takes
  // only the currency the rest of the line names, and a stock in another one is refused.
  const stockCurrencies = stockMatch
    ? currencyMatches.filter(({ span }) => besideStock(lowered, span, stockMatch.span))
    : []
  // So is one written for the sign-on ("sign-on $50k"), which is to be in the base's currency.
  const signOnCurrencies = currencyMatches.filter(({ span }) =>
    signOnMatches.some((match) => besideStock(lowered, span, match.span)),
  )
  const baseCurrencies = currencyMatches.filter(
    (match) =>
      !stockCurrencies.includes(match) &&
      !signOnCurrencies.includes(match) &&
      !strikeCurrencies.includes(match),
  )
  // A base with no currency beside stock in yuan ("月薪 3 万，股票 ¥20 万/年") is yuan too: the
  // line names one currency, the one a bare 万 is read in anyway.
  const stockInYuan =
    stockCurrencies.length > 0 && stockCurrencies.every((match) => match.currency === 'CNY')
  const named = baseCurrency(baseCurrencies)
  if (named !== null && 'twice' in named) {
    return {
      ok: false,
      error: { code: 'two-currencies', fragment: named.twice.map(textAt).join(' / ') },
    }
  }
  const currency = named?.currency ?? (stockInYuan ? 'CNY' : null)
  // A sign the base's currency shares is the base's there too: "$80k HKD/month, sign-on $10k"
  // is a sign-on in Hong Kong dollars (review 29 P1: refused as another currency).
  // Only where the base itself was written with that sign and named ("$80k HKD"): beside
  // "HK$80k", "RSU $200k" is US dollars, as it always was (read 30 P-5: 0b84e31 read it as
  // HK$200k, 7.8× under, with nothing said).
  const sharedSign = named !== null && 'bySharedSign' in named
  const inBaseCurrency = (match: { currency: Currency | null; sign: boolean }, base: Currency) =>
    match.currency === base ||
    (sharedSign &&
      match.sign &&
      match.currency !== null &&
      SIGN_ALSO_FOR[match.currency]?.includes(base) === true)
  const signOnInOtherCurrency = signOnCurrencies.find(
    (match) => !inBaseCurrency(match, currency ?? 'CNY'),
  )
  if (signOnInOtherCurrency) {
    const signOnSpan = signOnMatches.find((match) =>
      besideStock(lowered, signOnInOtherCurrency.span, match.span),
    )?.span
    const spans = signOnSpan
      ? [signOnSpan, signOnInOtherCurrency.span]
      : [signOnInOtherCurrency.span]
    const fragment = textAt({
      start: Math.min(...spans.map((each) => each.start)),
      end: Math.max(...spans.map((each) => each.end)),
    })
    return { ok: false, error: { code: 'sign-on-currency', fragment } }
  }
  // Refused once a base is read: with none, the user is asked for the base first.
  let stockInOtherCurrency: PayParseResult | null = null
  if (
    stockMatch &&
    stockCurrencies.some((match) => currency === null || !inBaseCurrency(match, currency))
  ) {
    const spans = [stockMatch.span, ...stockCurrencies.map((match) => match.span)]
    const span = {
      start: Math.min(...spans.map((each) => each.start)),
      end: Math.max(...spans.map((each) => each.end)),
    }
    stockInOtherCurrency = { ok: false, error: { code: 'stock-currency', fragment: textAt(span) } }
  }
  // The stock's part of the figure, said as a figure of stock a year ("年包 100w（含 20w 股票）",
  // "1.2M package incl. 300k RSU/yr"): the rest of a year's figure is its cash (new-user trial
  // 20: refused as two figures). Read once the figure's period is known: a month's is refused.
  let stockPartOfFigure = false
  if (stockMatch) {
    // "年薪 60 万（含股票 20 万/年）", "total comp 1M including RSU 200k/yr": the stock is inside
    // the figure, as a bonus is (below), not on top (review 16). A figure of stock a year is read
    // as the part, its word first or last ("含股票 20w", review 22); a grant is refused.
    const including = INCLUDES_WORD.exec(rest.slice(0, stockMatch.span.start))
    const included = INCLUDED_WORD.exec(rest.slice(stockMatch.span.end))
    // "年包 95w 不含股票 20w", "RSU 200k not included": stock left out of the figure, on top.
    const outBefore = LEFT_OUT_BEFORE.exec(rest.slice(0, stockMatch.span.start))
    const outAfter = LEFT_OUT_AFTER.exec(rest.slice(stockMatch.span.end))
    // "年薪 60 万，其中股票 20 万另算": "其中" (of which) says inside, "另算" after it says apart;
    // the word before wins, as a recruiter means "of which stock 20 万 (counted apart)" (review 24
    // L5: the engine refused "其中" while the offer form set it aside and read the stock on top).
    // Only "其中"/"of which" with "另算"/"另计": "含股票 20w 另算", "其中股票 20 万不在内",
    // "including RSU 200k on top" say inside and apart at once, and are left for the user to
    // settle (review 25 M3: one side was chosen, silently, cutting the cash by the stock).
    const ofWhichApart =
      including !== null &&
      OF_WHICH.test(including[0]) &&
      outAfter !== null &&
      APART_ONLY.test(outAfter[0])
    const apartAfter = ofWhichApart ? null : outAfter
    if ((outBefore || apartAfter) && stock) {
      const span = outBefore
        ? { start: outBefore.index, end: stockMatch.span.start }
        : { start: stockMatch.span.end, end: stockMatch.span.end + (apartAfter?.[0].length ?? 0) }
      rest = rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end)
      cashOnly = true
    } else if (including || included) {
      const after = included ?? (stock ? outAfter : null)
      const span = {
        start: including ? including.index : stockMatch.span.start,
        end: stockMatch.span.end + (after ? after[0].length : 0),
      }
      if (!stock || !isValueAYear(stockMatch.groups)) {
        return severalAmounts([textAt(span)])
      }
      stockPartOfFigure = true
      rest = rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end)
    }
    // "不含股票 20w 和签字费 10w": the joining word after the stock, the part it joins read
    // already, is read with the stock (review 24 L6: "和" was listed as a part not read).
    const joiner =
      (stockPartOfFigure || cashOnly) && JOINED_AFTER.exec(rest.slice(stockMatch.span.end))
    if (joiner) {
      const start = stockMatch.span.end + joiner.index
      const end = start + joiner[0].length
      rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end)
    }
  }
  if (stockMatch && !stockPartOfFigure) {
    // "年包 80 万（含股票），RSU 20 万分 4 年": the stock is inside the figure, and given again.
    if (stockSaidInside)
      return severalAmounts([
        textAt(stockSaidInside).replace(/^\(|\)$/g, ''),
        textAt(stockMatch.span),
      ])
    // "总包 100 万，股票每年 20 万": a total package counts the stock already, unless it says
    // it is cash ("总包 100 万（现金），股票每年 20 万").
    const total = TOTAL_PACKAGE_WORD.exec(rest)
    if (total && !cashOnly) {
      const word = { start: total.index, end: total.index + total[0].length }
      return severalAmounts([textAt(word), textAt(stockMatch.span)])
    }
  }
  if (speaksOfStock) {
    const schedule = scheduleIn(rest, lowered)
    if (schedule) {
      const start = rest.indexOf(schedule.fragment)
      const span = { start, end: start + schedule.fragment.length }
      // Even with no years written ("RSU 20 万，25/25/25/25"), the grant was not read: ask for them.
      // Stock given a year ("股票每年 20 万，25/25/25/25") needs none: an even schedule agrees.
      const code = schedule.evenYears !== null && !stock ? 'stock-years-missing' : 'stock-uneven'
      const agrees =
        schedule.evenYears !== null &&
        stock !== null &&
        (stock.grant === null || schedule.evenYears === stock.grant.years)
      if (!agrees) {
        return { ok: false, error: { code, fragment: textAt(span) } }
      }
      // An even schedule that agrees with the stock ("分 4 年，25/25/25/25") says nothing more.
      rest = rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end)
    }
    const missing = stock ? null : STOCK_YEARS_MISSING.exec(rest)
    if (missing) return stockRefused('stock-years-missing', missing)
  }
  // Beside a strike, "20k options" is a count of options ("20k options @ $1 strike"), unless a
  // currency says it is money ("$300k options").
  const countBefore = strikePrice === undefined ? null : COUNT_BEFORE_OPTIONS.exec(rest)
  const countIsMoney =
    countBefore !== null &&
    currencyMatches.some(
      ({ span }) =>
        span.end <= countBefore.index && /^\s*$/.test(lowered.slice(span.end, countBefore.index)),
    )
  const optionsSpans = [
    ...(countBefore && !countIsMoney ? takeSpans(COUNT_BEFORE_OPTIONS) : []),
    ...takeSpans(OPTIONS_MENTION),
  ]
  const optionsMatches = optionsSpans.map(({ groups }) => groups)
  if (optionsMatches.length > 1) {
    return severalAmounts(optionsMatches.map((m) => (m[0] ?? '').trim()))
  }
  // Tested first: the pattern is a whole amount's, and most lines name no shares.
  const shares = SHARE_WORD.test(rest) ? takeSpans(SHARES_FIGURE)[0] : undefined
  if (shares) return unreadable(shares.span)
  const optionsMatch = optionsMatches[0]
  const mentioned = optionsMatch
    ? optionsMentionFrom(optionsMatch)
    : optionsLeftOut
      ? optionsMentionFrom([])
      : null
  const strikeMatch = strikeMatches[0]
  if (strikeMatch && !mentioned) return unreadable(strikeMatch.span)
  const strikeCurrency = strikeCurrencies[0]?.currency
  const options: OptionsMention | null =
    mentioned && strikePrice !== undefined
      ? {
          ...mentioned,
          asks: mentioned.asks.filter((ask) => ask !== 'strike-price'),
          strikePrice,
          ...(strikeCurrency ? { strikeCurrency } : {}),
        }
      : mentioned
  // Before the months and amounts: "年终 2 个月" is not the months of the base, nor "年终奖 5 万"
  // a second base, nor "年终 2-4 个月" a range of the base's months. "年终 14 薪" is no bonus.
  take(BONUS_WORD_OF_MONTH_COUNT)
  // Likewise "14-month AWS": the months a year, not 14 of AWS (rule in parse-bonus.ts).
  rest = rest.replace(AWS_OF_MONTH_COUNT, (whole: string, gap?: string, unit?: string) =>
    awsOfMonthCountSetAside(whole, gap, unit),
  )
  const bonusMatches = takeSpans(BONUS_MENTION).map(({ groups, span }) =>
    Object.assign(groups, { span }),
  )
  // "年终奖 20%", "bonus 15% of base": a share, held as months once the base's period is known.
  const percentMatches = takeSpans(BONUS_PERCENT_MENTION).map(({ groups, span }) =>
    Object.assign(groups, { span }),
  )
  if (bonusMatches.length + percentMatches.length > 1) {
    return severalAmounts([...bonusMatches, ...percentMatches].map((m) => (m[0] ?? '').trim()))
  }
  const monthRange = takeSpans(MONTH_COUNT_RANGE)[0]
  if (monthRange) {
    return { ok: false, error: { code: 'months-range', fragment: textAt(monthRange.span) } }
  }
  const percentMatch = percentMatches[0]
  const bonusMatch = bonusMatches[0] ?? percentMatch
  let bonus = bonusMatches[0] ? bonusFrom(bonusMatches[0]) : null
  if (bonusMatches[0] && !bonus) {
    return unreadable(bonusMatches[0].span)
  }
  // "年薪 60 万（含年终奖 10 万）": the bonus is inside the figure, not on top of it; which part
  // of the 60 万 it is, is the user's to say (the offer form once set "含" aside and added it).
  const including = bonusMatch && INCLUDES_WORD.exec(rest.slice(0, bonusMatch.span.start))
  const included = bonusMatch && INCLUDED_WORD.exec(rest.slice(bonusMatch.span.end))
  if (bonusMatch && (including || included)) {
    const span = {
      start: including ? including.index : bonusMatch.span.start,
      end: bonusMatch.span.end + (included ? included[0].length : 0),
    }
    return severalAmounts([textAt(span)])
  }
  // "年包 95 万，年终 3 个月": a year's package holds its year-end bonus, as it does stock (review
  // 18: counted on top, 1.19M for 950k). Only a bonus said to be added ("另加年终…", "+ 年终…") is.
  const packageWord = bonusMatch && TOTAL_PACKAGE_WORD.exec(rest)
  if (
    bonusMatch &&
    packageWord &&
    !ADDED_WORD.test(original.slice(0, bonusMatch.span.start)) &&
    !ADDED_AFTER_WORD.test(original.slice(bonusMatch.span.end))
  ) {
    const word = { start: packageWord.index, end: packageWord.index + packageWord[0].length }
    return severalAmounts([textAt(word), textAt(bonusMatch.span)])
  }
  const goodMonths = (months: number) => months <= 24 && (months * 2) % 1 === 0
  if (
    bonus?.kind === 'months' &&
    !(goodMonths(bonus.months) && goodMonths(bonus.monthsHigh ?? bonus.months))
  ) {
    return { ok: false, error: { code: 'bad-months', fragment: (bonusMatch?.[0] ?? '').trim() } }
  }
  const stockInside = stockSaidInside
    ? 'stated'
    : !cashOnly && !stockPartOfFigure && TOTAL_PACKAGE_WORD.test(rest)
      ? 'possible'
      : null
  const markers: PeriodMarker[] = (
    [
      [ANNUAL_WORD, 'annual', true, 'either'],
      [MONTHLY_WORD, 'monthly', true, 'either'],
      [ANNUAL_AFTER_ITS_PART, 'annual', false, 'previous'],
      [MONTHLY_AFTER_ITS_PART, 'monthly', false, 'previous'],
      [ANNUAL_BEFORE_ITS_PART, 'annual', false, 'next'],
      [MONTHLY_BEFORE_ITS_PART, 'monthly', false, 'next'],
      [MONTHLY_EITHER_SIDE, 'monthly', false, 'either'],
    ] as const
  ).flatMap(([pattern, period, strong, reads]) =>
    takeSpans(pattern).map(({ span }) => ({ ...span, period, strong, reads })),
  )

  // A sum's total stands as the count before its unit would ("15" of "15 薪"), for what follows.
  const monthsSums = takeSpans(MONTHS_SUM).map(({ groups, span }) =>
    Object.assign([groups[0], String(Number(groups[1]) + Number(groups[2])), '薪'], { span }),
  )
  const monthsMatches = [
    ...monthsSums,
    ...takeSpans(MONTHS_MARKER).map(({ groups, span }) => Object.assign(groups, { span })),
  ]
  if (monthsMatches.length > 1) {
    return severalAmounts(monthsMatches.map((m) => (m[0] ?? '').trim()))
  }
  const monthsText = monthsMatches[0]?.[1] ?? monthsMatches[0]?.[3]
  const months = monthsText === undefined ? null : countOf(monthsText)
  if (months !== null && (!(months >= 1 && months <= 24) || (months * 2) % 1 !== 0)) {
    return {
      ok: false,
      error: { code: 'bad-months', fragment: (monthsMatches[0]?.[0] ?? '').trim() },
    }
  }

  // "其中 20% 绩效", "调薪 10%": a share of something, never an amount of pay; named below.
  const percents = takeSpans(PERCENT).map(({ span }) => span)
  // "年薪百万" has no digits: the word itself is the amount.
  const amounts = takeSpans(AMOUNT).map(({ groups, span }) => Object.assign(groups, { span }))
  let range: Range<Fen> | null = null
  let baseSpan: Span | null = amounts[0]?.span ?? null
  if (amounts.length > 1) {
    return severalAmounts(amounts.map((m) => (m[0] ?? '').trim()))
  }
  const amount = amounts[0]
  if (amount) {
    const [, lowText, lowUnit, highText, highUnit] = amount
    range = amountRange(lowText, lowUnit, highText, highUnit)
    if (!range) return unreadable(amount.span)
  } else {
    const million = takeSpans(MILLION_WORD)[0]
    if (million) {
      range = point(fenFromYuan(1_000_000))
      baseSpan = million.span
    }
  }
  // "年终奖（税前）5 万", "期权 10 万", "RSU 200k": the one figure is that pay's, not the base.
  const otherPay = amount ? otherPayOfFigure(rest, amount.span.start, optionsSpans[0]?.span) : null
  if (otherPay && amount) {
    const fragment = textAt({ start: otherPay.start, end: amount.span.end })
    if (otherPay.pay === 'options') {
      const mention = options ?? optionsMentionFrom([])
      return { ok: false, error: { code: 'options-without-base', options: mention } }
    }
    const code = otherPay.pay === 'stock' ? 'stock-without-base' : 'bonus-without-base'
    return { ok: false, error: { code, fragment } }
  }

  const stray =
    range && baseSpan && ANY_NUMERAL.test(rest) ? strayNumeral(lowered, rest, baseSpan) : null
  if (stray !== null && baseSpan) {
    return severalAmounts([textAt(baseSpan), stray])
  }
  // A count under 12 joined to the pay ("+ 2 months", "and 2 months", "with 2 months", "另加 2 个月",
  // "加 2 薪") is never the year's months, however it is said: added to the pay, the months are a
  // bonus's or something else's (a probation: "with 2 months probation"), and the line does not
  // say which. Set aside for the user to enter, 12 months assumed (new-user trial 23 #1: "S$12,000/
  // month + 2 months AWS" was a year of 2 months, S$24k for S$168k; read 30 P-2: "and"/"with" were
  // set aside first as words not read, and the count read again without them was the year's).
  // Before what is left is named, so that a word joining the count ("and") goes with it.
  const monthsMatch = monthsMatches[0]
  const joiner = monthsMatch && JOINED_BEFORE.exec(lowered.slice(0, monthsMatch.span.start))
  if (range && months !== null && monthsMatch && joiner && months < FEWEST_BASE_MONTHS) {
    const start = joiner[1] === undefined ? monthsMatch.span.start : joiner.index
    return unreadable({ start, end: monthsMatch.span.end })
  }
  // The first run of what is left, where the user wrote it (blanking keeps every place).
  const unread = blankJoiningWords(
    rest.replace(FILLER, (filler) => ' '.repeat(filler.length)),
    lowered,
  )
  // A bare English count under 12 ("3 months", no 薪, no "×") is the base's only when its clause
  // ends with it, or with words read ("$10k/month, 10 months", "10 months a year"): one followed
  // by words not read is something else's ("30k/month, 3 months probation", "2 months notice",
  // "2 months AWS" once "AWS" was set aside: read 30 review, each a year of 2 or 3 months). Set
  // aside before those words are named, so that the line read again without them does not take
  // the count for the year's; 12 months are assumed. A "×" after it marks it the base's too
  // ("10 months × $10k").
  if (
    range &&
    months !== null &&
    monthsMatch &&
    months < FEWEST_BASE_MONTHS &&
    /^months?$/.test(monthsMatch[2] ?? '')
  ) {
    const after = lowered.slice(monthsMatch.span.end)
    const clause = BARE_COUNT_CLAUSE.exec(after)?.[0] ?? ''
    const words = unread.slice(monthsMatch.span.end, monthsMatch.span.end + clause.length)
    if (!TIMES_AFTER.test(after) && /\S/.test(words)) return unreadable(monthsMatch.span)
  }
  const leftover = /\S+/.exec(unread)
  const date = dates[0] && withTouchingWords(unread, dates[0])
  if (date && (!leftover || date.start <= leftover.index)) return unreadable(date)
  const percent =
    percents[0] && wholeWord(lowered, unread, unreadPhrase(lowered, unread, percents[0]), markers)
  if (percent && (!leftover || percent.start <= leftover.index)) {
    // "bonus 20%" is pay on top of the base that cannot be counted: the line stops, as for a
    // second figure ("其中 20% 绩效" is inside the base, nothing to add: named to set aside).
    // Its part runs on to the next break: "15% annual bonus" (the period word was read already).
    const partEnd = percent.end + (/^[^,，;；+]*/.exec(lowered.slice(percent.end))?.[0].length ?? 0)
    const phrase = lowered.slice(percent.start, partEnd)
    if (range && baseSpan && BONUS_WORD.test(phrase) && !INSIDE_WORD.test(phrase)) {
      return severalAmounts([textAt(baseSpan), textAt({ start: percent.start, end: partEnd })])
    }
    return unreadable(percent)
  }
  if (leftover) {
    const run = { start: leftover.index, end: leftover.index + leftover[0].length }
    return unreadable(wholeWord(lowered, unread, run, markers))
  }
  if (!range && stockMatch) {
    return { ok: false, error: { code: 'stock-without-base', fragment: textAt(stockMatch.span) } }
  }
  if (stockInOtherCurrency) return stockInOtherCurrency
  if (!range && options) return { ok: false, error: { code: 'options-without-base', options } }
  // "签字费 10 万" alone: the one figure is the sign-on's, no base (review 21 L9, after the
  // sign-on came to be read from the line: it had said no amount was found).
  const signOnSpan = signOnMatches[0]?.span
  // "年终奖 5 万", "bonus 50k": so is a year-end bonus's (review 22: "No amount found").
  const lonePaySpan = signOnSpan ?? bonusMatch?.span
  if (!range && lonePaySpan) {
    return { ok: false, error: { code: 'bonus-without-base', fragment: textAt(lonePaySpan) } }
  }
  if (!range) return { ok: false, error: { code: 'no-amount', fragment: original } }
  // A count said with 薪 ("10 薪", "× 10薪") or "× N months" is the base's, taken as said however
  // few (new-user trial 11: "60k × 10薪" was set aside and 12 months assumed); a bare "N 个月" or
  // "× N" under 12 may be something else's (a probation, a bonus) and is not read. (One joined to
  // the pay by "+", "and", 另加 … was set aside above.)
  const said = monthsMatch?.[0] ?? ''
  const saidAsBase = monthsMatch && /薪|months?/.test(said) && !/个月|個月/.test(said)
  if (months !== null && monthsMatch && months < FEWEST_BASE_MONTHS && !saidAsBase) {
    return unreadable(monthsMatch.span)
  }
  const period = baseSpan
    ? basePeriod(original, markers, baseSpan, {
        bonus: bonusMatch?.span ?? null,
        bonusInMonths: bonus?.kind === 'months',
        months: monthsMatch?.span ?? null,
        equity: [stockMatch?.span, optionsSpans[0]?.span].filter(
          (span): span is Span => span !== undefined,
        ),
      })
    : null
  if (typeof period === 'object' && period !== null && baseSpan) {
    const { figure, word } = period.conflict
    const figureSpan = {
      start: Math.min(figure.start, baseSpan.start),
      end: Math.max(figure.end, baseSpan.end),
    }
    const fragment = `${textAt(figureSpan)} / ${textAt(word)}`
    return { ok: false, error: { code: 'period-conflict', fragment } }
  }
  // "1.2M package, 14 months": a package is a year's figure (0471fa1), so months cannot multiply it.
  const yearlyPackage = period === null && months !== null && TOTAL_PACKAGE_WORD.test(lowered)
  if ((period === 'annual' || yearlyPackage) && months !== null) {
    return {
      ok: false,
      error: { code: 'months-on-annual', fragment: (monthsMatches[0]?.[0] ?? '').trim() },
    }
  }

  const notes: ParseNote[] = []
  if (stock) notes.push('stock-per-year')
  let annual = period === 'annual'
  if (period === null && months === null) {
    annual = range.high >= fenFromYuan(ANNUAL_IF_AT_LEAST[currency ?? 'CNY'])
    notes.push(annual ? 'period-inferred-annual' : 'period-inferred-monthly')
  }
  if (stockPartOfFigure && stock && stockMatch && baseSpan) {
    // A year's stock inside a month's figure, or as much as the figure, is no part of it.
    const cash = { low: range.low - stock.perYear.high, high: range.high - stock.perYear.low }
    // "年包 100w（含 20-30w 股票）": which cash goes with which stock is not said (review 21 M3:
    // read as 700k-800k cash + 200k-300k stock, up to 1.1M for a package of 1M). Refused.
    const stockRange = stock.perYear.low !== stock.perYear.high
    if (!annual || cash.low <= 0 || stockRange) {
      return severalAmounts([textAt(baseSpan), textAt(stockMatch.span)])
    }
    range = { low: fen(cash.low), high: fen(cash.high) }
  }
  if (percentMatch) {
    // A share of the year's base: of 12 months, or of the yearly figure (a twelfth a month). With
    // more months than 12, or said of the package, what it is a share of is not clear: refused.
    const share = bonusPercentFrom(percentMatch)
    const ofShare = share && bonusOfShare(share)
    if (!ofShare || (!annual && months !== null && months !== REGULAR_MONTHS)) {
      return {
        ok: false,
        error: {
          code: 'several-amounts',
          fragment: textAt(percentMatch.span),
          why: 'bonus-percent',
        },
      }
    }
    // The share stays with the months (`bonus.percent`), for the reading to say "20% of the
    // base, 2.4 months".
    bonus = ofShare
  }
  // Rule "a bonus of 13 months is questioned": read, with a note asking the user to check it.
  if (bonus?.kind === 'months' && (bonus.monthsHigh ?? bonus.months) >= MANY_BONUS_MONTHS) {
    notes.push('bonus-months-many')
  }
  if (annual) {
    if (bonus?.kind === 'months') notes.push('bonus-month-of-annual')
    return {
      ok: true,
      pay: {
        kind: 'annual',
        annual: range,
        currency,
        cashOnly,
        notes,
        options,
        bonus,
        ...(signOn ? { signOn } : {}),
        ...(stock ? { stock } : {}),
        ...(stockInside ? { stockInside } : {}),
      },
    }
  }
  if (months === null) notes.push('months-assumed-12')
  return {
    ok: true,
    pay: {
      kind: 'monthly',
      monthly: range,
      months: months ?? 12,
      currency,
      cashOnly,
      notes,
      options,
      bonus,
      ...(signOn ? { signOn } : {}),
      ...(stock ? { stock } : {}),
      ...(stockInside ? { stockInside } : {}),
    },
  }
}

/** Months of base a year that are regular wages: a share of the base is a share of these. */
const REGULAR_MONTHS = 12
/** The most months a bonus may be (the model's bound): 200% of the base. */
const MOST_BONUS_MONTHS = 24

/** A share of the year's base as months of it (20% is 2.4); null above `MOST_BONUS_MONTHS`. */
function bonusOfShare(share: { low: number; high: number }): ParsedBonus | null {
  const monthsOf = (percent: number) => Math.round(percent * REGULAR_MONTHS * 100) / 10_000
  const low = monthsOf(share.low)
  const high = monthsOf(share.high)
  if (high > MOST_BONUS_MONTHS) return null
  return {
    kind: 'months',
    months: low,
    ...(high !== low ? { monthsHigh: high } : {}),
    percent: share,
  }
}

/**
 * Whether a currency sign or word is the stock's: inside its span ("RSU $100k over 4 years",
 * "股票 10 万美元分 4 年"), against its figure when the span starts with one ("$200k RSU vesting
 * 4 yrs"), or right after the span with no figure of its own after it ("RSU 5 万/年 美元").
 */
function besideStock(lowered: string, token: Span, stock: Span): boolean {
  if (token.start >= stock.start && token.end <= stock.end) return true
  if (token.end <= stock.start) {
    return (
      /^\s*$/.test(lowered.slice(token.end, stock.start)) &&
      FIGURE_AHEAD.test(lowered.slice(stock.start))
    )
  }
  return (
    /^\s*$/.test(lowered.slice(stock.end, token.start)) &&
    !FIGURE_AHEAD.test(lowered.slice(token.end))
  )
}

/**
 * The first numeral left unread that stands apart in the line: between blanks, filler, the ends
 * of the line or the base figure ("三万 五", "一万一元"), not against a word another part took
 * ("二月入职", where "月入" was read as a period word, is an unread word, not a figure).
 */
function strayNumeral(lowered: string, rest: string, base: Span): string | null {
  const blank = (text: string) => text.replace(FILLER, (filler) => ' '.repeat(filler.length))
  const line = blank(lowered)
  const apart = (at: number) =>
    at < 0 || at >= line.length || /\s/.test(line[at] ?? '') || (at >= base.start && at < base.end)
  for (const match of blank(rest).matchAll(STRAY_NUMERAL)) {
    if (apart(match.index - 1) && apart(match.index + match[0].length)) return match[0]
  }
  return null
}

/** A numeral or a measure word right before a period word: its "月"/"年" is a date's. */
const DATE_BEFORE_A_WORD = new RegExp(`[\\d${NUMERAL_CHARACTERS}个個]`)

/**
 * A figure with the unread words around it, up to a separator or a part read ("其中 20% 绩效",
 * "每年调薪 10%"): named as one part, so the offer form sets the phrase aside whole.
 */
function unreadPhrase(line: string, unread: string, figure: Span): Span {
  const span = { ...figure }
  const unreadAt = (at: number) => /\S/.test(unread[at] ?? ' ')
  const blankAt = (at: number) => /\s/.test(line[at] ?? '')
  for (let grown = true; grown;) {
    grown = false
    let before = span.start
    while (blankAt(before - 1)) before -= 1
    if (unreadAt(before - 1)) {
      while (unreadAt(before - 1)) before -= 1
      span.start = before
      grown = true
    }
    let after = span.end
    while (blankAt(after)) after += 1
    if (unreadAt(after)) {
      while (unreadAt(after)) after += 1
      span.end = after
      grown = true
    }
  }
  return span
}

/** A date with the unread words against it ("2027年3月入职", "于3月1日"), named as one part. */
function withTouchingWords(unread: string, date: Span): Span {
  const unreadAt = (at: number) => /\S/.test(unread[at] ?? ' ')
  const span = { ...date }
  while (unreadAt(span.start - 1)) span.start -= 1
  while (unreadAt(span.end)) span.end += 1
  return span
}

/**
 * Words for pay other than the base, or for its changes: a bare period word against one of them is
 * said of it ("每年涨薪", "yearly bonus", "monthly allowance", "股票每年"), not of the base.
 */
const OTHER_PAY_THING =
  /涨|漲|调|調|加薪|raise|increase|increment|review|refresh|bonus|奖|獎|allowance|补贴|補貼|津贴|津貼|补助|補助|stock|股|期权|期權|option|rsu|equity|esop|福利|benefit|subsid/
/** A bare period word's other side, away from that word: the line's edge or a part's break. */
const SEPARATED_BEFORE = /(?:^|[,，;；+、(（])\s*$/
const SEPARATED_AFTER = /^\s*(?:$|[,，;；+、)）.。])/

/**
 * An unread run with the period words inside its word: a period word with unread text right
 * against both its sides ("二月底薪资调整": "二", "月底薪", "资调整") is part of that word, not
 * the base's. Named whole, so the offer form sets it aside whole: set aside a piece at a time, the
 * period word was left to read the base by (review 15: "60万/年，二月入职" became 60 万 a month).
 * So is a bare period word said of a run that names other pay, with only blanks between and the
 * part's edge on its other side ("每年涨薪", "每年 调薪", "raise per year", "yearly bonus"): it is
 * that pay's period, not the base's (review 17: "30k，每年涨薪" was read as 30k a year once "涨薪"
 * was set aside). Against any other word it stays the base's (review 18: "18万 gross per year",
 * "每年 固定 18 万" were read as a month's pay once "gross", "固定" took the period with them).
 */
function wholeWord(
  line: string,
  unread: string,
  run: Span,
  markers: readonly PeriodMarker[],
): Span {
  const word = { ...run }
  const unreadAt = (at: number) => /\S/.test(unread[at] ?? ' ')
  // "每年薪资普调": the salary's word between a period word and the change it is said of.
  const blanksOnly = (start: number, end: number) =>
    /^(?:\s|薪资|薪資|salary|(?<![a-z])pay(?![a-z]))*$/.test(line.slice(start, end))
  // Only a word whose first character ends a date ("二月", "3月", "下个月") is taken into it: Chinese
  // sets other words right against a pay word ("期望年薪为 18 万"), which stays the base's (review
  // 17: taken whole, "期望年薪为" was set aside and 18 万 read as a month's pay).
  const endsADate = (marker: PeriodMarker) =>
    DATE_BEFORE_A_WORD.test(unread[marker.start - 1] ?? '')
  const runStart = (at: number) => {
    let start = at
    while (unreadAt(start - 1)) start -= 1
    return start
  }
  const runEnd = (at: number) => {
    let end = at
    while (unreadAt(end)) end += 1
    return end
  }
  for (let grown = true; grown;) {
    grown = false
    for (const marker of markers) {
      if (endsADate(marker) && marker.end === word.start && unreadAt(marker.start - 1)) {
        word.start = runStart(marker.start - 1)
        grown = true
      }
      if (endsADate(marker) && marker.start === word.end && unreadAt(marker.end)) {
        word.end = runEnd(marker.end)
        grown = true
      }
      if (marker.strong || !OTHER_PAY_THING.test(line.slice(word.start, word.end))) continue
      // Said toward the word ("每年 调薪", "raise per year"), it is the word's; said away from it
      // ("yearly bonus", "30k/year raise"), only with a break on its other side.
      if (
        marker.end <= word.start &&
        marker.start < word.start &&
        blanksOnly(marker.end, word.start) &&
        (marker.reads === 'next' || SEPARATED_BEFORE.test(line.slice(0, marker.start)))
      ) {
        word.start = marker.start
        grown = true
      }
      if (
        marker.start >= word.end &&
        marker.end > word.end &&
        blanksOnly(word.end, marker.start) &&
        (marker.reads === 'previous' || SEPARATED_AFTER.test(line.slice(marker.end)))
      ) {
        word.end = marker.end
        grown = true
      }
    }
  }
  return word
}

/**
 * The words that say a line's figure includes stock ("含股票", "incl. stock"), as written; null
 * when it says none. For the offer form, which refuses such a figure (`stockInside` 'stated').
 */
export function stockSaidInsideIn(text: string): string | null {
  const { original, lowered: line } = lineForms(text)
  const lowered = line.replace(EXCLUDES_STOCK, (words) => ' '.repeat(words.length))
  const found = new RegExp(INCLUDES_STOCK.source).exec(lowered)
  if (!found) return null
  return original
    .slice(found.index, found.index + found[0].length)
    .trim()
    .replace(/^\(|\)$/g, '')
}
