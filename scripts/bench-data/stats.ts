/** The value at quantile q of an ascending list (the same rule as scripts/bench-assess.mts). */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}

export const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b)

export const median = (values: readonly number[]): number => quantile(ascending(values), 0.5)

/** Columns in a terminal: CJK characters take two. */
export function displayWidth(text: string): number {
  return text.length + (text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]/g)?.length ?? 0)
}

export const padDisplay = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)))
