/**
 * Money is counted in integer fen (分, 1/100 yuan) so sums and taxes never drift the way
 * binary floating point does (0.1 + 0.2). Yuan appear only at the edges: parsed input and display.
 */
declare const fenBrand: unique symbol
export type Fen = number & { readonly [fenBrand]: 'Fen' }

const FEN_PER_YUAN = 100

/** Yuan (at most 2 decimals) to fen, rounding away the float noise of inputs like 0.1 + 0.2. */
export function fenFromYuan(yuan: number): Fen {
  return Math.round(yuan * FEN_PER_YUAN) as Fen
}

export function fen(value: number): Fen {
  return Math.round(value) as Fen
}

export const ZERO_FEN = 0 as Fen

export function addFen(...values: Fen[]): Fen {
  let total = 0
  for (const value of values) total += value
  return total as Fen
}

export function subtractFen(a: Fen, b: Fen): Fen {
  return (a - b) as Fen
}

/**
 * A monthly amount times a number of months: 12 for a year, or a part month such as the 1.5
 * extra months of "13.5 薪" or half a month of severance. Rounded once to the fen (exact for
 * whole months).
 */
export function timesMonths(monthly: Fen, months: number): Fen {
  return Math.round(monthly * months) as Fen
}

/**
 * An amount times a rate given in basis points (1/100 of a percent), rounded to the fen:
 * 8% is 800 bp. Integer inputs keep the product exact before the one rounding.
 */
export function timesBasisPoints(amount: Fen, basisPoints: number): Fen {
  return Math.round((amount * basisPoints) / 10_000) as Fen
}

/** An amount times a plain ratio (probabilities, vesting shares), rounded once to the fen. */
export function timesRatio(amount: Fen, ratio: number): Fen {
  return Math.round(amount * ratio) as Fen
}

export function maxFen(a: Fen, b: Fen): Fen {
  return a > b ? a : b
}

export function minFen(a: Fen, b: Fen): Fen {
  return a < b ? a : b
}
