import { useTranslation } from 'react-i18next'
import { formatPoints } from '../../../format/amount'
import type { Reason } from '../../../../domain/reason'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { offerReasonAssumption, offerReasonText } from '../../../reasons/offer-reason-text'
import { ReasonList } from '../../../reasons/ReasonList'

/**
 * A figure's reasons behind a disclosure inside its cell, so the table stays one screen tall
 * until the user asks why; each reason opens its quote.
 */
export function ReasonsDisclosure({
  reasons,
  row,
  column,
  ruleset,
  summary,
  text,
  points = 'as-written',
  note,
}: {
  reasons: readonly Reason[]
  /** The row's and the column's names, so a screen reader hears whose reasons these are. */
  row: string
  column: string
  ruleset: Ruleset
  summary?: string | undefined
  /** A sentence before the reasons (the downside spelled out). */
  text?: string | undefined
  /**
   * What the reasons' points count toward: as written (the risk's lines, risk points), or the
   * skill score, said beside each point so a skill modifier's +4 is not read beside a risk
   * line's +35 as one scale (new-user trial 17).
   */
  points?: 'as-written' | 'skill-score'
  /** A sentence after the reasons (where the rest of the reasoning is listed). */
  note?: string | undefined
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  return (
    <details className="compare-why">
      <summary>{summary ?? t('offerCompare.cells.why')}</summary>
      {text ? <p className="compare-why-text">{text}</p> : null}
      <ReasonList
        reasons={reasons}
        sentence={(reason) =>
          points === 'skill-score' && reason.points !== 0
            ? t('offerCompare.cells.skillPoints', {
                sentence: offerReasonText({ ...reason, points: 0 }, t, language, ruleset),
                points: formatPoints(reason.points, language),
              })
            : offerReasonText(reason, t, language, ruleset)
        }
        assumptionFor={(reason) => offerReasonAssumption(ruleset, reason)}
        label={t('offerCompare.cells.reasonsLabel', { row, column })}
      />
      {note ? (
        <p className="compare-why-text" data-testid="compare-why-note">
          {note}
        </p>
      ) : null}
    </details>
  )
}
