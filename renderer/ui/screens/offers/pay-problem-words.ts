import type { TFunction } from 'i18next'

/**
 * The offer form's own words for a pay refused for a reason the parser names: a decimal comma,
 * a currency the app does not hold, a sign-on said to be inside the figure. Undefined for any
 * other refusal (its code's general words then). The stored offer's verdict says the same as the
 * form (review 24 L11: "年薪 20 万澳刀" was only "could not read “澳刀”" there).
 */
export function namedPayProblem(
  t: TFunction,
  error: { code: string; why?: string | undefined },
  fragment: string,
): string | undefined {
  if (error.code === 'unreadable' && error.why === 'decimal-comma')
    return t('offerEditor.pay.decimalComma', { fragment, point: fragment.replace(',', '.') })
  if (error.code === 'unreadable' && error.why === 'currency')
    return t('offerEditor.pay.currencyUnsupported', { fragment })
  if (error.code === 'several-amounts' && error.why === 'sign-on-inside')
    return t('offerEditor.pay.signOnInside', { fragment })
  // "6万×16=90万" (parser26): the two figures are named, the user says which the offer pays.
  if (error.code === 'several-amounts' && error.why === 'total-disagrees')
    return t('offerEditor.pay.totalDisagrees', { fragment })
  // "bonus 15% of total comp", "× 16，年终奖 20%": a share the parser cannot place (parser26).
  if (error.code === 'several-amounts' && error.why === 'bonus-percent')
    return t('offerEditor.pay.bonusPercent', { fragment })
  return undefined
}
