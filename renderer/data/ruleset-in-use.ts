import { DEFAULT_RULESET } from '../domain/ruleset/default-ruleset'
import { withOverrides, type RulesetOverrides } from '../domain/ruleset/overrides'
import type { Ruleset } from '../domain/ruleset/ruleset-schema'
import type { TidemarkDatabase } from './db'
import type { FieldIssue } from './validation'

export interface RulesetInUse {
  ruleset: Ruleset
  overrides: RulesetOverrides
  /** Set when stored overrides no longer apply (a new ruleset version moved a rule): the
   *  defaults are used and the screen says which override failed, instead of a blank page. */
  overrideIssues: FieldIssue[]
}

export function rulesetFrom(overrides: RulesetOverrides | undefined): RulesetInUse {
  if (!overrides || Object.keys(overrides).length === 0) {
    return { ruleset: DEFAULT_RULESET, overrides: {}, overrideIssues: [] }
  }
  const applied = withOverrides(DEFAULT_RULESET, overrides)
  return applied.ok
    ? { ruleset: applied.ruleset, overrides, overrideIssues: [] }
    : { ruleset: DEFAULT_RULESET, overrides, overrideIssues: applied.issues }
}

/** The article's ruleset with the user's stored overrides applied. */
export async function readRulesetInUse(db: TidemarkDatabase): Promise<RulesetInUse> {
  const row = await db.rulesetOverrides.get('overrides')
  return rulesetFrom(row?.overrides)
}
