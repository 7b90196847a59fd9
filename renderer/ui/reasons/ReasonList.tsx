import { memo, useId } from 'react'
import type { Reason } from '../../domain/reason'
import type { Assumption, Citation } from '../../domain/ruleset/citation'
import { useTranslation } from 'react-i18next'
import { CitationView } from '../citation/CitationView'
import type { SaidReason } from './changed-rule-text'
import './reasons.css'

export interface ReasonListProps<R extends Reason> {
  reasons: readonly R[]
  /** The reason in plain words (skill reasons: reasonSaid, with the changed rules its figure
   *  used apart; offer reasons bring their own sentence). */
  sentence: (reason: R) => string | SaidReason
  /** The assumption's note where the ruleset has one; else the reason's own flag is shown. */
  assumptionFor?: ((reason: R) => Assumption | undefined) | undefined
  /** Names the list for screen readers ("Why"). */
  label?: string | undefined
}

/**
 * The reasons behind a figure, one a line: the sentence, then its source behind a disclosure,
 * marked where the number is an assumption. Keys follow the rule and its subject, so an open
 * quote stays open while the figures around it change as the user types.
 */
export function ReasonList<R extends Reason>({
  reasons,
  sentence,
  assumptionFor,
  label,
}: ReasonListProps<R>) {
  const { t } = useTranslation()
  const keys = reasonKeys(reasons)
  return (
    <ul className="reason-list" aria-label={label}>
      {reasons.map((reason, index) => {
        const said = sentence(reason)
        const changed = typeof said === 'string' || said.changes.length === 0 ? undefined : said
        return (
          <ReasonItem
            key={keys[index]}
            text={typeof said === 'string' ? said : said.sentence}
            changes={changed?.changes.join(t('assessment.reasons.changedRule.separator'))}
            changesHref={changed?.href}
            effect={effectOf(reason.points)}
            citation={reason.citation}
            assumption={reason.assumption ? (assumptionFor?.(reason) ?? true) : undefined}
          />
        )
      })}
    </ul>
  )
}

/** One reason: memoised on what it shows, so a keystroke that moves one reason redraws that
 *  one (the citations come from the ruleset and keep their identity). */
const ReasonItem = memo(function ReasonItem({
  text,
  changes,
  changesHref,
  effect,
  citation,
  assumption,
}: {
  text: string
  /** The changed rules the figure used, said, for a line of their own. */
  changes: string | undefined
  /** Their section of the Rules screen. */
  changesHref: string | undefined
  effect: 'adds' | 'none' | 'takes'
  citation: Citation
  assumption: Assumption | true | undefined
}) {
  // Each source's disclosure is named by its reason too: a list of "Source assumption" buttons
  // all alike told a screen reader nothing (trial 18 L9; the verdict's OfferReasonList does so).
  const textId = useId()
  const { t } = useTranslation()
  return (
    <li className="reason" data-effect={effect}>
      <p className="reason-text" id={textId}>
        {text}
      </p>
      {changes ? (
        // A figure from a rule the user changed: the change on its own line, with the way to it.
        <p className="reason-changed">
          {changes} <a href={changesHref}>{t('assessment.reasons.changedRule.link')}</a>
        </p>
      ) : null}
      <CitationView citation={citation} assumption={assumption} aboutId={textId} />
    </li>
  )
})

function effectOf(points: number): 'adds' | 'none' | 'takes' {
  if (points > 0) return 'adds'
  if (points < 0) return 'takes'
  return 'none'
}

/** A key per reason: its rule, the domain where it names one (the evidence cap fires once per
 *  domain), and a count for any other repeat. */
export function reasonKeys(reasons: readonly Reason[]): string[] {
  const seen = new Map<string, number>()
  return reasons.map((reason) => {
    const base = `${reason.ruleId}:${String(reason.facts['domain'] ?? '')}`
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base}#${String(count)}`
  })
}
