import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TierId } from '../../../../domain/model/enums'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { SkillGap } from '../../../../domain/skills/skill-gaps'
import type { UiLanguage } from '../../../i18n/i18n'
import { gapText, type GapText } from '../../../reasons/skill-gap-text'

function gapKey(gap: SkillGap): string {
  return `${gap.domain}|${gap.action}|${String(gap.needsEvidence)}|${gap.fromLevel}|${gap.toLevel}|${gap.scoreGain}|${gap.tierAfter}`
}

function gapsKey(gaps: readonly SkillGap[]): string {
  return gaps.map(gapKey).join('\n')
}

/** Gap sentences kept while the words, language, rules and tier stay the same (bounded). */
const GAPS_KEPT = 200

/** "What would raise my score most": the engine's gaps, best gain first, with the tier reached. */
export const GapList = memo(
  function GapList({
    gaps,
    tier,
    ruleset,
    atTop,
  }: {
    gaps: readonly SkillGap[]
    tier: TierId
    ruleset: Ruleset
    /** The score is 100: no step adds to it, though domains may be left (review 20). */
    atTop: boolean
  }) {
    const { t, i18n } = useTranslation()
    const language = i18n.language as UiLanguage
    // A keystroke moves a gap or two: the others keep their sentences.
    const textOf = useMemo(() => {
      const said = new Map<string, GapText>()
      return (gap: SkillGap) => {
        const key = gapKey(gap)
        let text = said.get(key)
        if (!text) {
          if (said.size >= GAPS_KEPT) said.clear()
          text = gapText(gap, tier, t, language, ruleset)
          said.set(key, text)
        }
        return text
      }
    }, [tier, t, language, ruleset])
    return (
      <section className="assessment-block" aria-labelledby="assessment-gaps-title">
        <h3 id="assessment-gaps-title">{t('assessment.gaps.title')}</h3>
        {gaps.length === 0 ? (
          <p className="muted">{t(atTop ? 'assessment.gaps.atTop' : 'assessment.gaps.none')}</p>
        ) : (
          <ol className="gap-list">
            {gaps.map((gap) => {
              const text = textOf(gap)
              return (
                <li key={`${gap.domain}:${gap.action}`} className="gap">
                  <span className="gap-action">{text.action}</span>
                  <span className="gap-effect" data-tier-change={gap.tierAfter !== tier}>
                    {text.effect}
                  </span>
                </li>
              )
            })}
          </ol>
        )}
      </section>
    )
  },
  (before, after) =>
    before.tier === after.tier &&
    before.ruleset === after.ruleset &&
    before.atTop === after.atTop &&
    gapsKey(before.gaps) === gapsKey(after.gaps),
)
