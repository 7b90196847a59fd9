// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { loadPersona } from '../../../helpers/personas'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/**
 * Editor23's note: a stored pay whose text says the sign-on is inside the figure was refused in
 * the verdict with the general 'More than one figure' words; the offer form names it and says
 * what to do (0302169, the parser's why: 'sign-on-inside'). The verdict now says the same.
 */
describe('the verdict on a pay with the sign-on inside', () => {
  it.each([
    [
      'en',
      'package 1.2M incl. sign-on 100k',
      /the sign-on is said to be part of this figure.*enter the sign-on under Sign-on bonus/,
    ],
    ['zh-CN', '总包 120w（含签字费 10w）', /签字费含在这个数里.*再把签字费填在“签字费”中/],
  ] as const)('names the sign-on and what to do (%s)', async (language, text, words) => {
    const [offer] = loadPersona('p4').offers
    const stored = storedPersona('p4', [
      { ...offer, id: 'o-sign-on', pay: { base: { kind: 'text', text } } },
    ])
    await renderVerdict(stored, 'o-sign-on', language)
    const what = document.querySelector('.verdict-unreadable-what')
    expect(what?.textContent).toMatch(words)
    expect(what?.textContent).not.toMatch(/More than one figure|有不止一个数字/)
    expect(screen.getByRole('status')).toBeTruthy()
  })
})

// Review 24 L11: a stored pay in a currency the app does not hold was 'could not read “澳刀”' in
// the verdict, where the offer form names the currency's refusal and what to do.
describe('the verdict on a pay in a currency the app does not hold', () => {
  it.each([
    ['en', 'base 200k CAD a year', /“CAD”: Tidemark does not hold this currency/],
    ['zh-CN', '年薪 20 万澳刀', /“澳刀”：潮位不支持这种货币/],
  ] as const)('names the currency and what to do (%s)', async (language, text, words) => {
    const [offer] = loadPersona('p4').offers
    const stored = storedPersona('p4', [
      { ...offer, id: 'o-currency', pay: { base: { kind: 'text', text } } },
    ])
    await renderVerdict(stored, 'o-currency', language)
    expect(document.querySelector('.verdict-unreadable-what')?.textContent).toMatch(words)
  })
})
