import type { TFunction } from 'i18next'
import {
  EVIDENCE_KINDS,
  SKILL_DOMAIN_IDS,
  TIER_IDS,
  type SkillDomainId,
  type TierId,
} from '../../domain/model/enums'
import type { EvidenceEntry } from '../../data/repositories/evidence'
import type { DomainLevel } from '../../domain/skills/effective-levels'
import type { Skill } from '../../domain/model/profile'
import type { Reason } from '../../domain/reason'
import type { Assumption } from '../../domain/ruleset/citation'
import { tierRuleFor } from '../../domain/ruleset/lookup'
import type { Ruleset } from '../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../i18n/i18n'
import {
  changedRulesOfReason,
  saidText,
  saidWithChanges,
  type SaidReason,
} from './changed-rule-text'
import { liftingEntry, sentenceWithLift } from './evidence-lift-text'
import {
  cityName,
  domainName,
  eitherList,
  formatNumber,
  formatShare,
  joinList,
  levelName,
  tierName,
} from './names'
import {
  booleanFact,
  numberFact,
  sentenceFrom,
  stringFact,
  type ReasonSentence,
  type SentenceContext,
  type SentenceRegistry,
} from './reason-sentence'

type Modifiers = Ruleset['modifiers']
type ModifierRuleId = Modifiers[keyof Modifiers]['id']

const isDomain = (value: string): value is SkillDomainId =>
  (SKILL_DOMAIN_IDS as readonly string[]).includes(value)
const isTier = (value: string): value is TierId => (TIER_IDS as readonly string[]).includes(value)

/** The domain fact's name; a missing or unknown domain reads as its raw text. */
function domainFact(reason: Reason, t: TFunction, key = 'domain'): string {
  const domain = stringFact(reason, key)
  return isDomain(domain) ? domainName(t, domain) : domain
}

/** A domain's points: its class, its level, and how much its rank among the domains counts. */
const domainSentence: ReasonSentence = (reason, { t, language }) => {
  const level = numberFact(reason, 'level')
  const rank = numberFact(reason, 'rank')
  const weight = numberFact(reason, 'weight')
  const values = {
    domain: domainFact(reason, t),
    level: formatNumber(level, language),
    levelName: levelName(t, level),
    premiumClass: stringFact(reason, 'premiumClass'),
    rank: formatNumber(rank, language),
    weight: formatShare(weight, language),
  }
  if (typeof reason.facts['rankBefore'] === 'number')
    return movedSentence(reason, values, t, language)
  if (rank <= 1) return t('assessment.reasons.domainFirst', values)
  if (weight === 0) return t('assessment.reasons.domainUncounted', values)
  return t('assessment.reasons.domainNext', values)
}

/**
 * A gap's part for a domain the step moves to another rank at the same level: where it stood,
 * and what it counts now of its points in full. Its change alone ("counted at 50% as your domain
 * no. 2: −17.5 points") read as a penalty on the domain (trial 34 #5).
 */
function movedSentence(
  reason: Reason,
  values: Record<string, string>,
  t: TFunction,
  language: UiLanguage,
): string {
  const weightBefore = numberFact(reason, 'weightBefore')
  const moved = {
    ...values,
    rankBefore: formatNumber(numberFact(reason, 'rankBefore'), language),
    weightBefore: formatShare(weightBefore, language),
    counted: formatNumber(numberFact(reason, 'countedPoints'), language),
    full: formatNumber(numberFact(reason, 'fullPoints'), language),
  }
  if (numberFact(reason, 'weight') === 0) return t('assessment.reasons.domainMovedUncounted', moved)
  return t(
    weightBefore === 1
      ? 'assessment.reasons.domainMovedFromFull'
      : 'assessment.reasons.domainMoved',
    moved,
  )
}

