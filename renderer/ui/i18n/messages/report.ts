/** The self-assessment report: Markdown and PDF export, print. */
export const en = {
  title: 'Report',
  actions: {
    label: 'Export your assessment',
    markdown: 'Export as Markdown',
    pdf: 'Export as PDF',
    browserHint: 'PDF opens the print dialog: choose “Save as PDF” as the printer there.',
    preparing: 'Preparing the report…',
    saved: 'Saved “{{fileName}}”.',
    cancelled: 'Cancelled: nothing was saved.',
    printDialog: 'The print dialog was opened: save the PDF from there.',
    failed: 'The report was not saved. Details: {{detail}}',
  },
  document: {
    title: 'Tidemark self-assessment',
    written: 'Written {{date}}',
    rulesDefault: 'the article’s rules (ruleset {{version}})',
    rulesChanged: 'the article’s rules with your changes (ruleset {{version}})',
    neutralProfile:
      'No profile saved yet: a neutral one stands in, so degree, leadership and city count for nothing here.',
    overridesFailed:
      'Your rule changes no longer apply to this version of the rules, so the article’s rules were used.',
    assumption: '(assumption)',
    labelled: '{{label}}: {{value}}',
    aside: '{{text}} ({{aside}})',
    summary: {
      heading: 'Summary',
      tier: 'Tier',
      score: 'Premium score',
      scoreValue: '{{score}} of 100',
      raise: 'Raise a move can command',
      total: 'Expected yearly total',
      // What the total is worked out from, given before it (trial 32 #12).
      currentPay: 'Your current pay, a typical year',
      totalFromPay: 'your current pay × this tier’s raise band',
      premiumTotalUnreached:
        'its {{total}} is the article’s figure for an in-field PhD; your current pay × its raise band stays below it (L25)',
      totalFromPayFloor:
        'your current pay × this tier’s raise band, but never below the yearly total the article gives an in-field PhD',
      totalFromTier: 'the yearly total the article gives an in-field PhD',
      totalNone: 'add your current pay to your profile to see one',
      totalPayUncounted:
        'your current pay is saved but could not be counted: open your profile to see why',
    },
    skills: {
      heading: 'Skills',
      skill: 'Skill',
      domain: 'Domain',
      claimed: 'Your level',
      counted: 'Counts as',
      evidence: 'Evidence',
      capped: '{{counted}} (capped: no evidence)',
      notCounted: '– (a stronger skill counts for this domain)',
      noEvidence: 'none',
      // Kinds a linked journal entry adds, told apart from those ticked on the skill (trial 32 #12).
      fromJournal: '{{kinds}} (from the journal)',
      none: 'No skills yet.',
    },
    reasons: {
      heading: 'Why: every reason and the line it rests on',
      article: 'The article, {{lines}}',
      none: 'No reasons: add your skills first.',
    },
    // The rules the user changed, beside the figures that use them (new-user trial 32 #2).
    changedRules: {
      heading: 'Rules you changed',
      article: '{{label}}: {{value}} (the article’s: {{defaultValue}})',
      assumption: '{{label}}: {{value}} (Tidemark’s default: {{defaultValue}})',
      law: '{{label}}: {{value}} (the default: {{defaultValue}})',
    },
    gaps: {
      heading: 'What would raise your score most',
      none: 'Nothing left to raise: every domain that adds points is at its top level.',
      atTop: 'Your score is 100, the most it can be: no step raises it further.',
      item: '{{action}}: {{effect}}',
    },
    assumptions: {
      heading: 'Which numbers are assumptions',
      intro:
        'The article gives no number for these: they are Tidemark’s assumptions, and you can change them under Rules.',
      usedBy_one: '{{note}} Behind reason {{reasons}}.',
      usedBy_other: '{{note}} Behind reasons {{reasons}}.',
      none: 'None: every number in this report is the article’s.',
    },
    offers: {
      heading: 'Offers compared',
      offer: 'Offer',
      total: 'Yearly total',
      raise: 'Raise',
      risk: 'Risk',
      recommendation: 'Recommendation',
      notReadable: 'Pay not readable. {{why}}',
      notCounted: 'Pay not counted yet. {{why}}',
      noRaise: 'no current pay to compare',
      payUncounted: 'your current pay could not be counted',
    },
    riskLevels: { low: 'Low', medium: 'Medium', high: 'High' },
    recommendations: {
      accept: 'Accept',
      acceptUnjudged: 'Accept, pay not judged',
      negotiate: 'Negotiate',
      'wait-and-watch': 'Wait and watch',
      decline: 'Decline',
    },
    footer:
      'Written by Tidemark {{version}} on this computer, from your data and the rules in use. The figures are ranges the rules give, not promises.',
  },
  /** One offer: its own export, and its section of the report (the same text). */
  offer: {
    title: 'Tidemark: an offer weighed',
    actions: 'Keep the offer and its questions',
    heading: 'Offer: {{name}}',
    listLabel: '{{label}}:',
    riskScore: 'Risk',
    riskValue: '{{level}}, {{score}}',
    // The verdict's sentences (offerVerdict.recommendation.riskRest…, offerVerdict.risk.sum…)
    // with the way turned, as the report lists the risk above the recommendation; `part` is
    // the heading of the part that lists the other lines.
    riskRestAbove: 'The other {{rest}} are listed under “{{part}}” above.',
    riskRestOffAbove: 'The other lines, under “{{part}}” above, take {{rest}} off.',
    sumWithCitedBelow_one:
      'With the {{formatted}} line listed under “{{part}}” below ({{points}}), the points add up to the score, held between 0 and 100.',
    sumWithCitedBelow_other:
      'With the {{formatted}} lines listed under “{{part}}” below ({{points}}), the points add up to the score, held between 0 and 100.',
    sumAllCitedBelow:
      'Its lines are those listed under “{{part}}” below ({{points}}): they add up to the score, held between 0 and 100.',
    // The offer's facts, first in its section (trial 23 L6).
    about: {
      heading: 'The offer',
      city: 'City',
      cityFromProfile: 'the offer names none: your profile’s city is used',
      tax: 'Income tax',
      taxedInChina: 'Paid in mainland China',
      taxedAbroad: 'Paid outside mainland China',
    },
    pay: {
      asWritten: 'As written',
      base: 'Base pay',
      monthly: '{{monthly}} × {{months}} months',
      extraMonths: 'months 13 and up, {{amount}}, are paid as the year-end bonus',
      bonus: 'Year-end bonus',
      stock: 'Stock, a typical year',
      stockYearOne: '{{amount}} in year one',
      options: 'Options, a typical year',
      optionsNote: 'at their expected value',
      signOn: 'Sign-on bonus',
      converted: 'converted at {{rate}} yuan per {{currency}}',
      convertedWrong:
        'converted at {{rate}} yuan per {{currency}}, the rate saved, which looks wrong: 1 {{currency}} is about {{typical}} yuan, so the yuan figures are off by as much',
      raiseUncounted:
        'Your current pay is saved but could not be counted: open your profile to see why.',
    },
  },
}
