import type { ReactNode } from 'react'
import type { AfterTax } from '../../../../domain/assess'
import type { Fen } from '../../../../domain/money'
import type { AnnualPay } from '../../../../domain/pay/annual-pay'
import type { Range } from '../../../../domain/range'
import { formatChangeRange, formatFenRange } from '../../../format/amount'
import { formatNumber, verdictName } from '../../../reasons/names'
import { offerName } from '../../../report/offer-report-model'
import { bestColumns, type CompareColumn } from './comparison-columns'
import {
  bonusMethodLines,
  cliffWarnings,
  downsideText,
  taxCityText,
  taxLine,
  totalNotes,
  yearOneNotes,
  type TextContext,
} from './compare-text'
import { rangeLines } from '../../../format/range-lines'
import { payRatesWrongTexts } from '../../../format/rate-wrong'
import { payRatesWrongSize } from '../../../../domain/pay/rate-size'
import { ReasonsDisclosure } from './ReasonsDisclosure'
import { notCountedCellText, payPartsNotCounted } from '../verdict/pay-not-counted'
import { riskLinesByPlace } from '../verdict/cited-risk-lines'

/** One figure of the comparison: its name, and what each column shows for it. */
export interface CompareRow {
  id: string
  header: string
  hint?: string | undefined
  cell: (column: CompareColumn) => ReactNode
  /** The columns holding the row's best figure. */
  best: Set<string>
  /**
   * The columns that hold the row's best figure but are not starred, by the verdict that bars
   * them: their cell shows a hollow ☆ saying so (trial 34 M2: the startup's higher pay sat
   * beside the big company's starred one, unexplained, on every pay row). So do the columns
   * whose figure there is highest but rests on an exchange rate of the wrong size (look 31).
   */
  unstarred?: ReadonlyMap<string, Unstarred>
}

/**
 * Why a column holding a row's best figure is not starred: its verdict; or its yuan figures
 * rest on an exchange rate of the wrong size ('rate'), or, on the risk-adjusted row, an offer's
 * value rests on the current pay's ('current-rate').
 */
export type Unstarred = 'decline' | 'wait' | 'rate' | 'current-rate'

/** The unstarred marks that a rate of the wrong size sets: the legend then says what they mean. */
export const RATE_UNSTARRED: readonly Unstarred[] = ['rate', 'current-rate']

function payOf(column: CompareColumn): AnnualPay | null {
  if (column.kind === 'current') return column.pay?.ok ? column.pay.pay : null
  return column.assessment?.ok ? column.assessment.pay : null
}

/**
 * The column's yuan figures rest on an exchange rate of the wrong size, its pay's or its
 * options' (92 yuan for 1 HKD, a bank's rate for 100): 100 times too large, they would take
 * every ★ (look 31). The first row names the rate.
 */
function rateWrong(column: CompareColumn, withOptions = true): boolean {
  const pay = payOf(column)
  if (!pay) return false
  const wrong = payRatesWrongSize(pay)
  return wrong.pay !== null || (withOptions && wrong.options !== null)
}

/** A column whose pay reads but is taxed outside mainland China: it has no after-tax figure. */
function taxedAbroad(column: CompareColumn): boolean {
  return column.kind === 'offer'
    ? column.assessment?.ok === true && !column.offer.taxedInChina
    : column.pay?.ok === true && column.pay.afterTax === null
}

function afterTaxOf(column: CompareColumn, yearOne: boolean): AfterTax | null {
  if (column.kind === 'current') return column.pay?.ok ? column.pay.afterTax : null
  if (!column.assessment?.ok) return null
  return yearOne ? column.assessment.afterTaxYearOne : column.assessment.afterTaxRecurring
}

function assessedOffer(column: CompareColumn) {
  return column.kind === 'offer' && column.assessment?.ok ? column.assessment : null
}

/** The verdicts that say not to take the offer now: declined, or wait and watch (L13). */
function notNow(assessed: NonNullable<ReturnType<typeof assessedOffer>>): boolean {
  const { recommendation } = assessed.recommendation
  return recommendation === 'decline' || recommendation === 'wait-and-watch'
}

