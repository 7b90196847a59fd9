import type { TFunction } from 'i18next'
import type { TierId } from '../../domain/model/enums'
import type { Ruleset } from '../../domain/ruleset/ruleset-schema'
import { differenceAsShown } from '../../domain/skills/points-as-shown'
import type { GapExplanation, SkillGap } from '../../domain/skills/skill-gaps'
import { formatPoints } from '../format/amount'
import type { UiLanguage } from '../i18n/i18n'
import { domainName, formatNumber, spaceMixedScripts, tierName } from './names'

export interface GapText {
  /** What to do: "Raise NLP from 2 to 3, with evidence". */
  action: string
  /** What it would bring: "+12.5 points, up to Premium (≈1M+)". */
  effect: string
}

/** One of the engine's gaps in plain words, with the tier it would reach from `currentTier`. */
export function gapText(
  gap: SkillGap,
  currentTier: TierId,
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
): GapText {
  const values = {
    domain: domainName(t, gap.domain),
    fromLevel: formatNumber(gap.fromLevel, language),
    toLevel: formatNumber(gap.toLevel, language),
  }
  // A step needing no new evidence does not ask for it: a level the ruleset counts without
  // evidence (2 or below), or a higher one on a skill that has evidence already. A tip must not
  // ask for what the rules do not require (the report said "0 to 2, with evidence").
  const action =
    gap.action === 'add-evidence'
      ? t('assessment.gaps.addEvidence', values)
      : gap.needsEvidence
        ? t('assessment.gaps.raiseLevel', values)
        : t('skills.gapRaiseLevel', values)
  return {
    action: spaceMixedScripts(action, language),
    effect: spaceMixedScripts(
      effectText(gap.scoreGain, gap.tierAfter, currentTier, t, language, ruleset),
      language,
    ),
  }
}

/** "+12.5 points, up to Premium (≈1M+)" or "+3 points, still Mid-level". */
function effectText(
  scoreGain: number,
  tierAfter: TierId,
  currentTier: TierId,
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
): string {
  const values = {
    gain: formatPoints(scoreGain, language),
    tier: tierName(ruleset, tierAfter, language),
  }
  if (tierAfter === currentTier) return t('assessment.gaps.stays', values)
  return scoreGain <= 0
    ? t('assessment.gaps.reachesAtTop', values)
    : t('assessment.gaps.reaches', values)
}

/**
 * The lines under a gap's parts: a shorter step in the same domain where the gap jumps more
 * than a level (trial 20 #2: 1→4 was offered, 1→3 with its breadth bonus was not said), and
 * the hold at 100 where it cuts the parts' sum.
 */
export function gapNotes(
  gap: SkillGap,
  explanation: GapExplanation,
  currentTier: TierId,
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
): string[] {
  const notes: string[] = []
  const { nearer } = explanation
  if (nearer) {
    const values = {
      toLevel: formatNumber(nearer.toLevel, language),
      effect: effectText(nearer.scoreGain, nearer.tierAfter, currentTier, t, language, ruleset),
    }
    notes.push(
      t(
        nearer.needsEvidence ? 'assessment.gaps.nearerWithEvidence' : 'assessment.gaps.nearer',
        values,
      ),
    )
  }
  const partsTotal = gapPartsTotal(explanation)
  if (Math.abs(partsTotal - gap.scoreGain) >= 0.05) {
    notes.push(
      t('assessment.gaps.heldAtTop', {
        raw: formatPoints(partsTotal, language),
        gain: formatPoints(gap.scoreGain, language),
      }),
    )
  }
  return notes.map((note) => spaceMixedScripts(note, language))
}

/**
 * What a gap's parts add up to as shown: the raw scores' difference at one decimal, which is
 * the gain shown (58.4 → 80.4: +22) unless the hold at 100 cuts it (then a note says so).
 */
export function gapPartsTotal(explanation: GapExplanation): number {
  return differenceAsShown(explanation.rawScores.after, explanation.rawScores.before)
}
