/**
 * Tidemark's domain: pure TypeScript (no React, Dexie, Electron, DOM or Node), so the app, the
 * Node tests and any later tool compute exactly the same thing.
 */
export {
  assess,
  parseAssessmentInput,
  type Assessment,
  type OfferAssessment,
  type SkillAssessment,
  type AfterTax,
} from './assess'
export { DEFAULT_RULESET } from './ruleset/default-ruleset'
export { rulesetSchema, type Ruleset, type TaxBracket } from './ruleset/ruleset-schema'
export { withOverrides, type RulesetOverrides } from './ruleset/overrides'
export { parsePay, type ParsedPay, type PayParseError } from './pay/parse-pay'
export type { OptionsAsk, OptionsMention } from './pay/parse-options'
export { computeAnnualPay, type AnnualPay, type PayError } from './pay/annual-pay'
export type { OptionsValue } from './pay/options-value'
export { chinaIncomeTax, annualTax, separateBonusTax, bonusCliff } from './tax/china-income-tax'
export {
  socialInsuranceFor,
  type ResolvedSocialInsurance,
  type SocialInsuranceRates,
} from './tax/social-insurance'
export { matchCity } from './cities/match-city'
export {
  assessmentInputSchema,
  type AssessmentInput,
  type AssessmentInputDraft,
} from './model/assessment-input'
export * from './model/enums'
export { idSchema } from './model/id'
export { validationIssues, type ValidationIssue } from './model/validation-issues'
export type { Reason } from './reason'
export type { Assumption, Citation } from './ruleset/citation'
export type { Fen } from './money'
export type { Range } from './range'
export { roundToDecimals } from './rounding'