/**
 * No row stars an offer the verdict declines or says to wait on: a large offer can lead on pay,
 * raise or even the risk-adjusted value, but the verdict has said pay alone should not decide
 * (L34), or not yet (L13; trial 10: the ★ went to a USD offer to wait on). The ★ goes to the
 * best of the other columns, staying's among them.
 */
function mayBeStarred(column: CompareColumn): boolean {
  const assessed = assessedOffer(column)
  return !assessed || !notNow(assessed)
}

/**
 * Which exchange rates a row's figures rest on: none (the risk score), each column's pay's alone
 * (cash: no options in it; review 31 #1, a yuan cash figure was ☆'d for its options' rate), each
 * column's own, pay and options (totals, after tax), or the current pay's too (the raise, set
 * against it, and the risk-adjusted row, an offer's months back at the current pay; review 31
 * #4: the raise's ★ went to "−98.7%" under a current pay at 92 yuan per HKD).
 */
type RestsOn = 'none' | 'own-pay' | 'own' | 'own-and-current'

/**
 * A row's ★, and its ☆: the columns a verdict bars from the ★ that would hold the row's best
 * figure were they let compete, so a higher figure left unstarred says why on every row; and
 * the columns whose figure is highest but rests on an exchange rate of the wrong size, never
 * starred (its figure is the user's, shown, but 100 times too large it would always win).
 */
function rowBest(
  columns: readonly CompareColumn[],
  valueOf: (column: CompareColumn) => Range | number | null,
  better: 'higher' | 'lower',
  /** Any bar on the ★ besides the verdict's and the rates'. */
  mayWin: (column: CompareColumn) => boolean = () => true,
  restsOn: RestsOn = 'own',
): Pick<CompareRow, 'best' | 'unstarred'> {
  const currentWrong =
    restsOn === 'own-and-current' &&
    columns.some((column) => column.kind === 'current' && rateWrong(column))
  const rateBar = (column: CompareColumn): Unstarred | null => {
    if (restsOn === 'none') return null
    if (rateWrong(column, restsOn !== 'own-pay')) return 'rate'
    return currentWrong && column.kind === 'offer' ? 'current-rate' : null
  }
  const sound = (column: CompareColumn) => rateBar(column) === null && mayWin(column)
  const best = bestColumns(
    columns,
    valueOf,
    better,
    (column) => sound(column) && mayBeStarred(column),
  )
  // The verdict's ☆ among the figures that can be trusted; the rate's among all of them.
  const leadingSound = bestColumns(columns, valueOf, better, sound)
  const leadingAll = bestColumns(columns, valueOf, better, mayWin)
  const unstarred = new Map<string, Unstarred>()
  for (const column of columns) {
    if (best.has(column.key)) continue
    const bar = rateBar(column)
    if (bar !== null) {
      if (leadingAll.has(column.key)) unstarred.set(column.key, bar)
      continue
    }
    const assessed = assessedOffer(column)
    if (!assessed || !leadingSound.has(column.key) || !notNow(assessed)) continue
    unstarred.set(
      column.key,
      assessed.recommendation.recommendation === 'decline' ? 'decline' : 'wait',
    )
  }
  return { best, unstarred }
}

/** A figure and the small print under it: what it holds, how it was taxed, any warning. */
function Figure({
  value,
  notes = [],
  warnings = [],
  wrap = false,
}: {
  value: string
  notes?: readonly string[]
  warnings?: readonly string[]
  /** Words rather than a figure: they may wrap. */
  wrap?: boolean
}) {
  const lines = wrap ? null : rangeLines(value)
  return (
    <>
      {lines ? (
        // Each end whole; the line may break after the dash alone (range-lines.ts).
        <span className="compare-value compare-value-range">
          <span className="compare-range-end">{lines.low}</span>
          {lines.gap === '' ? <wbr /> : lines.gap}
          <span className="compare-range-end">{lines.high}</span>
        </span>
      ) : (
        <span className={wrap ? 'compare-value compare-value-words' : 'compare-value'}>
          {value}
        </span>
      )}
      {notes.map((note) => (
        <span key={note} className="compare-note">
          {note}
        </span>
      ))}
      {warnings.map((warning) => (
        <span key={warning} className="compare-warning" role="note">
          {warning}
        </span>
      ))}
    </>
  )
}

