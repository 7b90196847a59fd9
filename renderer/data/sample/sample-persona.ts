import type { GoalDraft } from '../repositories/goals'
import type { JournalDraft } from '../repositories/journal'
import type { OfferDraft } from '../repositories/offers'
import type { ProfileDraft } from '../repositories/profile'
import type { SkillDraft } from '../repositories/skills'

/** Every record the sample writes has an id with this prefix: clearing removes exactly those. */
export const SAMPLE_ID_PREFIX = 'sample-'
export type SampleId = `${typeof SAMPLE_ID_PREFIX}${string}`

/** The languages the sample's own texts (journal entries, the goal) are written in. */
export type SampleLanguage = 'zh-CN' | 'en'
type Text = Record<SampleLanguage, string>

/** A sample record written on a day relative to the day it is loaded (0 = today). */
interface Dated {
  daysAgo: number
}

export interface SamplePersona {
  /** The persona's name in shared/spec/personas.md and tests/fixtures/personas. */
  persona: string
  /** Written `daysAgo` days before loading, so the score's trend has its first point there. */
  profile: Dated & { draft: ProfileDraft }
  /**
   * Each skill is written on its own day: the trend then climbs as the persona's did. The
   * draft's name is the persona's; `name` holds it in each language the sample is loaded in.
   */
  skills: readonly (Dated & { name: Text; draft: SkillDraft & { id: SampleId } })[]
  offers: readonly {
    /** Days from loading to the employer's deadline. */
    deadlineInDays: number
    /** The employer and role in each language (the draft holds the persona's own, Chinese). */
    company: Text
    role: Text
    draft: OfferDraft & { id: SampleId }
  }[]
  journal: readonly (Dated & {
    title: Text
    body: Text
    /** The employer, named as its offer is in the same language. */
    company?: Text
    draft: Omit<JournalDraft, 'date' | 'title' | 'body' | 'company'> & { id: SampleId }
  })[]
  goals: readonly {
    targetInDays: number
    title: Text
    draft: Omit<GoalDraft, 'targetDate' | 'title'> & { id: SampleId }
  }[]
}

/**
 * P1 of shared/spec/personas.md, the article's mover (L11-L15): algorithm work at a big
 * internet company, leads a business line, Beijing, master's; copied from
 * tests/fixtures/personas/p1-article-mover.json (a test keeps the two equal). The spec gives
 * P4 and P5 the same profile, so their offers are his too: three offers of low, medium and high
 * risk. Deadlines, statuses, the journal and the goal are the sample's own, for the dashboard to
 * show something in each card; none of them changes the persona's tier or its offers' verdicts.
 */
