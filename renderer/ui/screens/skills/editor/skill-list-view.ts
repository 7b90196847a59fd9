import type { StoredSkill } from '../../../../data/records'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { normalizeSkillName } from '../../../../domain/skills/skill-name'

/** The orders the list offers: the domain's place in the ruleset (the default), level, name. */
export const SKILL_SORTS = ['domain', 'level', 'name'] as const
export type SkillSort = (typeof SKILL_SORTS)[number]

/** Rows drawn at first, and added by each "Show more": 200 rows drawn at once took seconds
 *  to appear (trial 18), while the first screenfuls are what a user reads. */
export const SKILL_PAGE = 40

/**
 * The skills whose name holds `query`, folded as the name suggestions fold it (case, spaces and
 * dashes, and 繁體 as 简体: "深度學習" finds 深度学习); the domain's name in either language
 * matches too ("推理加速" lists every inference skill). `keep` stays whatever the query: the
 * skill just saved or restored, so focus can come back to it.
 */
export function filterSkills(
  skills: readonly StoredSkill[],
  query: string,
  ruleset: Ruleset,
  keep?: string,
): readonly StoredSkill[] {
  const folded = normalizeSkillName(query)
  if (folded === '') return skills
  const domains = new Set(
    ruleset.skillDomains
      .filter(
        (rule) =>
          normalizeSkillName(rule.nameEn).includes(folded) ||
          normalizeSkillName(rule.nameZhHans).includes(folded),
      )
      .map((rule) => rule.id),
  )
  return skills.filter(
    (skill) =>
      skill.id === keep ||
      domains.has(skill.domain) ||
      normalizeSkillName(skill.name).includes(folded),
  )
}

/** The skills in the chosen order; ties by level (highest first), then by name. */
export function sortSkills<S extends Pick<StoredSkill, 'domain' | 'level' | 'name'>>(
  skills: readonly S[],
  sort: SkillSort,
  ruleset: Ruleset,
  language: UiLanguage,
): S[] {
  const place = new Map(ruleset.skillDomains.map((rule, index) => [rule.id, index]))
  const domain = (skill: S) => place.get(skill.domain) ?? place.size
  const collator = new Intl.Collator(language)
  const byName = (a: S, b: S) => collator.compare(a.name, b.name)
  const byLevel = (a: S, b: S) => b.level - a.level
  const compare =
    sort === 'name'
      ? (a: S, b: S) => byName(a, b) || byLevel(a, b)
      : sort === 'level'
        ? (a: S, b: S) => byLevel(a, b) || byName(a, b)
        : (a: S, b: S) => domain(a) - domain(b) || byLevel(a, b) || byName(a, b)
  return [...skills].sort(compare)
}