/** The tier reached, and what the tier asks (its score, and the gate where it has one). */
const tierSentence: ReasonSentence = (reason, { t, language, ruleset }) => {
  const tier = isTier(reason.ruleId) ? reason.ruleId : 'emerging'
  const score = numberFact(reason, 'score')
  const minScore = numberFact(reason, 'minScore')
  // The article's mid tier asks the skill alone; one whose score the user raised asks both. An
  // emerging score that has the skill is below the next tier by its score alone (trial 32 #1).
  const key =
    tier === 'mid' && minScore > 0
      ? 'midFrom'
      : tier === 'emerging' && reason.facts['algorithmBase'] === true
        ? 'emergingScore'
        : tier
  // The tier a score below the line would reach next: the lowest threshold above the score.
  const next =
    ruleset.tiers
      .filter((candidate) => candidate.minScore > score)
      .sort((a, b) => a.minScore - b.minScore)[0] ?? tierRuleFor(ruleset, 'premium')
  const reached = t(`assessment.reasons.tier.${key}`, {
    score: formatNumber(score, language),
    tier: tierName(ruleset, tier, language),
    minScore: formatNumber(minScore, language),
    nextTier: tierName(ruleset, next.id, language),
    nextScore: formatNumber(next.minScore, language),
  })
  const gated = stringFact(reason, 'gatedTier')
  if (!isTier(gated)) return reached
  return t('assessment.reasons.tierGate.sentence', {
    reached,
    gate: gateClause(reason, gated, { t, language, ruleset }),
  })
}

/**
 * The gate clause of a score's tier reason ("Core talent needs 85 and …"), or null where no
 * gate holds the score back: for a line that names the tier without its reason (the Rules
 * screen's preview said "Premium (unchanged), score 83.4 → 95.1" and nothing more).
 */
export function tierGateText(
  reasons: readonly Reason[],
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
): string | null {
  const reason = reasons.find((candidate) => isTier(candidate.ruleId))
  const gated = reason ? stringFact(reason, 'gatedTier') : ''
  if (!reason || !isTier(gated)) return null
  return gateClause(reason, gated, { t, language, ruleset })
}

/**
 * What holds a score above a higher tier's line below it: that tier's expert S-class gate, and
 * where the user's best S-class skill stands (trial 20 #10: "Score 95 reaches Premium" beside a
 * chart's "Core at 85" never said why).
 */
function gateClause(
  reason: Reason,
  gated: TierId,
  { t, language, ruleset }: SentenceContext,
): string {
  const level = numberFact(reason, 'bestSLevel')
  const claimed = numberFact(reason, 'bestSClaimed')
  const values = {
    tier: tierName(ruleset, gated, language),
    minScore: formatNumber(numberFact(reason, 'gatedScore'), language),
    domain: domainFact(reason, t, 'bestSDomain'),
    level: formatNumber(level, language),
    claimed: formatNumber(claimed, language),
  }
  if (level === 0) return t('assessment.reasons.tierGate.noSkill', values)
  // Rated 4 but held at the evidence cap: evidence, not a higher level, is what is missing.
  if (claimed > level) return t('assessment.reasons.tierGate.capped', values)
  return t('assessment.reasons.tierGate.below', values)
}

/** Each modifier and the evidence cap: one sentence a rule, checked complete by the type. */
const RULE_SENTENCES: Record<ModifierRuleId | Ruleset['evidenceCap']['id'], ReasonSentence> = {
  'evidence-cap': (reason, { t, language }) =>
    t('assessment.reasons.evidenceCap', {
      domain: domainFact(reason, t),
      claimed: formatNumber(numberFact(reason, 'claimed'), language),
      counted: formatNumber(numberFact(reason, 'counted'), language),
      // Every kind the ruleset counts, course too (trial 16: a course lifted the cap while the
      // sentence named four kinds without it).
      kinds: eitherList(
        EVIDENCE_KINDS.map((kind) => t(`skills.evidenceKinds.${kind}`).toLocaleLowerCase(language)),
        language,
      ),
    }),
  breadth: (reason, { t, language, ruleset }) =>
    t('assessment.reasons.breadth', {
      count: formatNumber(numberFact(reason, 'directions'), language),
      domains: joinList(
        ruleset.modifiers.breadth.domains.map((domain) => domainName(t, domain)),
        language,
      ),
      minLevel: formatNumber(ruleset.modifiers.breadth.minLevel, language),
    }),
  'phd-in-field': (_reason, { t }) => t('assessment.reasons.phdInField'),
  'years-not-enough': (reason, { t, language }) =>
    t('assessment.reasons.yearsNotEnough', {
      years: formatNumber(numberFact(reason, 'years'), language),
    }),
  leadership: (reason, { t, language }) => {
    const kinds = (['businessLine', 'team', 'openSource'] as const)
      .filter((kind) => booleanFact(reason, kind))
      .map((kind) => t(`assessment.reasons.leadershipKinds.${kind}`))
    return t('assessment.reasons.leadership', { kinds: joinList(kinds, language) })
  },
  'hub-city': (reason, { t, language, ruleset }) =>
    t('assessment.reasons.hubCity', {
      city: cityName(ruleset, stringFact(reason, 'city'), language),
    }),
  'in-field-transition': (reason, { t, language, ruleset }) =>
    t('assessment.reasons.inFieldTransition', {
      domain: domainFact(reason, t),
      minLevel: formatNumber(ruleset.modifiers.inFieldTransition.minLevel, language),
    }),
}

