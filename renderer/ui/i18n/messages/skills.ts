/** Skills editor: add, edit and remove skills; domains, levels, evidence. */
export const en = {
  title: 'Your skills',
  loading: 'Loading your skills…',
  emptyTitle: 'No skills yet',
  emptyText:
    'A skill is something you can do that employers pay for: a framework (vLLM, Megatron-LM), a method (LoRA, RLHF) or a field (NLP). File each under one of the article’s domains, rate it from 0 to 4 and say what shows it. Your premium score and tier come from these.',
  add: 'Add a skill',
  jump: {
    label: 'On this screen',
    assessment: 'Skip to your assessment',
    chart: 'Skip to your score over time',
  },
  addShortcut: 'Shortcut: N, or Alt+N from anywhere',
  listLabel: 'Your skills',
  edit: 'Edit',
  editNamed: 'Edit {{name}}',
  remove: 'Remove',
  removeNamed: 'Remove {{name}}',
  removed: 'Removed “{{name}}”.',
  /** While Undo is offered: what the removal takes with it (new-user trial 22 #6). */
  removedWithLinks: 'Removed “{{name}}”, and its links from {{links}}.',
  /** …and the goals whose target was a level in the removed skill: they lose it (review 28). */
  removedTargets_one:
    '{{removed}} {{count}} goal that targets a level in “{{name}}” loses that target.',
  removedTargets_other:
    '{{removed}} {{count}} goals that target a level in “{{name}}” lose that target.',
  links: {
    entries_one: '{{count}} journal entry',
    entries_other: '{{count}} journal entries',
    goals_one: '{{count}} goal',
    goals_other: '{{count}} goals',
    and: ' and ',
  },
  undo: 'Undo',
  undoNamed: 'Undo removing {{name}}',
  restored: 'Restored “{{name}}”.',
  saved: 'Saved “{{name}}”.',
  saveFailed: 'Not saved: {{detail}}',
  removeFailed: '“{{name}}” was not removed: {{detail}}',
  facts: {
    level: 'Level {{level}} · {{levelName}}',
    evidence: 'Evidence: {{kinds}}',
    noEvidence: 'No evidence',
    fromJournal: '{{kinds}} (from the journal)',
    lastUsed: 'Last used {{date}}',
  },
  form: {
    newTitle: 'Add a skill',
    editTitle: 'Edit “{{name}}”',
    name: 'Name',
    namePlaceholder: 'vLLM, LoRA, Megatron-LM…',
    nameHint: 'Type to see well-known names; choosing one fills in its domain.',
    suggestions: 'Suggestions',
    domain: 'Domain',
    chooseDomain: 'Choose a domain…',
    premiumClass: 'Premium class {{premiumClass}}: {{meaning}}.',
    level: 'Level',
    evidence: 'Evidence',
    evidenceHint: 'What shows you can do it. A level above {{cap}} counts only with evidence.',
    journalEvidence: 'Also from linked journal entries: {{kinds}}.',
    lastUsed: 'Last used',
    lastUsedHint: 'When you last used it at work or in a project.',
    note: 'Notes',
    save: 'Save',
    cancel: 'Cancel',
    keys: 'Enter saves (Ctrl+Enter in Notes), Esc cancels.',
    discardAsked: 'Your changes are not saved. Press Esc again to discard them, or Enter to save.',
  },
  errors: {
    nameRequired: 'Give the skill a name.',
    domainRequired: 'Choose the domain this skill belongs to.',
    lastUsedRange: 'Choose a date from {{first}} to today (a skill is last used in the past).',
  },
  /** A tip that needs no new evidence: a level of 2 or below, or one above on an evidenced
   *  skill (reasons/skill-gap-text.ts). */
  gapRaiseLevel: 'Raise {{domain}} from {{fromLevel}} to {{toLevel}}',
  cap: {
    flag: 'Level {{claimed}} counts as {{effective}}: no evidence.',
    lift: 'Tick any of these: {{kinds}}; or link a journal entry as evidence to lift the cap.',
    addEvidence: 'Add evidence to {{name}}',
    rule: 'Why',
  },
  levels: {
    none: { name: 'None', meaning: 'Never used it.' },
    aware: {
      name: 'Aware',
      meaning: 'Know what it is and when to use it; read about it or tried a tutorial.',
    },
    working: { name: 'Working', meaning: 'Used it in real work or a project, with some help.' },
    // The ruleset's name ("proficient"), no more: any kind of evidence lifts a 3 past the cap,
    // so the level must not claim production when the evidence is a side project.
    proficient: {
      name: 'Proficient',
      meaning:
        'Done real work with it on your own, start to finish: at work, in open source or in a project of your own.',
    },
    expert: {
      name: 'Expert',
      meaning: 'Others come to you: you tune, extend or teach it, or contribute to it.',
    },
  },
  evidenceKinds: {
    production: 'Production',
    'open-source': 'Open source',
    paper: 'Paper',
    'side-project': 'Side project',
    course: 'Course',
  },
  premiumClasses: {
    S: 'the top premium',
    A: 'a strong premium',
    B: 'some premium',
    C: 'needed, but little premium',
  },
  domainDescriptions: {
    'llm-training':
      'Pretraining large models: distributed training, parallelism, data pipelines at scale.',
    'fine-tuning':
      'Adapting a base model: SFT, RLHF and preference tuning, parameter-efficient methods.',
    'inference-acceleration':
      'Serving models fast and cheaply: quantization, kernels, batching, serving engines.',
    nlp: 'Language algorithms: transformers, tokenization, retrieval, text understanding.',
    'deep-learning': 'Neural networks in general: frameworks, GPU programming, training practice.',
    'computer-vision': 'Image and video models: detection, segmentation, generation, multimodal.',
    'model-optimization':
      'Making models smaller or faster before serving: distillation, pruning, compilers.',
    'llm-foundation-software':
      'The software large models run on: frameworks, clusters, communication, schedulers.',
    'robotics-os': 'Software that runs robots: ROS, simulation, planning, embodied AI.',
    'ai-product':
      'Deciding what an AI product does and proving it works: requirements, evaluation, users.',
    'ai-architecture': 'Designing systems around models: retrieval, agents, data flow, deployment.',
    'cs-data-foundations':
      'Programming, algorithms, databases and statistics: needed everywhere, paid as usual.',
  },
  // The list's search, sort and rows drawn (trial 18: 200 skills, none findable).
  find: {
    region: 'Skills search',
    label: 'Find a skill',
    hint: 'Name or domain, in English, 简体 or 繁體',
    sort: 'Sort by',
    sorts: { domain: 'Domain', level: 'Level, highest first', name: 'Name' },
    count: '{{shown}} of {{total}} skills',
    more: 'Show {{n}} more ({{hidden}} not shown)',
    none: 'No skill’s name or domain holds “{{query}}”.',
  },
  // The score chart's days as text (trial 18: 267 rows of hidden table were most of the Skills
  // screen's first paint): a summary first, every day as a table on request.
  trendDays: {
    summary:
      '{{count}} days from {{first}} to {{last}}: lowest {{low}}, highest {{high}}, latest {{score}} ({{tier}}).',
    show: 'Show all {{count}} days as a table',
    hide: 'Hide the table of days',
    region: 'Your score on each day, newest first',
  },
}
