import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { evidenceBySkill } from '../../../../data/repositories/evidence'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import type { UiLanguage } from '../../../i18n/i18n'
import { ScoreTrendFigure } from '../../../charts/ScoreTrendFigure'
import { tierName } from '../../../reasons/names'
import { formatFenRange } from '../../../format/amount'
import { premiumTotalUnreached } from '../../../../domain/recommend/pay-position'
import { evidenceLifts, type EvidenceLifts } from '../../../reasons/skill-reason-text'
import { AssessmentSummary, type TotalSource } from './AssessmentSummary'
import { DomainLevelsFigure } from './DomainLevelsFigure'
import { GapList } from './GapList'
import { SkillReasons } from './SkillReasons'
import { ASSESSMENT_HEADING_ID, TREND_FIGURE_ID } from '../SkillsJumpLinks'
import './assessment.css'

/**
 * The engine's answer beside the forms, live as the user types: score and tier, the raise and
 * the yearly total a move can reach, every reason with its source, what would raise the score
 * most, and the charts. Each part is memoised on what it shows, so a keystroke redraws only
 * the parts whose figures moved.
 */
export function AssessmentPanel({ live }: { live: LiveAssessment }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { skills } = live.assessment
  const lifts = useEvidenceLifts(live)
  // A saved pay that cannot be counted is not a missing one: "add your current pay" misled.
  const payUncounted =
    live.assessment.currentPay?.ok === false &&
    (skills.expectedTotalBasis === 'none' || skills.expectedTotalBasis === 'tier')
  const totalSource: TotalSource = payUncounted ? 'pay-uncounted' : skills.expectedTotalBasis
  const unreached = premiumTotalUnreached(
    skills.tier,
    skills.expectedTotal,
    skills.expectedTotalBasis,
    live.ruleset,
  )
  return (
    <section className="panel assessment-panel" aria-labelledby={ASSESSMENT_HEADING_ID}>
      {/* Focusable: the screen's skip link lands here (SkillsJumpLinks). */}
      <h2 id={ASSESSMENT_HEADING_ID} tabIndex={-1}>
        {t('assessment.title')}
      </h2>
      {live.profileSaved ? null : (
        <p className="assessment-note">{t('assessment.summary.neutralProfile')}</p>
      )}
      <AssessmentSummary
        score={skills.score}
        tierName={tierName(live.ruleset, skills.tier, language)}
        raiseLow={skills.expectedRaise.low}
        raiseHigh={skills.expectedRaise.high}
        totalLow={skills.expectedTotal?.low}
        totalHigh={skills.expectedTotal?.high}
        totalSource={totalSource}
        fromPayLow={skills.expectedTotalFromPay?.low}
        fromPayHigh={skills.expectedTotalFromPay?.high}
        tierTotal={
          skills.judgingTotal
            ? formatFenRange(skills.judgingTotal.band, language, 'year')
            : undefined
        }
        premiumTotalUnreached={unreached ? formatFenRange(unreached, language, 'year') : undefined}
      />
      <SkillReasons reasons={skills.reasons} ruleset={live.ruleset} lifts={lifts} />
      <GapList
        gaps={skills.gaps}
        tier={skills.tier}
        ruleset={live.ruleset}
        atTop={skills.score >= 100}
      />
      <DomainLevelsFigure levels={skills.levels} ruleset={live.ruleset} />
      <ScoreTrendFigure ruleset={live.ruleset} id={TREND_FIGURE_ID} />
    </section>
  )
}

/**
 * Which journal entry lifts each domain's evidence cap. The engine's levels are new on every
 * keystroke, so the map is kept (same object) until a domain or its entry changes: the
 * reasons' memo then skips keystrokes that lift nothing new.
 */
function useEvidenceLifts(live: LiveAssessment): EvidenceLifts {
  const bySkill = useMemo(() => evidenceBySkill(live.sources.journal), [live.sources.journal])
  const computed = evidenceLifts(
    live.assessment.skills.levels,
    live.sources.skills,
    bySkill,
    live.ruleset,
  )
  const key = [...computed]
    .map(([domain, entry]) => `${domain}:${entry.entryId}:${entry.title}:${entry.date}`)
    .join('|')
  const [kept, setKept] = useState({ key, lifts: computed })
  if (kept.key !== key) {
    setKept({ key, lifts: computed })
    return computed
  }
  return kept.lifts
}