/** Every rule id the skill score can give a reason for, with its sentence. */
export const SKILL_SENTENCES: SentenceRegistry = new Map<string, ReasonSentence>([
  ...SKILL_DOMAIN_IDS.map((id): [string, ReasonSentence] => [id, domainSentence]),
  ...TIER_IDS.map((id): [string, ReasonSentence] => [id, tierSentence]),
  ...Object.entries(RULE_SENTENCES),
])

/** Per skill domain, the journal entry that lifts the evidence cap on the level it counts. */
export type EvidenceLifts = ReadonlyMap<string, EvidenceEntry>

/**
 * The domains whose counted level is above the evidence cap only thanks to a journal entry:
 * the skill that gives the level (the engine's `levels`) has no evidence ticked of its own, and
 * entries are marked as its evidence. `skills` are the skills as stored (without the journal's
 * evidence); `evidence` is the data layer's evidenceBySkill.
 */
export function evidenceLifts(
  levels: readonly DomainLevel[],
  skills: readonly Skill[],
  evidence: ReadonlyMap<string, readonly EvidenceEntry[]>,
  ruleset: Ruleset,
): Map<string, EvidenceEntry> {
  const lifts = new Map<string, EvidenceEntry>()
  for (const level of levels) {
    if (level.effective <= ruleset.evidenceCap.maxLevelWithoutEvidence) continue
    const skill = skills.find((candidate) => candidate.id === level.skillId)
    if (!skill || skill.evidence.length > 0) continue
    const entry = liftingEntry(evidence.get(skill.id) ?? [])
    if (entry) lifts.set(level.domain, entry)
  }
  return lifts
}

/**
 * A skill reason in plain words, with its points: "NLP at level 3 (proficient), …: +50 points".
 * With `lifts`, a domain whose cap a journal entry lifted names that entry. Where the figure
 * used a rule the user changed, the sentence says so, with the default (trial 32 #2: "+17.5"
 * after a factor of 0.5 could not be worked out from what was shown).
 */
export function reasonText(
  reason: Reason,
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
  lifts?: EvidenceLifts,
): string {
  return saidText(reasonSaid(reason, t, language, ruleset, lifts), t)
}

/** reasonText in its parts: the sentence, and apart from it the changed rules it used. */
export function reasonSaid(
  reason: Reason,
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
  lifts?: EvidenceLifts,
): SaidReason {
  return saidWithChanges(
    liftedText(reason, t, language, ruleset, lifts),
    changedRulesOfReason(reason, t, language, ruleset),
    t,
  )
}

function liftedText(
  reason: Reason,
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
  lifts?: EvidenceLifts,
): string {
  const lift = lifts && isDomain(reason.ruleId) ? lifts.get(reason.ruleId) : undefined
  if (!lift || numberFact(reason, 'level') <= ruleset.evidenceCap.maxLevelWithoutEvidence) {
    return sentenceFrom(SKILL_SENTENCES, reason, { t, language, ruleset })
  }
  const registry = new Map(SKILL_SENTENCES)
  registry.set(reason.ruleId, (domainReason, context) =>
    sentenceWithLift(domainSentence(domainReason, context), lift, context.t, context.language),
  )
  return sentenceFrom(registry, reason, { t, language, ruleset })
}

/**
 * The assumption behind a skill reason's number, with its note: a reason only says whether
 * there is one, the ruleset says what it is (the domains' weights share one).
 */
export function skillReasonAssumption(ruleset: Ruleset, reason: Reason): Assumption | undefined {
  const { ruleId } = reason
  if (isDomain(ruleId)) return ruleset.scoring.assumption
  if (isTier(ruleId)) {
    const tier = tierRuleFor(ruleset, ruleId)
    return tier.assumption ?? tier.gateAssumption
  }
  if (ruleId === ruleset.evidenceCap.id) return ruleset.evidenceCap.assumption
  const modifier = Object.values(ruleset.modifiers).find((rule) => rule.id === ruleId)
  return modifier?.assumption
}
