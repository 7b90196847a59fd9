/** A figure rounded for display to a number of decimals (1: 12.34 → 12.3), half up. */
export function roundToDecimals(value: number, decimals: number): number {
  const scale = 10 ** decimals
  return Math.round(value * scale) / scale
}
