/** The Dashboard: tier and trend, gaps, offers, journal week, goal, sample profile. */
export const en = {
  title: 'Dashboard',
  loading: 'Reading your data…',
  start: {
    title: 'Start here',
    intro:
      'Tidemark weighs where you stand in the large-model job market from your own profile and skills, and keeps everything on this computer.',
    profile: 'Fill in your profile',
    profileHint: 'education, years of experience, city, employer and current pay.',
    skills: 'Add your skills',
    skillsHint: 'each with its level and the evidence behind it; your tier appears as you type.',
    offers: 'Add an offer',
    offersHint: 'when one arrives, to see its pay after tax and weigh its risk.',
  },
  sample: {
    title: 'Or look around with a sample first',
    description:
      'The sample is the article’s mover: eight years of algorithm work at a big internet company in Beijing, leading a business line, now weighing three offers. Clear it with one click when you are ready for your own data.',
    load: 'Load the sample',
    loading: 'Loading the sample…',
    notice:
      'You are looking at the sample profile (the article’s mover). Clearing it removes only the sample’s records: anything you added or changed yourself stays.',
    clear: 'Clear the sample',
    clearing: 'Clearing…',
    loaded: 'The sample is loaded: its tier, gaps and offers are below.',
    cleared: 'The sample is cleared. Anything you added yourself is still here.',
    profileKept: 'Your profile stays, since you changed it after loading the sample.',
    kept_one: 'The one sample record you changed stays, as your own.',
    kept_other: 'The {{count}} sample records you changed stay, as your own.',
    refused:
      'The sample loads only into an empty Tidemark: you already have a profile, skills or offers, and the sample never mixes with them. Nothing was changed.',
    failed: 'That did not work, and nothing was changed. Details: {{detail}}',
  },
  tier: {
    title: 'Your tier',
    score: '{{score}} of 100 points',
    raise: 'A move can command {{raise}}',
    total: 'Expected yearly total: {{total}}',
    totalLifted:
      'Expected yearly total: {{total}} (your pay × the raise band is {{fromPay}}; where lower, the yearly total the article gives an in-field PhD counts)',
    totalFromTier:
      'Expected yearly total: {{total}}, what the article gives an in-field PhD (add your current pay to your profile to see yours)',
    totalNone: 'Expected yearly total: add your current pay to your profile to see it.',
    totalPayUncounted:
      'Expected yearly total: {{total}}. Your current pay is saved but could not be counted: open your profile to see why.',
    // The expected total is the current pay × the raise band: its rate of the wrong size (look 31).
    currentRateWrong:
      'Your current pay is counted at {{rate}} yuan per {{currency}}, a rate that looks wrong',
    currentOptionsRateWrong:
      'Your current pay’s options are counted at {{rate}} yuan per {{currency}}, a rate that looks wrong',
    noProfile:
      'Scored from your skills alone: fill in your profile so education, city and leadership count.',
    noSkills: 'No skills yet: add them, they weigh most in the score.',
    trendUp: '{{change}} points since {{date}}',
    trendFlat: 'Unchanged since {{date}}',
    trendNone:
      'Your score is kept each day you change your skills or profile; the trend appears from the second day.',
    chartLabel: 'Premium score from {{from}} to {{to}}: from {{first}} to {{last}} points.',
    source: 'Where this tier comes from',
    totalSource: 'Where the in-field PhD’s yearly total comes from',
    // The rules the user changed that the score used (named as in the Why), or their count.
    changedRules: {
      listed_one: 'Counted with a rule you changed: {{changes}}.',
      listed_other: 'Counted with {{count}} rules you changed: {{changes}}.',
      counted_one: 'Counted with a rule you changed.',
      counted_other: 'Counted with {{count}} rules you changed.',
      linkOne: 'Change it on the Rules screen',
      linkMany: 'See them on the Rules screen',
    },
    link: 'Open your assessment',
  },
  gaps: {
    title: 'What would raise your score most',
    none: 'Nothing left to raise: every domain that adds points is at its top level.',
    atTop: 'Your score is 100, the most it can be: no step raises it further.',
    link: 'Work on your skills',
  },
  offers: {
    title: 'Open offers, riskiest first',
    table: 'Open offers, table',
    none: 'No open offers. When one arrives, add it under Offers to see its pay after tax and weigh its risk.',
    offer: 'Offer',
    risk: 'Risk',
    pay: 'Pay a year',
    raise: 'Raise',
    deadline: 'Deadline',
    riskLevel: {
      low: 'Low',
      medium: 'Medium',
      high: 'High',
    },
    riskScore: '{{level}} · {{score}}',
    payUnreadable: 'Pay not readable',
    /** The pay was read; only its currency's rate is missing (new-user trial 21 #4). */
    payNoRate: 'Not counted yet: no {{currency}} rate',
    // A rate of the wrong size, saved before the size check or imported (look 31).
    rateWrong: 'At {{rate}} yuan per {{currency}}, a rate that looks wrong',
    optionsRateWrong: 'Options at {{rate}} yuan per {{currency}}, a rate that looks wrong',
    // …and the current pay's, which every raise is set against (look 31).
    currentRateWrong:
      'Raises are set against your current pay, at {{rate}} yuan per {{currency}}, a rate that looks wrong',
    currentOptionsRateWrong:
      'Raises are set against your current pay, its options at {{rate}} yuan per {{currency}}, a rate that looks wrong',
    noDeadline: '—',
    status: {
      considering: 'Considering',
      negotiating: 'Negotiating',
      accepted: 'Accepted',
      declined: 'Declined',
      expired: 'Expired',
    },
    nextDeadline: 'Next deadline: {{company}}, {{date}} ({{relative}}).',
    passedDeadline_one: 'Deadline passed yesterday: {{company}}, {{date}}.',
    passedDeadline_other: 'Deadline passed {{formatted}} days ago: {{company}}, {{date}}.',
    morePassed_one: '{{formatted}} more open offer is past its deadline.',
    morePassed_other: '{{formatted}} more open offers are past their deadlines.',
    passed_one: 'Passed yesterday',
    passed_other: 'Passed {{formatted}} days ago',
    noNextDeadline: 'No open offer has a deadline ahead.',
    link: 'Compare your offers',
  },
  journal: {
    title: 'This week in the journal',
    since: 'Since Monday, {{date}}',
    none: 'Nothing written this week yet.',
    total_one: '{{formatted}} entry in all',
    total_other: '{{formatted}} entries in all',
    link: 'Open the journal',
  },
  goal: {
    title: 'Next goal',
    none: 'No open goal.',
    due: 'Due {{date}} ({{relative}})',
    overdue: 'Was due {{date}} ({{relative}})',
    skillTarget: '{{skill}} ({{domain}}) at level {{level}}',
    entryTarget_one: '{{count}} {{kind}} entry',
    entryTarget_other: '{{count}} {{kind}} entries',
    link: 'Track it in the journal',
    skillLink: 'Work on this skill',
    reachedHint: 'Every open goal is reached: mark them done in the journal.',
    /** The one open goal is reached (review 24 L10: 'mark them done' for one). */
    reachedHintOne: 'This goal is reached: mark it done in the journal.',
    /**
     * Beside the next unreached goal, the open ones already reached (trial 32: skipped for the
     * next one, they were not mentioned at all until every open goal was reached).
     */
    alsoReachedOne: 'Also reached: “{{title}}”. Mark it done in the journal.',
    alsoReached_other: 'Also reached: {{count}} other goals. Mark them done in the journal.',
  },
  backup: {
    title: 'Backup',
    browserNever:
      'Your data lives in this browser only, and it has not been exported yet. Export it to a file you keep.',
    browserDue: 'Your data lives in this browser only. The last export was {{days}} days ago.',
    // Stamped by an export, and by an import that left the data as the file holds it (trial 18
    // L11: 'Last exported' after an import only was untrue): a replace, or a merge into a
    // Tidemark that held nothing (import-as-export.ts; review 24 L10: the words named the
    // replace only). Later changes are in no file.
    browserRecent:
      'Your data last matched a saved file on {{date}}: when you exported it, or imported a file and ended up with exactly what the file holds. Changes since then are in a file only once you export again.',
    browserEmpty: 'Nothing to export yet.',
    desktopLast: 'Last automatic backup: {{when}}.',
    desktopFailed: 'The automatic backup of {{when}} failed. Earlier backups are intact.',
    desktopNone: 'The first automatic backup is made when Tidemark closes.',
    exportLink: 'Export in Settings',
    backupsLink: 'See your backups',
  },
  // The score trend chart (Skills › assessment, beside the tier this dashboard shows): it takes
  // one Tab stop, and the arrow keys read its days (trial 15).
  trendChart: {
    label: 'Chart: your score over time',
    keyboard:
      'Focus the chart to hear the latest day, then use the arrow keys to read each day’s score (Home and End: the first and last day; Page Up: ten days later; Page Down: ten days earlier).',
    point: '{{date}}: score {{score}}, {{tier}}',
  },
}
