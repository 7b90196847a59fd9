// The fixed vocabularies of the model. The ruleset gives each its weight and citation.

export const SKILL_DOMAIN_IDS = [
  'llm-training',
  'fine-tuning',
  'inference-acceleration',
  'nlp',
  'deep-learning',
  'computer-vision',
  'model-optimization',
  'llm-foundation-software',
  'robotics-os',
  'ai-product',
  'ai-architecture',
  'cs-data-foundations',
] as const
export type SkillDomainId = (typeof SKILL_DOMAIN_IDS)[number]

export const EVIDENCE_KINDS = [
  'production',
  'open-source',
  'paper',
  'side-project',
  'course',
] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

export const EDUCATION_LEVELS = ['none', 'bachelor', 'master', 'phd'] as const
export type EducationLevel = (typeof EDUCATION_LEVELS)[number]

/** Where the user works now (for the in-field-transition modifier). */
export const CURRENT_EMPLOYER_KINDS = [
  'big-tech',
  'mid-size',
  'startup',
  'research-institute',
  'other-industry',
  'none',
] as const
export type CurrentEmployerKind = (typeof CURRENT_EMPLOYER_KINDS)[number]

export const ROLE_FAMILIES = ['algorithm', 'engineering', 'research', 'product', 'other'] as const
export type RoleFamily = (typeof ROLE_FAMILIES)[number]

/** How secure the user's current position is (L36: those well placed "不願意再冒險").
 *  'unknown': not said (the neutral profile before one is saved, or "Rather not say"): it
 *  weighs like no claim at all, neither a stable role to leave nor no job to lose. */
export const EMPLOYMENT_STABILITY = ['stable', 'uncertain', 'not-employed', 'unknown'] as const
export type EmploymentStability = (typeof EMPLOYMENT_STABILITY)[number]

/** The employer and team an offer comes from: the baseline of transition risk (ruleset §5). */
export const OFFER_EMPLOYER_KINDS = [
  'big-tech-established-line',
  'research-institute',
  'big-tech-new-llm-team',
  'other-industry-new-llm-team',
  'startup',
] as const
export type OfferEmployerKind = (typeof OFFER_EMPLOYER_KINDS)[number]

export const FUNDING_SIGNALS = ['strong-backers', 'funded', 'unfunded', 'unknown'] as const
export type FundingSignal = (typeof FUNDING_SIGNALS)[number]

/** L35: what candidates check before joining an LLM team. */
export const CHECKLIST_ITEM_IDS = [
  'model-product',
  'deployment',
  'roadmap',
  'leadership-understands-llms',
  'team-strength',
] as const
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number]

export const CHECKLIST_ANSWERS = ['yes', 'no', 'unknown'] as const

/** L50: "毀掉一家大模型公司隻需要四步". */
export const RED_FLAG_IDS = [
  'compute-splurge-star-hires',
  'leaderboard-chasing',
  'all-hands-data-cleaning',
  'pr-over-product',
  'unaffordable-deployment',
] as const
export type RedFlagId = (typeof RED_FLAG_IDS)[number]

export const CURRENCIES = ['CNY', 'USD', 'HKD', 'EUR', 'GBP', 'SGD', 'JPY'] as const
export type Currency = (typeof CURRENCIES)[number]

export const MARKET_MOODS = ['hot', 'normal', 'cautious'] as const
export type MarketMood = (typeof MARKET_MOODS)[number]

export const JOURNAL_KINDS = [
  'learning',
  'project',
  'application',
  'interview',
  'offer',
  'reflection',
] as const
export type JournalKind = (typeof JOURNAL_KINDS)[number]

export const TIER_IDS = ['core', 'premium', 'mid', 'emerging'] as const
export type TierId = (typeof TIER_IDS)[number]

export const RISK_LEVELS = ['low', 'medium', 'high'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]

export const RECOMMENDATIONS = ['accept', 'negotiate', 'wait-and-watch', 'decline'] as const
export type Recommendation = (typeof RECOMMENDATIONS)[number]
