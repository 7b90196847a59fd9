import {
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
    const stamp = copy(from).figuresChangedAt?.[path]
    if (stamp !== undefined) stamps[path] = stamp
  }
  const newer = fileIsNewer ? file : stored
  const none = Object.keys(stamps).length === 0 && newer.figuresChangedAt === undefined
  pins['figuresChangedAt'] = { value: none ? undefined : stamps }
  return { pins, notes }
}
