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

/** The field at `group.key` of a record; undefined where it has none. */
function fieldAt(record: object | undefined, group: string, key: string): unknown {
  const inner: unknown = (record as Record<string, unknown> | undefined)?.[group]
  return typeof inner === 'object' && inner !== null
    ? (inner as Record<string, unknown>)[key]
    : undefined
}

export const ELDERLY_CHOICE = 'specialDeductions.elderlyParents'
/** The amount that goes with the elderly-parent choice: one figure with it, never apart. */
export const ELDERLY_MONTHLY = 'specialDeductions.elderlyParentsMonthly'

/**
 * The elderly-parent deduction as one figure: the choice with the amount it reads (review 23:
 * a merge took the choice from one copy and the amount from the other, "as stated, 0 a month",
 * a deduction neither machine had). No choice with no amount is no deduction, as "none" is
 * (the tax form writes "none" for a choice never made: not a change of the figure, so no
 * stamp); no choice with an amount is the amount as stated (data from before the choice).
 */
function elderlyValue(record: object | undefined): unknown {
  const choice = fieldAt(record, 'specialDeductions', 'elderlyParents')
  const monthly = fieldAt(record, 'specialDeductions', 'elderlyParentsMonthly')
  const amount = typeof monthly === 'number' ? monthly : 0
  if (choice === 'none' || (choice === undefined && amount === 0)) return undefined
  if (choice === 'only-child') return { choice }
  return { choice: choice ?? 'stated', monthly: amount }
}

/** The figure at `path` in a record of the engine settings; undefined where it has none. */
export function figureValue(record: object | undefined, path: EngineFigure): unknown {
  if (path === ELDERLY_CHOICE) return elderlyValue(record)
  const [group = '', key = ''] = path.split('.')
  return fieldAt(record, group, key)
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
