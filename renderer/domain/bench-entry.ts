/** What scripts/bench-assess.ts bundles and times: the public domain plus the skill scorer alone. */
export { assess, assessmentInputSchema, DEFAULT_RULESET } from './index'
export { scoreSkills } from './skills/score-skills'
