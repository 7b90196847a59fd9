import { readFileSync } from 'node:fs'
import postcss, { type Rule } from 'postcss'
import { describe, expect, it } from 'vitest'

/**
 * Trial finding: on 1920 and 2560 px screens the export reminder stopped at ~1,450 px while the
 * dashboard's cards ran on to the main column's edge (ab7a6cb widened the column to 120rem; the
 * banners kept the old 80rem). Their right edge is now the main column's content edge at every
 * width where the navigation sits beside the screen. Computed from the two style sheets, as the
 * browser lays them out (border-box, the navigation's clamp()).
 */
const ROOT = 16
const STYLES = postcss.parse(readFileSync('renderer/ui/styles.css', 'utf8'))
const BANNERS = postcss.parse(readFileSync('renderer/ui/banners.css', 'utf8'))

/** `property` of `selector` outside any media query (the last such rule wins). */
function baseValue(sheet: postcss.Root, selector: string, property: string): string {
  let value: string | undefined
  sheet.walkRules((rule: Rule) => {
    if (!rule.selectors.includes(selector) || rule.parent?.type === 'atrule') return
    rule.walkDecls(property, (decl) => {
      value = decl.value
    })
  })
  if (value === undefined) throw new Error(`no ${property} on ${selector}`)
  return value
}

/** A length in px: `12rem`, `12px` or `calc(a - b)` / `calc(a + b)` of those. */
function px(value: string): number {
  const calc = /^calc\((.+?)\s+([-+])\s+(.+)\)$/.exec(value)
  if (calc) return px(calc[1] ?? '') + (calc[2] === '-' ? -1 : 1) * px(calc[3] ?? '')
  const match = /^([\d.]+)(rem|px)$/.exec(value)
  if (!match) throw new Error(`a length: ${value}`)
  return Number(match[1]) * (match[2] === 'rem' ? ROOT : 1)
}

/** The navigation's width in a window `width` px wide: clamp(min, a + b vw, max). */
function navWidth(width: number): number {
  const clamp = /^clamp\(([\d.]+rem),\s*([\d.]+rem)\s*\+\s*([\d.]+)vw,\s*([\d.]+rem)\)$/.exec(
    baseValue(STYLES, ':root', '--nav-width'),
  )
  if (!clamp) throw new Error('--nav-width is not the clamp() this test reads')
  const preferred = px(clamp[2] ?? '') + (Number(clamp[3]) / 100) * width
  return Math.min(Math.max(preferred, px(clamp[1] ?? '')), px(clamp[4] ?? ''))
}

/** The main column's content box, [left, right], in a window `width` px wide. */
function mainContent(width: number): [number, number] {
  const nav = navWidth(width)
  const [, inline = ''] = baseValue(STYLES, '.app-main', 'padding').split(/\s+/)
  const padding = px(inline)
  const box = Math.min(width - nav, px(baseValue(STYLES, '.app-main', 'max-width')))
  return [nav + padding, nav + box - padding]
}

/** The banners' list, [left, right]: the row's padding (nav + left, right), the list's cap. */
function bannersBox(width: number): [number, number] {
  const nav = navWidth(width)
  const padding = baseValue(BANNERS, '.notices', 'padding')
    .replace('var(--nav-width)', `${String(nav)}px`)
    .split(/\s+(?![^(]*\))/)
  const left = px(padding[3] ?? '')
  const right = px(padding[1] ?? '')
  const list = Math.min(width - left - right, px(baseValue(BANNERS, '.notices-list', 'max-width')))
  return [left, left + list]
}

describe('the banners on a wide screen', () => {
  it.each([1280, 1440, 1920, 2560, 3840])(
    'line up with the main column’s content at %i px',
    (width) => {
      const [mainLeft, mainRight] = mainContent(width)
      const [bannersLeft, bannersRight] = bannersBox(width)
      expect(bannersLeft).toBeCloseTo(mainLeft, 3)
      expect(bannersRight).toBeCloseTo(mainRight, 3)
    },
  )
})
