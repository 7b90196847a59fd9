/** What scripts/bench-assess.mts bundles and times: the public domain plus its stages alone. */
export {
  assess,
  assessmentInputSchema,
  DEFAULT_RULESET,
  computeAnnualPay,
  chinaIncomeTax,
} from './index'
export { scoreSkills } from './skills/score-skills'
export { assessTransitionRisk } from './risk/transition-risk'
export { socialInsuranceFor } from './tax/social-insurance'
