import { CURRENCIES } from '../domain/model/enums'
import { canonicalJson } from './transfer/merge'

/**
 * The engine settings' figures a user may clear, each by its path in the record: the social
 * insurance figures set in place of the city's, the elderly-parent choice and each exchange
 * rate. Every other field always has a value (the schema's default), so a merge never fills
 * it from the other copy; these can be absent, and absent may mean "never set" or "cleared".
 */
export const ENGINE_FIGURES = [
  'socialInsurance.pensionPercent',
  'socialInsurance.medicalPercent',
  'socialInsurance.unemploymentPercent',
  'socialInsurance.housingFundPercent',
  'socialInsurance.baseFloorMonthly',
  'socialInsurance.baseCapMonthly',
  'specialDeductions.elderlyParents',
  ...CURRENCIES.map((currency) => `exchangeRates.${currency}` as const),
] as const
export type EngineFigure = (typeof ENGINE_FIGURES)[number]

/** When each figure was last set, changed or cleared (ISO timestamps), by its path. */
export type FigureStamps = Partial<Record<EngineFigure, string>>

/** The figure at `path` in a record of the engine settings; undefined where it has none. */
export function figureValue(record: object | undefined, path: EngineFigure): unknown {
  const [group = '', key = ''] = path.split('.')
  const inner: unknown = (record as Record<string, unknown> | undefined)?.[group]
  return typeof inner === 'object' && inner !== null
    ? (inner as Record<string, unknown>)[key]
    : undefined
}

/** Whether two records hold the same figure at `path` (both without one: the same). */
export function sameFigure(a: object | undefined, b: object | undefined, path: EngineFigure) {
  return canonicalJson(figureValue(a, path)) === canonicalJson(figureValue(b, path))
}

/**
 * The stamps a save writes: `now` for each figure it sets, changes or clears, the stored stamp
 * for the others. A figure never set has none (a merge then fills it from another copy).
 */
export function stampsOnSave(
  stored: { figuresChangedAt?: FigureStamps | undefined } | undefined,
  next: object,
  now: Date,
): FigureStamps {
  const stamps: FigureStamps = {}
  for (const path of ENGINE_FIGURES) {
    const changed = !sameFigure(stored, next, path)
    const stamp = changed ? now.toISOString() : stored?.figuresChangedAt?.[path]
    if (stamp !== undefined) stamps[path] = stamp
  }
  return stamps
}