export const SAMPLE_PERSONA: SamplePersona = {
  persona: 'p1-article-mover',
  profile: {
    daysAgo: 56,
    draft: {
      education: 'master',
      yearsOfExperience: 8,
      city: '北京',
      currentEmployer: 'big-tech',
      roleFamily: 'algorithm',
      stability: 'stable',
      leadership: { businessLine: true },
      currentPay: { base: { kind: 'text', text: '50k×15' } },
    },
  },
  skills: [
    {
      daysAgo: 56,
      name: { en: 'Backend and data', 'zh-CN': '后端与数据' },
      draft: {
        id: 'sample-s-cs',
        name: 'Backend and data',
        domain: 'cs-data-foundations',
        level: 4,
        evidence: ['production'],
      },
    },
    {
      daysAgo: 42,
      name: { en: 'NLP', 'zh-CN': '自然语言处理（NLP）' },
      draft: { id: 'sample-s-nlp', name: 'NLP', domain: 'nlp', level: 3, evidence: ['production'] },
    },
    {
      daysAgo: 21,
      name: { en: 'Deep learning', 'zh-CN': '深度学习' },
      draft: {
        id: 'sample-s-dl',
        name: 'Deep learning',
        domain: 'deep-learning',
        level: 3,
        evidence: ['production'],
      },
    },
    {
      daysAgo: 0,
      name: { en: 'LoRA fine-tuning', 'zh-CN': 'LoRA 微调' },
      draft: {
        id: 'sample-s-ft',
        name: 'LoRA fine-tuning',
        domain: 'fine-tuning',
        level: 2,
        evidence: ['side-project'],
      },
    },
  ],
  offers: [
    {
      // P1's offer.
      deadlineInDays: 6,
      company: { 'zh-CN': '某造车新势力', en: 'An EV maker' },
      role: { 'zh-CN': '大模型算法工程师', en: 'LLM algorithm engineer' },
      draft: {
        id: 'sample-o-ev-maker',
        company: '某造车新势力',
        role: '大模型算法工程师',
        employerKind: 'other-industry-new-llm-team',
        pay: {
          base: { kind: 'text', text: '62k×16' },
          stock: { kind: 'per-year', perYear: { low: 150000, high: 150000 } },
        },
        checklist: { 'model-product': 'yes', deployment: 'yes' },
        employerEager: 'yes',
        roleDomains: ['nlp', 'deep-learning', 'fine-tuning'],
        status: 'negotiating',
      },
    },
    {
      // P5's offer.
      deadlineInDays: 13,
      company: { 'zh-CN': '某大厂', en: 'A big platform' },
      role: { 'zh-CN': '大模型算法工程师', en: 'LLM algorithm engineer' },
      draft: {
        id: 'sample-o-big-platform',
        company: '某大厂',
        role: '大模型算法工程师',
        employerKind: 'big-tech-new-llm-team',
        pay: { base: { kind: 'text', text: '年薪 101.25 万' } },
        checklist: {
          'model-product': 'yes',
          deployment: 'yes',
          roadmap: 'yes',
          'leadership-understands-llms': 'yes',
          'team-strength': 'yes',
        },
        employerEager: 'unknown',
        roleDomains: ['nlp', 'deep-learning'],
        status: 'considering',
      },
    },
    {
      // P4's offer: every L50 red flag.
      deadlineInDays: 3,
      company: { 'zh-CN': '某大模型创业公司', en: 'An LLM startup' },
      role: { 'zh-CN': '大模型算法专家', en: 'Senior LLM algorithm engineer' },
      draft: {
        id: 'sample-o-four-steps',
        company: '某大模型创业公司',
        role: '大模型算法专家',
        employerKind: 'startup',
        pay: { base: { kind: 'text', text: '年薪 135 万' } },
        checklist: { 'model-product': 'no', deployment: 'no', roadmap: 'unknown' },
        redFlags: [
          'compute-splurge-star-hires',
          'leaderboard-chasing',
          'all-hands-data-cleaning',
          'pr-over-product',
          'unaffordable-deployment',
        ],
        employerEager: 'yes',
        roleDomains: ['nlp', 'llm-training'],
        status: 'considering',
      },
    },
  ],
  journal: [
    {
      daysAgo: 0,
      title: {
        'zh-CN': '某大厂二面：大模型推理与调优',
        en: 'Second-round interview at a big platform: LLM serving and fine-tuning',
      },
      body: {
        'zh-CN': '面试官追问了 LoRA 的秩怎么选，以及线上推理的显存预算。团队已有上线的产品。',
        en: 'They asked how to choose the LoRA rank and how to budget GPU memory for serving. The team already has a product in production.',
      },
      company: { 'zh-CN': '某大厂', en: 'A big platform' },
      draft: {
        id: 'sample-j-interview',
        kind: 'interview',
        skillIds: ['sample-s-ft', 'sample-s-nlp'],
        offerId: 'sample-o-big-platform',
      },
    },
    {
      daysAgo: 1,
      title: {
        'zh-CN': '收到某造车新势力的 offer：62k×16，另有股票',
        en: 'Offer from the EV maker: 62k×16 plus stock',
      },
      body: {
        'zh-CN': '新组建的大模型团队，有模型产品和落地场景，对方很想要人。',
        en: 'A new LLM team with a model product and a deployment scenario; they are eager to hire.',
      },
      company: { 'zh-CN': '某造车新势力', en: 'An EV maker' },
      draft: {
        id: 'sample-j-offer',
        kind: 'offer',
        skillIds: [],
        offerId: 'sample-o-ev-maker',
      },
    },
    {
      daysAgo: 2,
      title: {
        'zh-CN': '复现 QLoRA 的微调实验',
        en: 'Reproduced the QLoRA fine-tuning experiments',
      },
      body: {
        'zh-CN': '在一张卡上跑通了 7B 模型的 QLoRA 微调，记录了显存和效果。',
        en: 'Ran QLoRA fine-tuning of a 7B model on one GPU and noted memory use and results.',
      },
      draft: { id: 'sample-j-learning', kind: 'learning', skillIds: ['sample-s-ft'] },
    },
    {
      daysAgo: 9,
      title: {
        'zh-CN': '投递某大模型创业公司：大模型算法专家',
        en: 'Applied to an LLM startup: senior LLM algorithm engineer',
      },
      body: {
        'zh-CN': '猎头说对方刚融完资，在抢人。',
        en: 'The headhunter says they have just raised money and are hiring fast.',
      },
      company: { 'zh-CN': '某大模型创业公司', en: 'An LLM startup' },
      draft: {
        id: 'sample-j-application',
        kind: 'application',
        skillIds: [],
        offerId: 'sample-o-four-steps',
      },
    },
  ],
  goals: [
    {
      targetInDays: 60,
      title: {
        'zh-CN': '调优做到 3 级，并有上线项目为证',
        en: 'Fine-tuning to level 3, with a shipped project to show for it',
      },
      draft: {
        id: 'sample-g-fine-tuning',
        skillIds: ['sample-s-ft'],
        target: { kind: 'skill-level', skillId: 'sample-s-ft', level: 3 },
      },
    },
  ],
}
