/** The live assessment beside the forms: score, tier, raise, reasons, quotes, gaps, charts. */
export const en = {
  title: 'Your assessment',
  summary: {
    score: 'Premium score',
    outOf: 'of 100',
    tier: 'Tier',
    raise: 'Raise a move can command',
    total: 'Expected yearly total',
    totalFromPay: 'Your current pay × this tier’s raise band.',
    premiumTotalUnreached:
      'This tier’s {{total}} is what the article gives an in-field PhD; of others it says “some with a bachelor’s or master’s degree may not reach 1M after 7 or 8 years” (L25). From your current pay this tier’s raise stays below it.',
    totalFromPayFloor:
      'Your current pay × this tier’s raise band is {{fromPay}}; each end is raised to the yearly total the article gives an in-field PhD, {{tierTotal}}, where that is higher.',
    totalFromTier:
      'The yearly total the article gives an in-field PhD (add your current pay to see yours).',
    totalNone: 'Add your current pay to your profile to see a yearly total.',
    totalPayUncounted:
      'Your current pay is saved but could not be counted (open your profile to see why): no total is counted from it.',
    neutralProfile:
      'No profile saved yet: a neutral one stands in (no degree, leadership or city counted). Fill in your profile to count them.',
  },
  domains: {
    'llm-training': 'LLM training',
    'fine-tuning': 'Fine-tuning',
    'inference-acceleration': 'Inference acceleration',
    nlp: 'NLP',
    'deep-learning': 'Deep learning',
    'computer-vision': 'Computer vision',
    'model-optimization': 'Model optimization',
    'llm-foundation-software': 'LLM foundation software',
    'robotics-os': 'Robot operating systems',
    'ai-product': 'AI product management',
    'ai-architecture': 'AI architecture',
    'cs-data-foundations': 'CS and data science',
  },
  levels: { '0': 'none', '1': 'aware', '2': 'working', '3': 'proficient', '4': 'expert' },
  reasons: {
    title: 'Why',
    withPoints_one: '{{sentence}}: {{points}} point',
    withPoints_other: '{{sentence}}: {{points}} points',
    // A figure that used a rule the user changed says so (new-user trial 32 #2).
    changedRule: {
      sentence: '{{sentence}}. {{changes}}',
      separator: '; ',
      article: '“{{label}}” uses your value {{value}} (the article’s: {{defaultValue}})',
      assumption: '“{{label}}” uses your value {{value}} (Tidemark’s default: {{defaultValue}})',
      law: '“{{label}}” uses your value {{value}} (the default: {{defaultValue}})',
      link: 'Change it on the Rules screen',
    },
    domainFirst:
      '{{domain}} at level {{level}} ({{levelName}}), class {{premiumClass}}: the domain that scores you most, counted in full',
    domainNext:
      '{{domain}} at level {{level}} ({{levelName}}), class {{premiumClass}}, counted at {{weight}} as your domain no. {{rank}}',
    domainUncounted:
      '{{domain}} at level {{level}} ({{levelName}}), class {{premiumClass}}: domain no. {{rank}} adds nothing more',
    // A gap's part for a domain the step moves down a rank (trial 34 #5: "−17.5" alone read as
    // a penalty): what it counts now, of its points in full.
    domainMovedFromFull:
      '{{domain}} at level {{level}} ({{levelName}}), class {{premiumClass}}, moves from domain no. {{rankBefore}} to no. {{rank}}, so it counts at {{weight}} instead of in full ({{counted}} of its {{full}} points)',
    domainMoved:
      '{{domain}} at level {{level}} ({{levelName}}), class {{premiumClass}}, moves from domain no. {{rankBefore}} to no. {{rank}}, so it counts at {{weight}} instead of {{weightBefore}} ({{counted}} of its {{full}} points)',
    domainMovedUncounted:
      '{{domain}} at level {{level}} ({{levelName}}), class {{premiumClass}}, moves from domain no. {{rankBefore}} to no. {{rank}}, which adds nothing more (it counted at {{weightBefore}} of its {{full}} points)',
    evidenceCap:
      '{{domain}}: you rate it {{claimed}}, but without evidence it counts as {{counted}}. Evidence of any kind lifts the cap: {{kinds}}',
    breadth:
      'Breadth: {{count}} of the bottom-layer directions ({{domains}}) at level {{minLevel}} or above',
    phdInField: 'PhD in the field',
    yearsNotEnough: '{{years}} years of experience alone do not earn the premium',
    leadership: 'Leadership: {{kinds}}',
    leadershipKinds: {
      businessLine: 'a business line',
      team: 'a team',
      openSource: 'an open-source project',
    },
    hubCity: 'Working in {{city}}, where this talent concentrates',
    inFieldTransition:
      'In-field move: algorithm work at a big tech company, leading a business line, with {{domain}} at level {{minLevel}} or above',
    tier: {
      core: 'Score {{score}} reaches {{tier}}: {{minScore}} and up, with an evidenced level-4 skill in an S-class domain',
      premium: 'Score {{score}} reaches {{tier}}: {{minScore}} and up',
      mid: 'Score {{score}}: {{tier}}, the article’s tier of algorithm engineers, reached with an S- or A-class skill at level 2 or above; below {{nextTier}} at {{nextScore}}',
      emerging:
        'Score {{score}}: {{tier}}, below {{nextTier}} at {{nextScore}} and without an S- or A-class skill at level 2 or above',
      // With a changed rule (trial 32 #1): the mid tier's own score, and an emerging score that
      // has the skill the mid tier asks.
      midFrom:
        'Score {{score}}: {{tier}}, the article’s tier of algorithm engineers, reached from a score of {{minScore}} with an S- or A-class skill at level 2 or above; below {{nextTier}} at {{nextScore}}',
      emergingScore: 'Score {{score}}: {{tier}}, below {{nextTier}} at {{nextScore}}',
    },
    // A score past a higher tier's line, held below it by that tier's gate (trial 20 #10).
    tierGate: {
      sentence: '{{reached}}. {{gate}}',
      below:
        '{{tier}} needs {{minScore}} and an evidenced level-4 skill in an S-class domain: your best, {{domain}}, is at level {{level}}',
      capped:
        '{{tier}} needs {{minScore}} and an evidenced level-4 skill in an S-class domain: you rate {{domain}} {{claimed}}, but without evidence it counts as level {{level}}',
      noSkill:
        '{{tier}} needs {{minScore}} and an evidenced level-4 skill in an S-class domain: you have no S-class skill yet',
    },
    unknown: 'Rule “{{ruleId}}”',
  },
  gaps: {
    title: 'What would raise your score most',
    none: 'Nothing left to raise: every domain that adds points is at its top level.',
    atTop: 'Your score is 100, the most it can be: no step raises it further.',
    addEvidence:
      'Add evidence to {{domain}} (you rate it {{toLevel}}, it counts as {{fromLevel}} now)',
    raiseLevel: 'Raise {{domain}} from {{fromLevel}} to {{toLevel}}, with evidence',
    reaches: '{{gain}} points, up to {{tier}}',
    stays: '{{gain}} points, still {{tier}}',
    // At a score of 100 a step adds no points but can lift the tier (an expert S-class level).
    reachesAtTop: 'no more points (the score is 100), but up to {{tier}}',
    // A gap's disclosure: its parts, each a rule with its source (trial 20 #2).
    why: 'How it adds up',
    partsIntro: 'After the step, rule by rule, with the points each one changes:',
    partsLabel: 'How this step’s points add up',
    nearer: 'A shorter step: level {{toLevel}} alone brings {{effect}}.',
    nearerWithEvidence:
      'A shorter step: level {{toLevel}} alone, with evidence, brings {{effect}}.',
    heldAtTop: 'The parts add up to {{raw}}, but the score stops at 100: the step adds {{gain}}.',
  },
  charts: {
    loading: 'Loading the chart…',
    levelsTitle: 'Your domains',
    levelsDescription:
      'Each domain’s level as you rate it and as it counts: a level above 2 counts only with evidence.',
    domain: 'Domain',
    claimed: 'Your rating',
    counted: 'Counts as',
    trendTitle: 'Your score over time',
    trendDescription:
      'The premium score on each day you changed your skills or profile. Tier thresholds: {{thresholds}}.',
    trendEmpty:
      'Your score is kept each day you save a skill or your profile; the trend appears from the second day.',
    date: 'Date',
    score: 'Score',
    tier: 'Tier',
    threshold: '{{tier}} at {{score}}',
  },
}
