import { useTranslation } from 'react-i18next'
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
}: {
  reasons: readonly Reason[]
  /** The row's and the column's names, so a screen reader hears whose reasons these are. */
  row: string
  column: string
  ruleset: Ruleset
  summary?: string | undefined
  /** A sentence before the reasons (the downside spelled out). */
  text?: string | undefined
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  return (
    <details className="compare-why">
      <summary>{summary ?? t('offerCompare.cells.why')}</summary>
      {text ? <p className="compare-why-text">{text}</p> : null}
      <ReasonList
        reasons={reasons}
        sentence={(reason) => offerReasonText(reason, t, language, ruleset)}
        assumptionFor={(reason) => offerReasonAssumption(ruleset, reason)}
        label={t('offerCompare.cells.reasonsLabel', { row, column })}
      />
    </details>
  )
}
