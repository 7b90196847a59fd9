import { SKILL_DOMAIN_IDS, type SkillDomainId, type TierId } from '../../domain/model/enums'
import type { DomainLevel } from '../../domain/skills/effective-levels'
import type { SkillSnapshot } from '../../data/records'

/** One bar pair of the domains chart (and one row of its table). */
export interface DomainLevelRow {
  domain: SkillDomainId
  /** The name on the axis and in the table. */
  label: string
  /** The domain as the skill form names it, its class too ("AI 产品经理 · B"): a tick's tooltip. */
  title: string
  claimed: number
  counted: number
}

/** A domain's names in the chart: what its axis reads, what its tooltip says in full. */
export interface DomainChartName {
  label: string
  title: string
}

/** Every domain, in the ruleset's order (S-class first), at 0 where the user has no skill. */
export function domainLevelRows(
  levels: readonly DomainLevel[],
  name: (domain: SkillDomainId) => DomainChartName,
): DomainLevelRow[] {
  const byDomain = new Map(levels.map((level) => [level.domain, level]))
  return SKILL_DOMAIN_IDS.map((domain) => {
    const level = byDomain.get(domain)
    return {
      domain,
      ...name(domain),
      claimed: level?.claimed ?? 0,
      counted: level?.effective ?? 0,
    }
  })
}

/** What the domains chart shows, as text: equal keys, equal chart (no redraw on other edits). */
export function levelsKey(levels: readonly DomainLevel[]): string {
  return levels.map((level) => `${level.domain}:${level.claimed}:${level.effective}`).join('|')
}

export interface TrendPoint {
  date: string
  score: number
  tier: TierId
}

/** The score on each stored day, oldest first. */
export function trendPoints(snapshots: readonly SkillSnapshot[]): TrendPoint[] {
  return snapshots
    .map(({ date, score, tier }) => ({ date, score, tier }))
    .sort((a, b) => a.date.localeCompare(b.date))
}

/** A tier's threshold line on the trend chart. */
export interface Threshold {
  tier: TierId
  label: string
  score: number
  /** The line's entry in the chart's key: "Core talent at 85". */
  text: string
}
