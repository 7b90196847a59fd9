import {
  ELDERLY_CHOICE,
  ELDERLY_MONTHLY,
  ENGINE_FIGURES,
  figureValue,
  sameFigure,
  type EngineFigure,
  type FigureStamps,
} from '../engine-figures'
import type { Pins } from './merge-one-row'
import { laterChange, type CurrentPayNote } from './merge-pay'

/** The engine settings as far as their figures go (records.ts: storedEngineSettingsSchema). */
interface FigureHolder {
  figuresChangedAt?: FigureStamps | undefined
  updatedAt: string
}

/** The figures whose stamps, not the newer copy, decided them, by what the result says. */
export type FigureNotes = Partial<Record<CurrentPayNote, EngineFigure[]>>

/**
 * How a merge of two copies of the engine settings treats each figure a user may clear, as
 * the profile's current pay (merge-pay.ts): the figure set, changed or cleared last stands, so
 * a figure cleared here after the file's was set is not filled back from the file. Only where
 * that differs from the newer copy with its gaps filled from the older is a figure pinned
 * (`group.key`); the stamps come along with each figure's copy. `socialInsuranceFrom`: the
 * social-insurance figures are already taken whole from one copy (another city's, another
 * preset's), and their stamps with them.
 */
export function figuresFrom(
  stored: FigureHolder,
  file: FigureHolder,
  fileIsNewer: boolean,
  socialInsuranceFrom: 'stored' | 'file' | null,
): { pins: Pins; notes: FigureNotes } {
  const pins: Record<string, Pins[string]> = {}
  const notes: FigureNotes = {}
  const stamps: FigureStamps = {}
  const copy = (from: 'stored' | 'file') => (from === 'file' ? file : stored)
  for (const path of ENGINE_FIGURES) {
    let from: 'stored' | 'file' = fileIsNewer ? 'file' : 'stored'
    if (path.startsWith('socialInsurance.') && socialInsuranceFrom !== null) {
      from = socialInsuranceFrom
    } else if (!sameFigure(stored, file, path)) {
      const at = (row: FigureHolder) => ({
        value: figureValue(row, path),
        changedAt: row.figuresChangedAt?.[path],
        updatedAt: row.updatedAt,
      })
      const change = laterChange(at(stored), at(file), fileIsNewer)
      from = change.from
      if (change.note !== null) {
        pins[path] = change.from
        notes[change.note] = [...(notes[change.note] ?? []), path]
      }
    }
    // The elderly-parent choice and its amount from one copy, always (engine-figures.ts).
    if (path === ELDERLY_CHOICE) {
      pins[ELDERLY_CHOICE] = from
      pins[ELDERLY_MONTHLY] = from
    }
    const stamp = copy(from).figuresChangedAt?.[path]
    if (stamp !== undefined) stamps[path] = stamp
  }
  const newer = fileIsNewer ? file : stored
  const none = Object.keys(stamps).length === 0 && newer.figuresChangedAt === undefined
  pins['figuresChangedAt'] = { value: none ? undefined : stamps }
  return { pins, notes }
}

/**
 * The merged row with a stamp for each figure it holds without one: the time of the copy it
 * came from, whose save it was set at, at the latest. Left unstamped, a later merge would take
 * the merged row's own stamp (after both copies') as the figure's time, and an old value would
 * win over a clearing made since (review 23 H1: a day-2 cap from an old backup, filled in on
 * day 5, came back over a day-4 clearing on another machine). A copy the row is saved as it
 * is (same stamp) needs none: its time is the row's.
 */
export function withFigureStamps<Row extends FigureHolder>(
  written: Row,
  stored: FigureHolder,
  file: FigureHolder,
): Row {
  const stamps: FigureStamps = { ...written.figuresChangedAt }
  let added = false
  for (const path of ENGINE_FIGURES) {
    if (stamps[path] !== undefined || figureValue(written, path) === undefined) continue
    const source = [stored, file]
      .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))
      .find((copy) => sameFigure(copy, written, path))
    if (source === undefined || source.updatedAt === written.updatedAt) continue
    stamps[path] = source.figuresChangedAt?.[path] ?? source.updatedAt
    added = true
  }
  return added ? { ...written, figuresChangedAt: stamps } : written
}
