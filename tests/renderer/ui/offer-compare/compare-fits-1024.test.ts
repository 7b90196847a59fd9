import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const CSS = readFileSync('renderer/ui/screens/offers/compare/compare.css', 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
)

/** The comparison's width in a 1024 px window: 734 px, in rem (trial 16 #8). */
const TABLE_AT_1024_REM = 734 / 16

/** The declarations of `selector` that apply in a table `widthRem` wide, in source order. */
function declarations(selector: string, widthRem: number): Map<string, string> {
  const found = new Map<string, string>()
  const rule = /([^{}]+)\{([^{}]*)\}/g
  // The top level and each container block that matches, in the order they are written.
  const parts: string[] = []
  let rest = CSS
  for (;;) {
    const at = rest.indexOf('@container')
    if (at === -1) break
    parts.push(rest.slice(0, at))
    const open = rest.indexOf('{', at)
    const max = /max-width:\s*([\d.]+)rem/.exec(rest.slice(at, open))?.[1]
    let depth = 1
    let end = open + 1
    while (depth > 0) {
      if (rest[end] === '{') depth++
      if (rest[end] === '}') depth--
      end++
    }
    if (max !== undefined && widthRem <= Number(max)) parts.push(rest.slice(open + 1, end - 1))
    rest = rest.slice(end)
  }
  parts.push(rest)
  for (const part of parts) {
    for (const [, selectors = '', body = ''] of part.matchAll(rule)) {
      if (!selectors.split(',').some((candidate) => candidate.trim() === selector)) continue
      for (const line of body.split(';')) {
        const [name, value] = line.split(':').map((piece) => piece.trim())
        if (name && value) found.set(name, value)
      }
    }
  }
  return found
}

const rem = (value: string | undefined) => Number(/([\d.]+)rem/.exec(value ?? '')?.[1] ?? NaN)

describe('the comparison at 1024 px (trial 16 #8)', () => {
  it('has columns narrow enough for the current job and three offers', () => {
    const header = declarations(".compare-table th[scope='row']", TABLE_AT_1024_REM)
    const cell = declarations('.compare-table td', TABLE_AT_1024_REM)
    const padding = declarations('.compare-table.figures td', TABLE_AT_1024_REM)
    const inline = 2 * rem(padding.get('padding-inline') ?? padding.get('padding')?.split(' ')[1])
    const total = rem(header.get('min-width')) + inline + 4 * (rem(cell.get('min-width')) + inline)
    expect(total).toBeLessThanOrEqual(TABLE_AT_1024_REM)
  })

  it('lets the risk level wrap above its score there, and not in a wide window', () => {
    const risk = ".compare-table tr[data-row='risk'] .compare-value"
    expect(declarations(risk, TABLE_AT_1024_REM).get('white-space')).toBe('normal')
    expect(declarations(risk, 80).get('white-space')).toBeUndefined()
  })
})

/** The table's width in a window 1024, 1280 and 1366 px wide, in rem (trial 17). */
const TABLE_REM = { 1024: 734 / 16, 1280: 964 / 16, 1366: 1050 / 16 } as const

describe('the comparison with every offer’s “Why” open (trial 17)', () => {
  for (const [window, widthRem] of Object.entries(TABLE_REM)) {
    it(`fits the current job and three offers at ${window} px`, () => {
      const header = declarations(".compare-table th[scope='row']", widthRem)
      const cell = declarations('.compare-table td', widthRem)
      // An open Why's own minimum, where the stylesheet gives it one (20rem once did).
      const open = declarations('.compare-table td:has(.compare-why[open])', widthRem)
      const padding = declarations('.compare-table.figures td', widthRem)
      const inline = 2 * rem(padding.get('padding-inline') ?? padding.get('padding')?.split(' ')[1])
      const openMin = rem(open.get('min-width') ?? cell.get('min-width'))
      const total =
        rem(header.get('min-width')) +
        inline +
        rem(cell.get('min-width')) +
        inline +
        3 * (openMin + inline)
      expect(total).toBeLessThanOrEqual(widthRem)
    })
  }

  it('breaks a long word inside an open Why rather than widening its column', () => {
    expect(declarations('.compare-why', 80).get('overflow-wrap')).toBe('anywhere')
  })
})
