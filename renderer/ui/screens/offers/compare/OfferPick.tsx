import { memo, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { PICK_OFFER_RULE, type OfferPick as Pick } from '../../../../domain/recommend/pick-offer'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { offerReasonAssumption } from '../../../reasons/offer-reason-text'
import { ReasonList } from '../../../reasons/ReasonList'
import { pickReasonText, pickText } from './pick-text'

/**
 * "Which one?" answered at the top of the comparison (trial 20 #5): the offer to take, or that
 * none is, in one sentence naming what decided, and why behind a disclosure with the rules and
 * the article's sentences. Memoised: the comparison re-renders as offers are edited, and the
 * pick only when its answer or the names change.
 */
export const OfferPick = memo(function OfferPick({
  pick,
  names,
  hidden,
  ruleset,
}: {
  pick: Pick
  /** Each offer's company, by id. */
  names: ReadonlyMap<string, string>
  hidden: number
  ruleset: Ruleset
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const titleId = useId()
  const text = pickText(pick, (id) => names.get(id) ?? id, hidden, { t, language, ruleset })
  const months = ruleset.downside.horizonMonths
  return (
    <section className="offer-pick" aria-labelledby={titleId} data-pick={pick.kind}>
      <h3 id={titleId} className="offer-pick-title">
        {t('offerCompare.pick.title')}
      </h3>
      <p className="offer-pick-answer">
        <strong className="offer-pick-headline">{text.headline}</strong>{' '}
        <span className="offer-pick-sentence">{text.sentence}</span>
      </p>
      {text.notes.map((note) => (
        <p key={note} className="offer-pick-note">
          {note}
        </p>
      ))}
      <details className="compare-why offer-pick-why">
        <summary>{t('offerCompare.cells.why')}</summary>
        <ReasonList
          reasons={pick.reasons}
          sentence={(reason) => pickReasonText(reason, t, months)}
          assumptionFor={(reason) =>
            reason.ruleId === PICK_OFFER_RULE.id
              ? PICK_OFFER_RULE.assumption
              : offerReasonAssumption(ruleset, reason)
          }
          label={t('offerCompare.pick.whyLabel')}
        />
      </details>
    </section>
  )
})
