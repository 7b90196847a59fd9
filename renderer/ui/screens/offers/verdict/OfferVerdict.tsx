import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../../../domain/assess'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import { DownsideSection } from './DownsideSection'
import { OfferActions } from './OfferActions'
import { PaySection, type CurrentTaxed } from './PaySection'
import { QuestionsToAsk } from './QuestionsToAsk'
import { payPartsNotCounted } from './pay-not-counted'
import { RiskSection } from './RiskSection'
import { UnreadablePay } from './UnreadablePay'
import { VerdictHeadline } from './VerdictHeadline'
import { WhatWouldChange } from './WhatWouldChange'
import './offer-verdict.css'

/**
 * The engine's verdict on one offer, beside its form and live as the user types: the
 * recommendation and why, the risk, the pay (raise, totals, after tax), what a failed move
 * costs, the questions still to ask, which answers would change the verdict, and the offer kept
 * as a file or printed.
 */
export function OfferVerdict({
  live,
  offerId,
}: {
  live: LiveAssessment
  /** Null for a new offer not yet valid: the verdict says what it waits for. */
  offerId: string | null
}) {
  const { t } = useTranslation()
  // Before a profile is saved the engine weighs stability 'unknown': its reasons say so.
  const assessed =
    offerId === null
      ? undefined
      : live.assessment.offers.find((candidate) => candidate.offerId === offerId)
  const offer =
    offerId === null ? undefined : live.input.offers.find((candidate) => candidate.id === offerId)
  return (
    <section className="panel offer-verdict" aria-labelledby="offer-verdict-title">
      <h2 id="offer-verdict-title">{t('offerVerdict.title')}</h2>
      {!assessed || !offer ? (
        <p className="verdict-empty">{t('offerVerdict.notFound')}</p>
      ) : !assessed.ok ? (
        <UnreadablePay error={assessed.error} refusal={assessed.refusal} />
      ) : (
        <>
          <VerdictHeadline assessed={assessed} ruleset={live.ruleset} />
          <RiskSection assessed={assessed} ruleset={live.ruleset} />
          <PaySection
            assessed={assessed}
            ruleset={live.ruleset}
            cityText={offer.city ?? live.input.profile.city}
            current={taxedCurrent(live.assessment.currentPay)}
            currentPay={live.assessment.currentPay?.ok ? live.assessment.currentPay.pay : null}
            notCounted={payPartsNotCounted(offer.pay)}
          />
          <DownsideSection downside={assessed.downside} ruleset={live.ruleset} />
          <QuestionsToAsk offer={offer} ruleset={live.ruleset} />
          <WhatWouldChange live={live} offerId={offer.id} />
          <OfferActions offer={offer} live={live} />
        </>
      )}
    </section>
  )
}

/** The current pay where it is taxed in mainland China: one taxed elsewhere has no tax edge. */
function taxedCurrent(current: Assessment['currentPay']): CurrentTaxed | null {
  if (!current?.ok || current.afterTax === null) return null
  return { pay: current.pay, afterTax: current.afterTax }
}
