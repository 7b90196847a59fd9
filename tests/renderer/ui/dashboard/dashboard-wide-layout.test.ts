import { readFileSync } from 'node:fs'
import postcss, { type Rule } from 'postcss'
import { describe, expect, it } from 'vitest'

/**
 * Trial 16 #8: on a 1920 px screen the content stopped at ~1,100 px, the rest of the screen
 * empty. The main column now takes the screen less the navigation, the dashboard's cards go
 * three across on a wide screen, and no line of prose runs past ~80 characters.
 */
const ROOT = 16
const STYLES = postcss.parse(readFileSync('renderer/ui/styles.css', 'utf8'))
const DASHBOARD = postcss.parse(readFileSync('renderer/ui/screens/dashboard/dashboard.css', 'utf8'))

/** Whether a media query's min-/max-width holds at `width` px (rem or px, as written here). */
function mediaHolds(params: string, width: number): boolean {
  return [...params.matchAll(/(min|max)-width:\s*([\d.]+)(rem|px)/g)].every(([, kind, n, unit]) => {
    const limit = Number(n) * (unit === 'rem' ? ROOT : 1)
    return kind === 'min' ? width >= limit : width <= limit
  })
}

/** `property` of `selector` as it applies in a window `width` px wide (the last rule wins). */
function valueAt(
  sheet: postcss.Root,
  selector: string,
  property: string,
  width: number,
): string | undefined {
  let value: string | undefined
  sheet.walkRules((rule: Rule) => {
    if (!rule.selectors.includes(selector)) return
    const media = rule.parent?.type === 'atrule' ? (rule.parent as postcss.AtRule) : null
    if (media && (media.name !== 'media' || !mediaHolds(media.params, width))) return
    rule.walkDecls(property, (decl) => {
      value = decl.value
    })
  })
  return value
}

const px = (value: string | undefined) => {
  const match = /^([\d.]+)(rem|px)$/.exec(value ?? '')
  if (!match) throw new Error(`a length: ${String(value)}`)
  return Number(match[1]) * (match[2] === 'rem' ? ROOT : 1)
}

describe('the dashboard on a wide screen (trial 16 #8)', () => {
  it('has a main column as wide as a 1920 px screen less the navigation', () => {
    // The navigation's narrowest (clamp's floor): the widest the main column is asked to be.
    const nav = px(
      /^clamp\(([^,]+),/.exec(valueAt(STYLES, ':root', '--nav-width', 1920) ?? '')?.[1],
    )
    expect(px(valueAt(STYLES, '.app-main', 'max-width', 1920))).toBeGreaterThanOrEqual(1920 - nav)
  })

  it('puts three cards across from 1600 px, six columns (two cards a row) below', () => {
    for (const width of [1600, 1920, 2560]) {
      expect(valueAt(DASHBOARD, '.dash-grid', 'grid-template-columns', width)).toBe(
        'repeat(3, minmax(0, 1fr))',
      )
      expect(valueAt(DASHBOARD, '.dash-grid > *', 'grid-column', width)).toBe('auto')
    }
    for (const width of [1024, 1280, 1440]) {
      expect(valueAt(DASHBOARD, '.dash-grid', 'grid-template-columns', width)).toBe(
        'repeat(6, minmax(0, 1fr))',
      )
      expect(valueAt(DASHBOARD, '.dash-grid > *', 'grid-column', width)).toBeUndefined()
    }
  })

  it('keeps a paragraph to 80 characters a line, however wide the column', () => {
    expect(valueAt(STYLES, '.app-main :where(p, li, dd, figcaption)', 'max-width', 1920)).toBe(
      '80ch',
    )
  })
})
