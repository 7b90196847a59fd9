import type { TFunction } from 'i18next'
import type { OfferAssessment } from '../../../../domain/assess'
import type { Reason } from '../../../../domain/reason'
import { formatPoints } from '../../../format/amount'
import { sentenceGap } from '../../../format/sentence-gap'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber } from '../../../reasons/names'

type Assessed = Extract<OfferAssessment, { ok: true }>

/**
 * Where the other part is, seen from this one. The verdict puts "Why" above "Risk of the move";
 * the report keeps its reader's order (the pay, the risk, the downside, then the
 * recommendation), so there the cited lines are below: the sentences are the verdict's, with
 * the way turned and the other part named by its heading.
 */
export type Place = 'above' | 'below'

const pointsOf = (reasons: readonly Reason[]) =>
  reasons.reduce((sum, reason) => sum + reason.points, 0)

/**
 * Said under the risk lines "Why" cites, as the verdict says it: what they come to of the risk's
 * points, what the other lines (listed under "Risk of the move", `risk`) add or take off, and
 * where the score is held.
 */
export function citedRiskSumText(
  assessed: Assessed,
  cited: readonly Reason[],
  { t, language }: { t: TFunction; language: UiLanguage },
  risk: Place,
): string {
  const { rawScore, score } = assessed.risk
  const shown = pointsOf(cited)
  const rest = rawScore - shown
  const gap = sentenceGap(language)
  const sentences = [
    t(
      rawScore === score
        ? 'offerVerdict.recommendation.riskSum'
        : 'offerVerdict.recommendation.riskSumBeforeLimit',
      { shown: formatPoints(shown, language), total: formatNumber(rawScore, language) },
    ),
  ]
  if (rest > 0)
    sentences.push(
      t(risk === 'below' ? 'offerVerdict.recommendation.riskRest' : 'report.offer.riskRestAbove', {
        rest: formatPoints(rest, language),
        part: t('offerVerdict.risk.title'),
      }),
    )
  // "The other −10" read as a count of minus ten lines: say what they do.
  if (rest < 0)
    sentences.push(
      t(
        risk === 'below'
          ? 'offerVerdict.recommendation.riskRestOff'
          : 'report.offer.riskRestOffAbove',
        { rest: formatNumber(-rest, language), part: t('offerVerdict.risk.title') },
      ),
    )
  if (rawScore !== score)
    sentences.push(
      t('offerVerdict.recommendation.riskHeld', { score: formatNumber(score, language) }),
    )
  return sentences.join(gap)
}

/**
 * Said under the risk's own lines, as the verdict says it: they add up to the score, with the
 * lines listed under "Why" (`why`: in the report, under "Recommendation" below) counted in.
 */
export function riskSumText(
  cited: readonly Reason[],
  othersListed: boolean,
  { t, language }: { t: TFunction; language: UiLanguage },
  why: Place,
): string {
  if (cited.length === 0) return t('offerVerdict.risk.sum')
  const values = {
    count: cited.length,
    formatted: formatNumber(cited.length, language),
    points: formatPoints(pointsOf(cited), language),
    part: t('offerVerdict.recommendation.label'),
  }
  if (!othersListed)
    return t(
      why === 'above' ? 'offerVerdict.risk.sumAllCited' : 'report.offer.sumAllCitedBelow',
      values,
    )
  return t(
    why === 'above' ? 'offerVerdict.risk.sumWithCited' : 'report.offer.sumWithCitedBelow',
    values,
  )
}
