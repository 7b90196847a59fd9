import type { Fen } from '../../renderer/domain'

/** Yuan written in a test (may have 2 decimals) as fen. */
export function yuan(value: number): Fen {
  return Math.round(value * 100) as Fen
}