/** What the offer's pay text names that its figures leave out (stock with no value given). */
function notCountedNotes(column: CompareColumn, { t, language }: TextContext): string[] {
  if (column.kind !== 'offer') return []
  const text = notCountedCellText(payPartsNotCounted(column.offer.pay), t, language)
  return text === null ? [] : [text]
}

/**
 * The recommendation's own reasons (pay band, the deciding rule, the skill modifiers, their
 * points said to count toward the skill score), and, where it weighed the risk, a line pointing
 * to the risk row, which lists every risk point once: the verdict does the same (17976e7). The
 * cell listed the cited risk lines beside the skill points, a partial set of them, on two
 * scales read as one (new-user trial 17: "+4 分" for leadership beside "+35 分" for the
 * employer, the stable job's +5 left out).
 */
function RecommendationWhy({
  assessed,
  column,
  context,
}: {
  assessed: NonNullable<ReturnType<typeof assessedOffer>>
  column: string
  context: TextContext
}) {
  const { t, language, ruleset } = context
  const { cited } = riskLinesByPlace(assessed)
  const own = assessed.recommendation.reasons.filter((reason) => !cited.includes(reason))
  const note =
    cited.length > 0
      ? t('offerCompare.cells.riskPointer', {
          score: formatNumber(assessed.risk.score, language),
          row: t('offerCompare.rows.risk'),
          why: t('offerCompare.cells.why'),
        })
      : undefined
  return (
    <ReasonsDisclosure
      reasons={own}
      row={t('offerCompare.rows.recommendation')}
      column={column}
      ruleset={ruleset}
      points="skill-score"
      note={note}
    />
  )
}

/** Why a column has no figure: its pay is missing or unreadable (said once, on the first row). */
function missingText(column: CompareColumn, { t }: TextContext): string {
  if (column.kind === 'current') {
    if (column.pay === null) return t('offerCompare.cells.noCurrentPay')
    return t('offerCompare.cells.currentPayUnread')
  }
  const assessed = column.assessment
  if (assessed && !assessed.ok && assessed.error.code === 'no-exchange-rate')
    return t('offerCompare.cells.noRate', { currency: assessed.error.currency })
  return t('offerCompare.cells.payUnread')
}

/**
 * The rows of the comparison, top to bottom: pay, year one against a typical year, after tax
 * (with the bonus method and any cliff), whose social-insurance figures, the raise, the risk,
 * the risk-adjusted value with its downside, and the recommendation.
 */
