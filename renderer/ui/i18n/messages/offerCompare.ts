/** Offers side by side with the current job; tax assumptions; the market chart. */
export const en = {
  title: 'Comparison',
  intro:
    'Your current job and each offer you are still weighing (considering or negotiating), figure by figure, as ranges; an accepted, declined or expired offer leaves the comparison. Every figure is the engine’s: change a tax assumption below and they all move.',
  empty: 'No open offers to compare yet. Add one above.',
  noProfile:
    'No profile saved yet: risks and raises assume a neutral profile. Save yours under Skills.',
  tableLabel: 'Offers compared with your current job',
  scrollHint: 'The table scrolls sideways; the figure names stay in place.',
  best: 'best',
  bestHint:
    '★ marks the best figure on each row: for a range, the one whose low end (what it pays at least) is highest, its high end deciding a tie. Never on an offer the verdict declines or says to wait on: ☆ marks its figure where it is the row’s best.',
  bestTitle: 'Best on this row: for a range, the highest low end',
  unstarred: {
    decline: 'Best on this row, not starred: the verdict is to decline',
    wait: 'Best on this row, not starred: the verdict is to wait and watch',
    // Look 31: a figure counted at a rate of the wrong size (92 yuan for 1 HKD) is never starred.
    rate: 'Highest on this row, not starred: it is counted at an exchange rate that looks wrong',
    'current-rate':
      'Highest on this row, not starred: it is set against your current pay, counted at an exchange rate that looks wrong',
  },
  bestHintRate:
    'Nor on a figure counted at an exchange rate that looks wrong: ☆ marks it where it is the row’s highest.',
  controls: {
    sortLabel: 'Order offers by',
    sort: {
      entered: 'Order entered',
      riskAdjusted: 'Risk-adjusted value, highest first',
      total: 'Typical-year total, highest first',
      risk: 'Risk, lowest first',
    },
    showLabel: 'Offers shown',
    show: 'Show {{company}}',
  },
  columns: {
    figure: 'Figure',
    current: 'Current job',
    offerLink: 'Open {{company}}',
  },
  rows: {
    cash: 'Cash a year',
    cashHint: 'Base and bonus',
    total: 'Total, typical year',
    totalHint: 'Cash, stock vesting on average',
    yearOne: 'Total, year one',
    yearOneHint: 'With sign-on and the first year’s vesting',
    afterTax: 'After tax, typical year',
    afterTaxYearOne: 'After tax, year one',
    taxCity: 'Social insurance by',
    raise: 'Raise on your current pay',
    risk: 'Risk of the move',
    riskAdjusted: 'Risk-adjusted value',
    riskAdjustedHint: '{{months}} months before tax, not a year: the failure chance weighed in',
    recommendation: 'Recommendation',
  },
  cells: {
    none: '—',
    noCurrentPay: 'No current pay saved',
    currentPayUnread: 'Your current pay could not be read',
    payUnread: 'Pay could not be read: open the offer to fix it',
    noRate: 'No exchange rate for {{currency}} yet: set one in the offer',
    // A rate of the wrong size, saved before the size check or imported (look 31).
    rateWrong:
      'Converted at {{rate}} yuan per {{currency}}, the rate saved, which looks wrong: 1 {{currency}} is about {{typical}} yuan, so this column’s yuan figures are off by as much.',
    optionsRateWrong:
      'The options are converted at {{rate}} yuan per {{currency}}, the rate saved, which looks wrong: 1 {{currency}} is about {{typical}} yuan.',
    notTaxedInChina: 'Not taxed in mainland China: no after-tax figure',
    signOn: 'incl. sign-on {{amount}}',
    vestingYearOne: 'stock vesting {{yearOne}} (typical year {{typical}})',
    stockPerYear: 'incl. stock {{amount}}',
    optionsPerYear: 'incl. options {{amount}} (expected)',
    optionsUncounted: {
      unpriced: 'options not priced yet: not counted',
      'no-exchange-rate': 'options not counted: no {{currency}} rate',
    },
    notCounted: 'not counted: {{parts}}',
    notCountedPart: {
      stock: '“{{fragment}}” (no value given)',
      unread: '“{{fragment}}” (not read)',
    },
    sameAsTypical: 'same as a typical year',
    stayingOverHorizon: 'if you stay: {{months}} months of a typical year, no failure priced',
    staying: 'if you stay: a typical year',
    tax: 'tax {{tax}}, social insurance and housing fund {{social}}',
    riskLevel: '{{level}} · {{score}}/100',
    why: 'Why',
    skillPoints: '{{sentence}}: {{points}} to your skill score',
    riskPointer:
      'The risk weighed in this recommendation ({{score}} of 100 risk points): every risk point is listed once, under “{{row}} › {{why}}”.',
    reasonsLabel: 'Why, {{row}}: {{column}}',
    downside: 'Both outcomes',
    overHorizon: '{{amount}}/{{months}} mo',
    downsideText:
      'If all goes well: {{headline}}. If the role fails ({{chance}} chance): {{worked}} months of pay, {{severance}}, {{search}} months of search without pay, then {{lateral}}: {{ifItFails}}.',
    downsideTextNoOptions:
      'If all goes well: {{headline}}. If the role fails ({{chance}} chance): {{worked}} months of pay, {{severance}}, {{search}} months of search without pay, then {{lateral}}: {{ifItFails}}; the options count nothing if it fails.',
    severance: {
      plain_one: 'severance {{amount}} ({{formatted}} month’s wages for the time served)',
      plain_other: 'severance {{amount}} ({{formatted}} months’ wages for the time served)',
      notice_one:
        'severance {{amount}} ({{formatted}} month’s wages for the time served and a month’s base pay in lieu of notice)',
      notice_other:
        'severance {{amount}} ({{formatted}} months’ wages for the time served and a month’s base pay in lieu of notice)',
      capped_one:
        'severance {{amount}} ({{formatted}} month’s wages for the time served, at most {{cap}} a month)',
      capped_other:
        'severance {{amount}} ({{formatted}} months’ wages for the time served, at most {{cap}} a month)',
      cappedNotice_one:
        'severance {{amount}} ({{formatted}} month’s wages for the time served, at most {{cap}} a month, and a month’s base pay in lieu of notice)',
      cappedNotice_other:
        'severance {{amount}} ({{formatted}} months’ wages for the time served, at most {{cap}} a month, and a month’s base pay in lieu of notice)',
      none: 'no severance counted (the job is not taxed in mainland China, so China’s labour contract law is not assumed: ask what the contract pays)',
    },
    lateralCurrent: 'your current pay',
    lateralOffer: 'this pay elsewhere',
    noCurrentForRaise: 'needs a current pay',
    declinedNotBest:
      'Not starred: the verdict is to decline, and high pay alone should not decide (article, line 34).',
    waitNotBest:
      'Not starred: the verdict is to wait and watch until the company shows its strength (article, line 13).',
  },
  bonus: {
    separate: 'Bonus taxed on its own, {{saving}} less than merged',
    separateSame: 'Bonus taxed on its own',
    merged: 'Bonus merged with wages, {{saving}} less than on its own',
    mergedSame: 'Bonus merged with wages',
    mergedOnly: 'Bonus merged with wages: taxing it on its own ends after {{year}}',
    low: 'Low end: {{text}}',
    high: 'High end: {{text}}',
    cliffAt: {
      low: 'Low end of the range (a bonus of {{bonus}}): {{text}}',
      high: 'Top of the range (a bonus of {{bonus}}): {{text}}',
    },
    cliff_one:
      'The bonus is {{extra}} yuan past a tax edge ({{edge}}): that {{extra}} yuan costs {{tax}} more tax. Asking for {{extra}} yuan less, or moving it to wages, leaves you better off.',
    cliff_other:
      'The bonus is {{extra}} yuan past a tax edge ({{edge}}): those {{extra}} yuan cost {{tax}} more tax. Asking for {{extra}} yuan less, or moving it to wages, leaves you better off.',
    cliffCurrent_one:
      'The bonus is {{extra}} yuan past a tax edge ({{edge}}): that {{extra}} yuan costs {{tax}} more tax.',
    cliffCurrent_other:
      'The bonus is {{extra}} yuan past a tax edge ({{edge}}): those {{extra}} yuan cost {{tax}} more tax.',
  },
  taxCity: {
    name: '{{city}}, {{year}} figures',
    nameOwn: 'Your own figures',
    nameOwnPart: 'Your own figures, the rest {{city}}’s {{year}}',
    setting: 'chosen in the tax assumptions',
    city: 'the job’s city',
    fallback: 'no city matched: {{city}} stands in',
    withOwn: '{{because}}; {{own}}',
    overridden: 'your own figures ({{figures}}), not {{city}}’s',
    figure: {
      baseFloorMonthly: 'floor {{value}}',
      baseCapMonthly: 'cap {{value}}',
      housingFundPercent: 'housing fund {{value}}%',
      pensionPercent: 'pension {{value}}%',
      medicalPercent: 'medical {{value}}%',
      unemploymentPercent: 'unemployment {{value}}%',
    },
    figureSeparator: ', ',
  },
  riskLevels: { low: 'Low', medium: 'Medium', high: 'High' },
  recommendations: {
    accept: 'Accept',
    acceptUnjudged: 'Accept, pay not judged',
    negotiate: 'Negotiate',
    'wait-and-watch': 'Wait and watch',
    decline: 'Decline',
  },
  /** Which offer to take (trial 20 #5): pick-offer.ts's answer, at the top of the comparison. */
  pick: {
    title: 'Which offer to take',
    take: '{{company}}',
    takeNegotiate: '{{company}}, after negotiating',
    tie: 'A tie: {{companies}}',
    stay: 'None of them: stay where you are for now',
    noneWeighed: 'None can be weighed yet',
    onlyOffer: {
      accept: 'It is the only offer you are weighing, and the rules accept it.',
      negotiate:
        'It is the only offer you are weighing, and the rules say to negotiate before you take it.',
    },
    // The only one weighed where others shown were not (their pay unread, their rate wrong):
    // "the only offer you are weighing" read false beside them (look 31).
    onlyWeighed: {
      accept: 'It is the only offer that can be weighed, and the rules accept it.',
      negotiate:
        'It is the only offer that can be weighed, and the rules say to negotiate before you take it.',
    },
    verdict: {
      accept:
        'It is the only one of your {{count}} offers the rules accept; the others: {{others}}.',
      negotiate:
        'None of your {{count}} offers is one to accept as it stands; this offer is the only one the rules say to negotiate. The others: {{others}}.',
    },
    value: {
      accept:
        'The rules accept both it and {{other}}; its risk-adjusted value, {{value}} over {{months}} months, is above {{other}}’s {{otherValue}}.',
      negotiate:
        'The rules say to negotiate at both it and {{other}}; its risk-adjusted value, {{value}} over {{months}} months, is above {{other}}’s {{otherValue}}.',
    },
    valueOthers: 'The others: {{others}}.',
    tieText: {
      accept:
        'The rules accept each, and their risk-adjusted values over {{months}} months are within 1% of each other ({{values}}). A better term agreed at one of them, or a risk question you left “unknown” answered, would break the tie.',
      negotiate:
        'The rules say to negotiate at each, and their risk-adjusted values over {{months}} months are within 1% of each other ({{values}}). Whichever meets more of your terms breaks the tie.',
    },
    stayOne:
      'The rules say to {{verdicts}} the one offer you are weighing: pay alone should not decide, and the article’s mover waited until strong players committed.',
    stayMany:
      'Each of your {{count}} offers is one to wait on or to decline ({{verdicts}}): pay alone should not decide, and the article’s mover waited until strong players committed.',
    // Neutral: each listed offer says why (its pay unread, or no rate for a pay that was read).
    noneWeighedText: 'The pick needs each pay counted in yuan: {{list}}.',
    notWeighed: 'Not weighed: {{list}}.',
    why: {
      'pay-unread': '{{company}} (its pay could not be read)',
      'no-exchange-rate': '{{company}} (no {{currency}} exchange rate)',
      pending: '{{company}} (still being assessed)',
    },
    // Look 31: an offer counted at a rate of the wrong size (92 yuan for 1 HKD) is not weighed.
    rateWrong: {
      pay100:
        '{{company}} (its exchange rate, {{rate}} yuan per {{currency}}, looks 100 times too large: fix it in the offer)',
      pay: '{{company}} (its exchange rate, {{rate}} yuan per {{currency}}, looks wrong, 1 {{currency}} being about {{typical}} yuan: fix it in the offer)',
      options100:
        '{{company}} (its options’ exchange rate, {{rate}} yuan per {{currency}}, looks 100 times too large: fix it in the offer)',
      options:
        '{{company}} (its options’ exchange rate, {{rate}} yuan per {{currency}}, looks wrong, 1 {{currency}} being about {{typical}} yuan: fix it in the offer)',
    },
    // …and while the current pay's is of the wrong size, none is picked: all is set against it.
    currentRateWrong: {
      pay100:
        'Each offer’s verdict and risk-adjusted value are set against your current pay, and its exchange rate, {{rate}} yuan per {{currency}}, looks 100 times too large: fix it in your profile under Skills.',
      pay: 'Each offer’s verdict and risk-adjusted value are set against your current pay, and its exchange rate, {{rate}} yuan per {{currency}}, looks wrong (1 {{currency}} is about {{typical}} yuan): fix it in your profile under Skills.',
      options100:
        'Each offer’s verdict and risk-adjusted value are set against your current pay, and the exchange rate of its options, {{rate}} yuan per {{currency}}, looks 100 times too large: fix it in your profile under Skills.',
      options:
        'Each offer’s verdict and risk-adjusted value are set against your current pay, and the exchange rate of its options, {{rate}} yuan per {{currency}}, looks wrong (1 {{currency}} is about {{typical}} yuan): fix it in your profile under Skills.',
    },
    otherVerdict: '{{company}} ({{verdict}})',
    verdicts: {
      accept: 'accept',
      negotiate: 'negotiate',
      'wait-and-watch': 'wait and watch',
      decline: 'decline',
    },
    valueOf: '{{company}} {{value}}',
    stayingWorthMore:
      'Staying is worth more over the same {{months}} months: {{staying}}, against {{value}} for {{company}}.',
    // Trial 23 #2: the values are before tax, and a job taxed abroad has no after-tax figure.
    beforeTax_one:
      'The values compared are before tax: {{companies}} is taxed outside mainland China, whose tax Tidemark does not work out, so after tax the order could differ.',
    beforeTax_other:
      'The values compared are before tax: {{companies}} are taxed outside mainland China, whose tax Tidemark does not work out, so after tax the order could differ.',
    hidden_one: '{{count}} offer hidden under “Offers shown” is not weighed.',
    hidden_other: '{{count}} offers hidden under “Offers shown” are not weighed.',
    whyLabel: 'Why this pick',
    reasons: {
      'pick-offer':
        'Tidemark’s pick: the best verdict first (accept, then negotiate), then the higher risk-adjusted value; the article’s mover took the best-paid of his four offers.',
      downside:
        'Between equal verdicts the risk-adjusted value decided: each offer’s pay over {{months}} months, with the chance that the role fails weighed in.',
      'strength-before-pay':
        'An offer to decline is never the pick, however much it pays: pay alone should not decide.',
      'wait-for-commitment':
        'An offer to wait on is not taken now: the article’s mover waited until strong firms committed.',
    },
  },
  tax: {
    title: 'Tax assumptions',
    intro:
      'The after-tax figures of every column, your current job and each offer alike, rest on these. Each change is saved at once and every figure above follows; leave a figure empty to use each job’s city’s own.',
    ownFigures:
      'Your own figures ({{figures}}) are used in every column, your current job and each offer, in place of each city’s. Empty a field to use the cities’ figures again.',
    cityPreset: 'City for social insurance',
    cityPresetAuto: 'Each job’s own city',
    cityPresetHint: 'Figures in use: {{presets}}.',
    presetFigures: '{{city}} {{year}}: base {{floor}}–{{cap}} yuan a month, housing fund {{fund}}%',
    presetFiguresOwn:
      '{{city}} {{year}} with your own {{which}}: base {{floor}}–{{cap}} yuan a month, housing fund {{fund}}%',
    ownWhich: {
      baseFloorMonthly: 'floor',
      baseCapMonthly: 'cap',
      housingFundPercent: 'housing fund rate',
    },
    floor: 'Base floor (yuan a month)',
    cap: 'Base cap (yuan a month)',
    housingFund: 'Housing fund rate (%)',
    housingFundHint: 'Cities allow 5 to 12%.',
    cityValue: 'city’s: {{value}}',
    taxYear: 'Tax year',
    taxYearHint:
      'Taxing the year-end bonus on its own is allowed through {{year}}; from then on it is merged with wages.',
    deductions: 'Special deductions (专项附加扣除)',
    children: 'Children in education',
    infants: 'Children under three',
    elderlyParents: 'Elderly parents',
    elderly: {
      none: 'None',
      'only-child': 'Only child (the whole amount)',
      'sibling-share': 'Shared with siblings',
      stated: 'As stated before ({{amount}} a month)',
    },
    elderlyMonthly: 'Your share (yuan a month)',
    continuingEducation: 'Continuing education',
    education: {
      none: 'None',
      degree: 'Studying for a degree',
      certificate: 'A certificate this year',
    },
    housing: 'Housing',
    housingOptions: {
      none: 'None',
      mortgage: 'First-home mortgage interest',
      'rent-tier-1': 'Rent in a large city',
      'rent-tier-2': 'Rent in a mid-sized city',
      'rent-tier-3': 'Rent in a smaller city',
    },
    seriousIllness: 'Serious illness costs you bore (yuan a year)',
    saved: 'Saved: the figures above use it.',
    saveFailed: 'Could not save: {{detail}}',
    errors: {
      floor: 'Enter an amount of 0 or more, or leave it empty for the city’s.',
      floorAboveCap: 'The floor must not be above the cap.',
      cap: 'Enter an amount above 0, or leave it empty for the city’s.',
      housingFund: 'Enter a rate from 0 to 12, or leave it empty for the city’s.',
      taxYear: 'Enter a year from 2019 to 2100.',
      count: 'Enter a whole number from 0 to 10.',
      elderlyMonthly: 'Enter an amount from 0 to 100,000.',
      seriousIllness: 'Enter an amount from 0 to 10,000,000.',
    },
  },
  market: {
    title: 'Your pay against the article’s figures',
    description:
      'Yearly totals as ranges (a diamond is a single figure). Shaded: what a move can reach at your tier, {{tier}}.',
    descriptionInFieldPhd:
      'Yearly totals as ranges (a diamond is a single figure). Shaded: the yearly total the article gives an in-field PhD, not one counted from your pay.',
    noBand:
      'Yearly totals as ranges (a diamond is a single figure). No band is shaded: without a current pay, your tier gives no yearly total.',
    keyboard: 'Focus the chart and use the arrow keys to read each bar and its source.',
    chartLabel: 'Chart: your pay against the article’s figures',
    loading: 'Loading the chart…',
    bandYours: 'Your expected total: {{range}}',
    bandInFieldPhd: 'In-field PhD (article): {{range}}',
    current: 'Current job',
    basis: {
      total: 'total a year',
      cash: 'cash a year, before stock',
      'after-tax': 'after tax, an employer’s average cost',
    },
    table: {
      caption: 'Your pay and the article’s figures, yuan a year',
      item: 'Pay',
      range: 'A year',
      source: 'Source',
      // Whose each figure is, as a whole phrase (trial 19 #2: zh-CN's 「你的」 read as a fragment).
      entered: 'Entered by you',
      bandEstimate: 'Estimated from your pay and tier',
      bandInFieldPhd: 'The article’s figure for an in-field PhD',
    },
    references: {
      'vivo-after-tax': 'L1 vivo, after tax',
      'phd-one-year': 'L25 PhD, one year in',
      mover: 'L11 the article’s mover',
      pinduoduo: 'L2 Pinduoduo',
      'internet-posting': 'L4 internet firm’s posting',
      'lab-lead-posting': 'L5 lab lead, cash',
      'car-maker-posting': 'L4 car maker’s posting',
      'phd-starting': 'L17 new PhD, no stock',
      'core-talent': 'L26 core talent',
      'vision-expert': 'L6 vision expert',
    },
  },
}