export function comparisonRows(
  columns: readonly CompareColumn[],
  context: TextContext,
  horizonMonths: number,
): CompareRow[] {
  const { t, language, ruleset } = context
  const none = t('offerCompare.cells.none')
  const range = (value: Range<Fen>) => formatFenRange(value, language, 'year')
  const payRow = (
    id: string,
    header: string,
    hint: string | undefined,
    figure: (pay: AnnualPay, column: CompareColumn) => ReactNode,
    valueOf: (pay: AnnualPay, column: CompareColumn) => Range | null,
    first = false,
    restsOn: RestsOn = 'own',
  ): CompareRow => ({
    id,
    header,
    hint,
    cell: (column) => {
      const pay = payOf(column)
      if (!pay)
        return first ? <span className="compare-note">{missingText(column, context)}</span> : none
      return figure(pay, column)
    },
    ...rowBest(
      columns,
      (column) => {
        const pay = payOf(column)
        return pay ? valueOf(pay, column) : null
      },
      'higher',
      undefined,
      restsOn,
    ),
  })
  const afterTaxRow = (id: string, header: string, yearOne: boolean): CompareRow => ({
    id,
    header,
    cell: (column) => {
      const afterTax = afterTaxOf(column, yearOne)
      if (!afterTax) {
        if (taxedAbroad(column))
          return <span className="compare-note">{t('offerCompare.cells.notTaxedInChina')}</span>
        return none
      }
      return (
        <Figure
          value={range(afterTax.afterTax)}
          notes={[
            ...(yearOne && column.kind === 'current' ? [t('offerCompare.cells.staying')] : []),
            ...bonusMethodLines(afterTax, context),
            taxLine(afterTax, context),
          ]}
          warnings={cliffWarnings(afterTax, context, column.kind, payOf(column)?.annualBonus)}
        />
      )
    },
    // Best after tax cannot be told while a contender is taxed abroad (trial 23: the star went
    // to the one offer taxed in mainland China, over two Hong Kong and Singapore ones).
    ...(columns.some((column) => mayBeStarred(column) && !rateWrong(column) && taxedAbroad(column))
      ? { best: new Set<string>() }
      : rowBest(columns, (column) => afterTaxOf(column, yearOne)?.afterTax ?? null, 'higher')),
  })
  const offerRow = (
    id: string,
    header: string,
    hint: string | undefined,
    cell: (
      assessed: NonNullable<ReturnType<typeof assessedOffer>>,
      column: CompareColumn,
    ) => ReactNode,
    valueOf: (assessed: NonNullable<ReturnType<typeof assessedOffer>>) => Range | number | null,
    better: 'higher' | 'lower' = 'higher',
    mayWin?: (assessed: NonNullable<ReturnType<typeof assessedOffer>>) => boolean,
    restsOn: RestsOn = 'own',
  ): CompareRow => ({
    id,
    header,
    hint,
    cell: (column) => {
      const assessed = assessedOffer(column)
      return assessed ? cell(assessed, column) : none
    },
    ...rowBest(
      columns,
      (column) => {
        const assessed = assessedOffer(column)
        return assessed ? valueOf(assessed) : null
      },
      better,
      mayWin &&
        ((column) => {
          const assessed = assessedOffer(column)
          return assessed !== null && mayWin(assessed)
        }),
      restsOn,
    ),
  })
  const columnName = (column: CompareColumn) =>
    column.kind === 'current' ? t('offerCompare.columns.current') : offerName(column.offer)
  /**
   * Each offer's value over the horizon with its failure chance weighed in, and staying's beside
   * it: the current pay's typical year over the same months, no failure priced. The ★ may go to
   * staying, so an offer worth less than the job one has is not starred as the best (new-user
   * trial 14: a pay cut got the ★ while staying's column showed nothing).
   */
  const riskAdjustedRow = (): CompareRow => {
    // Over the horizon, not a year: the figure says so beside the yearly totals above it.
    const overHorizon = (value: Range<Fen>) =>
      t('offerCompare.cells.overHorizon', {
        amount: formatFenRange(value, language),
        months: formatNumber(horizonMonths, language),
      })
    const stayingValue = (column: CompareColumn): Range<Fen> | null =>
      column.kind === 'current' && column.pay?.ok ? column.pay.overHorizon : null
    const valueOf = (column: CompareColumn): Range | null => {
      const assessed = assessedOffer(column)
      return assessed ? assessed.downside.riskAdjusted : stayingValue(column)
    }
    return {
      id: 'risk-adjusted',
      header: t('offerCompare.rows.riskAdjusted'),
      hint: t('offerCompare.rows.riskAdjustedHint', { months: horizonMonths }),
      cell: (column) => {
        const staying = stayingValue(column)
        if (staying) {
          return (
            <Figure
              value={overHorizon(staying)}
              notes={[t('offerCompare.cells.stayingOverHorizon', { months: horizonMonths })]}
            />
          )
        }
        const assessed = assessedOffer(column)
        if (!assessed) return none
        return (
          <>
            <Figure
              value={overHorizon(assessed.downside.riskAdjusted)}
              notes={
                notNow(assessed)
                  ? [
                      t(
                        assessed.recommendation.recommendation === 'decline'
                          ? 'offerCompare.cells.declinedNotBest'
                          : 'offerCompare.cells.waitNotBest',
                      ),
                    ]
                  : []
              }
            />
            <ReasonsDisclosure
              summary={t('offerCompare.cells.downside')}
              text={downsideText(assessed.downside, context)}
              reasons={assessed.downside.reasons}
              row={t('offerCompare.rows.riskAdjusted')}
              column={columnName(column)}
              ruleset={ruleset}
            />
          </>
        )
      },
      // A large offer can outweigh even a 60% chance of failing: its figure stays, unstarred.
      ...rowBest(columns, valueOf, 'higher', undefined, 'own-and-current'),
    }
  }

  return [
    payRow(
      'cash',
      t('offerCompare.rows.cash'),
      t('offerCompare.rows.cashHint'),
      // On the first row, as a missing pay is: a wrong-size rate is under every yuan figure below.
      (pay) => (
        <Figure
          value={range(pay.cash)}
          warnings={payRatesWrongTexts(t, language, 'compare', pay)}
        />
      ),
      (pay) => pay.cash,
      true,
      'own-pay',
    ),
    payRow(
      'total',
      t('offerCompare.rows.total'),
      t('offerCompare.rows.totalHint'),
      (pay, column) => (
        <Figure
          value={range(pay.totalRecurring)}
          notes={[...totalNotes(pay, context), ...notCountedNotes(column, context)]}
        />
      ),
      (pay) => pay.totalRecurring,
    ),
    payRow(
      'year-one',
      t('offerCompare.rows.yearOne'),
      t('offerCompare.rows.yearOneHint'),
      (pay, column) =>
        column.kind === 'current' ? (
          <Figure value={range(pay.totalRecurring)} notes={[t('offerCompare.cells.staying')]} />
        ) : (
          <Figure value={range(pay.totalYearOne)} notes={yearOneNotes(pay, context)} />
        ),
      (pay, column) => (column.kind === 'current' ? pay.totalRecurring : pay.totalYearOne),
    ),
    afterTaxRow('after-tax', t('offerCompare.rows.afterTax'), false),
    afterTaxRow('after-tax-year-one', t('offerCompare.rows.afterTaxYearOne'), true),
    {
      id: 'tax-city',
      header: t('offerCompare.rows.taxCity'),
      cell: (column) => {
        if (!column.rates || !afterTaxOf(column, false)) return none
        const { name, why } = taxCityText(column.rates, context)
        return <Figure value={name} notes={[why]} wrap />
      },
      best: new Set(),
    },
    offerRow(
      'raise',
      t('offerCompare.rows.raise'),
      undefined,
      (assessed, column) =>
        assessed.raise ? (
          <Figure
            value={formatChangeRange(assessed.raise, language)}
            notes={notCountedNotes(column, context)}
          />
        ) : (
          <span className="compare-note">{t('offerCompare.cells.noCurrentForRaise')}</span>
        ),
      (assessed) => assessed.raise,
      'higher',
      undefined,
      'own-and-current',
    ),
    offerRow(
      'risk',
      t('offerCompare.rows.risk'),
      undefined,
      (assessed, column) => (
        <>
          <Figure
            value={t('offerCompare.cells.riskLevel', {
              level: t(`offerCompare.riskLevels.${assessed.risk.level}`),
              score: formatNumber(assessed.risk.score, language),
            })}
          />
          <ReasonsDisclosure
            reasons={assessed.risk.reasons}
            row={t('offerCompare.rows.risk')}
            column={columnName(column)}
            ruleset={ruleset}
          />
        </>
      ),
      (assessed) => assessed.risk.score,
      'lower',
      undefined,
      // The risk score rests on no rate: a column whose pay is counted at a wrong one may lead.
      'none',
    ),
    riskAdjustedRow(),
    offerRow(
      'recommendation',
      t('offerCompare.rows.recommendation'),
      undefined,
      (assessed, column) => (
        <>
          <span
            className="compare-value"
            data-recommendation={assessed.recommendation.recommendation}
          >
            {t(`offerCompare.recommendations.${verdictName(assessed.recommendation)}`)}
          </span>
          <RecommendationWhy assessed={assessed} column={columnName(column)} context={context} />
        </>
      ),
      () => null,
    ),
  ]
}
