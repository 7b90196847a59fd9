/** The verdict beside an offer: recommendation, risk reasons, downside, questions to ask, what would change it. */
export const en = {
  title: 'Verdict',
  notFound:
    'No verdict yet: it appears here once the offer has a company and a pay that can be read.',
  unreadable: {
    title: 'The pay could not be read',
    intro: 'Tidemark cannot weigh this offer until it can read the pay:',
    fix: 'Correct the pay in the form, and the verdict appears.',
    // The pay was read but is in a currency with no rate yet: nothing to correct, a rate to set
    // (new-user trial 21 #4: "could not be read" beside "Read: 300k a year, in USD").
    noRate: {
      title: 'Not counted yet: no {{currency}} rate',
      intro:
        'The pay was read, but Tidemark weighs every offer in yuan, and there is no rate for {{currency}} yet.',
      fix: 'Set the rate (Yuan for 1 {{currency}}) in the form, and the verdict appears.',
    },
    code: {
      empty: 'The pay is empty.',
      'no-amount': 'There is no amount in “{{fragment}}”.',
      'several-amounts': 'More than one figure (“{{fragment}}”): keep one pay.',
      unreadable: 'It could not read “{{fragment}}”.',
      'months-on-annual':
        '“{{fragment}}” gives months, but the figure is a yearly one: keep one of the two.',
      'bad-months': '“{{fragment}}”: months must be from 1 to 24, in halves.',
      'months-range': '“{{fragment}}” gives a range of months: keep the one count the offer pays.',
      'options-without-base': 'Only options were found: add the base pay.',
      'no-exchange-rate':
        'There is no exchange rate for {{currency}} yet, so the pay cannot be counted in yuan: set a rate.',
      // The parser's refusals of a stored text pay, in the offer form's words (offerEditor.pay.errors).
      'stock-years-missing':
        '“{{fragment}}” does not say over how many years the stock vests: add it (“RSU 200k over 4 years”), or enter the grant and its vesting under Stock.',
      'stock-bad-years':
        '“{{fragment}}”: the vesting years must be a whole number from 1 to 10. Or enter the grant and its vesting under Stock.',
      'stock-cliff':
        '“{{fragment}}” is a cliff: it changes when the stock first vests, which Tidemark does not guess from the pay’s text. Enter the grant and its vesting under Stock, and take the stock out of the pay’s text.',
      'stock-uneven':
        '“{{fragment}}”: Tidemark reads stock from the pay’s text only as a grant vesting evenly over the years it gives, and this is not one. Enter the grant and its schedule (10/20/30/40…) under Stock, and take the stock out of the pay’s text.',
      'stock-currency':
        '“{{fragment}}”: the stock is in another currency than the base pay. Enter it under Stock, and take the stock out of the pay’s text.',
      'stock-without-base': 'Only stock found (“{{fragment}}”): add the base pay.',
      'bonus-without-base':
        'Only a bonus or one-off payment found (“{{fragment}}”), no base pay: add the base pay.',
      'period-conflict':
        'The figure gives its own period, and a pay word says the other (“{{fragment}}”): keep one of the two.',
      'after-tax':
        '“{{fragment}}”: this figure is after tax. Tidemark works out the after-tax pay from the pre-tax one: paste the pay before tax (税前).',
      'sign-on-twice':
        'Two different sign-on bonuses (“{{fragment}}”): keep the one the offer pays in the pay’s text, or enter it under Sign-on bonus.',
      'sign-on-spread':
        '“{{fragment}}”: a sign-on paid over several years. Tidemark counts a sign-on in year one and does not guess how it is split: take it out of the pay’s text, and enter the part paid in the first year under Sign-on bonus.',
      'sign-on-currency':
        '“{{fragment}}”: the sign-on is in another currency than the base pay. Take it out of the pay’s text, and enter it under Sign-on bonus in the pay’s currency.',
      'two-currencies':
        '“{{fragment}}”: the pay’s text names two currencies. Keep only the one the pay is in.',
      'stock-inside-unknown':
        '“{{fragment}}”: the figure includes stock, and the pay’s text does not say how much of it is stock. Tidemark counts cash and stock apart: say how much is stock a year (“年包 100 万（含 20 万股票）”), or enter the cash pay and the stock under Stock.',
    },
  },
  recommendation: {
    label: 'Recommendation',
    value: {
      accept: 'Accept',
      acceptUnjudged: 'Accept, pay not judged',
      negotiate: 'Negotiate',
      'wait-and-watch': 'Wait and watch',
      decline: 'Decline',
    },
    gloss: {
      accept: 'The pay is where your tier puts it, and the risk is one you can carry.',
      acceptUnjudged: 'The risk is one you can carry; the pay itself was not judged.',
      negotiate: 'Ask for better terms before you answer.',
      'wait-and-watch': 'Keep your role for now, and watch whether the team proves itself.',
      decline: 'Turn it down: the company’s strength is in doubt, whatever it pays.',
    },
    risk: 'Risk: {{level}}, {{score}} of 100',
    why: 'Why',
    contextLabel: 'What the verdict rests on',
    skillPoints: '{{sentence}}: {{points}} to your skill score',
    riskPointer:
      'The risk weighed in this verdict ({{score}} of 100): every point of it is listed once, under “{{part}}” below.',
    // The printed report lists the risk before the recommendation.
    riskPointerAbove:
      'The risk weighed in this verdict ({{score}} of 100): every point of it is listed once, under “{{part}}” above.',
    payNotJudged: 'Tidemark could not judge this pay against your tier.',
    payNotJudgedLink: 'Enter your current pay',
  },
  risk: {
    title: 'Risk of the move',
    level: { low: 'low', medium: 'medium', high: 'high' },
    headline: '{{level}} risk',
    score: '{{score}} of 100',
    levelHeadline: { low: 'Low risk', medium: 'Medium risk', high: 'High risk' },
    reasons: 'What makes up the risk',
    sum: 'The points add up to the score, held between 0 and 100.',
  },
  pay: {
    title: 'What it pays',
    raise: 'Raise on your current pay',
    raiseNone: 'No current pay to compare with.',
    typical: 'Yearly total, typical year',
    yearOne: 'Yearly total, year one',
    yearOneHint: 'With the sign-on bonus and the first year’s vesting.',
    yearOneSame: 'The same as a typical year: no sign-on bonus or uneven vesting.',
    afterTax: 'After tax, typical year',
    afterTaxYearOne: 'After tax, year one',
    notTaxed: 'Not taxed in mainland China: no after-tax figure.',
    notCounted: 'Not counted in these figures: {{parts}}.{{stock}}',
    notCountedPart: {
      stock: '“{{fragment}}” (stock, no value given)',
      unread: '“{{fragment}}” (not read)',
    },
    notCountedStockHint: ' To count the stock, enter its value under Stock in the form.',
    fallbackCity:
      'After tax with {{city}}’s {{year}} social insurance (a base of {{floor}}–{{cap}} yuan a month, a {{fund}}% housing fund): Tidemark has no figures for “{{typed}}”. To use your city’s own, set them under Offers › Tax assumptions (below the comparison): they then apply to every offer and your current job.',
    fallbackCityNone:
      'After tax with {{city}}’s {{year}} social insurance (a base of {{floor}}–{{cap}} yuan a month, a {{fund}}% housing fund): no city is given for this job or in your profile. Enter the city, or set your own figures under Offers › Tax assumptions.',
    fallbackCityOwn: ' The figures you set there are used in place of these.',
    taxReasons: 'How the tax is figured (typical year, top of the range)',
    taxReasonsSingle: 'How the tax is figured (typical year)',
    sum: {
      caption: 'From pay to after tax, typical year, top of the range',
      captionSingle: 'From pay to after tax, typical year',
      pay: 'Pay before tax',
      wagesPart: 'wages {{amount}}',
      bonusPart: 'year-end bonus {{amount}}',
      equityPart: '{{what}} {{amount}}',
      equity: { stock: 'stock', options: 'options', both: 'stock and options' },
      partSeparator: ', ',
      social: 'Social insurance and housing fund',
      wagesTax: 'Tax on wages',
      wagesAndBonusTax: 'Tax on wages and the year-end bonus ({{bonus}}) together',
      taxable: '{{income}} {{deductions}} = {{taxable}} taxable, top rate {{rate}}',
      basic: '− {{amount}} basic deduction',
      socialDeducted: '− {{amount}} social insurance',
      special: '− {{amount}} special deductions',
      bonusTax: 'Tax on the year-end bonus ({{bonus}}), taxed on its own',
      bonusSaving: 'saves {{saving}} against taxing it with the wages',
      equityTax: 'Tax on {{what}} ({{equity}}), taxed on its own',
      afterTax: 'After tax',
      minus: '−{{amount}}',
      rules: 'The rules behind these lines:',
    },
    cliffAt: {
      low: 'Low end of the range (a bonus of {{bonus}}): {{text}}',
      high: 'Top of the range (a bonus of {{bonus}}): {{text}}',
    },
    cliffCurrent: 'Your current job: {{text}}',
    /**
     * A rate saved before the size check, or imported, that the check refuses: the figures use
     * it, and say why they look absurd (review R-1). {{why}} is the form's refusal.
     */
    rateWrong: {
      offer:
        'These figures are converted at {{rate}} yuan per {{currency}}, the rate saved, which looks wrong: {{why}}',
      // Options priced in another currency than the pay's (review 28 L4).
      options:
        'The options, priced in {{currency}}, are converted at {{rate}} yuan per {{currency}}, the rate saved, which looks wrong: {{why}}',
      setRate: 'Correct the {{currency}} rate',
      current:
        'Your current pay, which the raise is measured against, is converted at {{rate}} yuan per {{currency}}, the rate saved, which looks wrong: {{why}}',
      currentOptions:
        'Your current pay’s options, which the raise is measured against, are converted at {{rate}} yuan per {{currency}}, the rate saved, which looks wrong: {{why}}',
      currentLink: 'Correct it in your profile',
    },
    optionsReasons: 'How the options are valued',
    optionsUncounted: {
      'no-exchange-rate':
        'Options not counted: they are priced in {{currency}}, and no exchange rate for {{currency}} is set. The totals, the tax and the raise above leave them out until you set one.',
      setRate: 'Set the {{currency}} rate',
      unpriced:
        'Options not priced yet: not counted. The totals, the tax and the raise above leave them out until you enter their strike price and what a share is worth.',
    },
  },
  downside: {
    title: 'If the move fails',
    headline: 'Over {{months}} months, if all goes well',
    ifItFails: 'Over {{months}} months, if the role fails',
    ifItFailsNoSeverance: 'Over {{months}} months, if the role fails (no severance counted)',
    ifItFailsNoOptions: 'The options count nothing if it fails.',
    severance_one: 'Severance: {{formatted}} month’s wages for the time served',
    severance_other: 'Severance: {{formatted}} months’ wages for the time served',
    severanceNotice_one:
      'Severance: {{formatted}} month’s wages for the time served, plus a month’s base pay in lieu of notice',
    severanceNotice_other:
      'Severance: {{formatted}} months’ wages for the time served, plus a month’s base pay in lieu of notice',
    severanceCapped_one:
      'Severance: {{formatted}} month’s wages for the time served (at most {{cap}} a month)',
    severanceCapped_other:
      'Severance: {{formatted}} months’ wages for the time served (at most {{cap}} a month)',
    severanceCappedNotice_one:
      'Severance: {{formatted}} month’s wages for the time served (at most {{cap}} a month), plus a month’s base pay in lieu of notice',
    severanceCappedNotice_other:
      'Severance: {{formatted}} months’ wages for the time served (at most {{cap}} a month), plus a month’s base pay in lieu of notice',
    severanceUnknown: 'Severance',
    severanceNotCounted: 'Not counted',
    severanceUnknownHint:
      'The job is not taxed in mainland China, so it is taken to be outside China’s labour contract law, whose severance (经济补偿) is the one Tidemark prices. What this contract pays if the role is cut is not known: ask the employer.',
    severanceCapPlaceholder:
      'Assumption: the cap of {{cap}} a month is {{multiple}} × {{average}} yuan, a placeholder for this city’s average monthly wage. Tidemark has no average wage published by the city itself; the social-insurance figures beside it are its province’s and do not set this wage.',
    severanceCapPlaceholderLink:
      'Enter your city’s average monthly wage under Rules › Options and the downside (“Local average monthly wage, cities without their own”)',
    failureChance: 'Chance the role fails',
    /** The verdict's, beside yearly totals: it says the months and that it is before tax. */
    riskAdjustedOver: 'Risk-adjusted value, {{months}} months before tax',
    riskAdjustedOverHint:
      'Both outcomes, weighted by the chance of each: pay before tax over {{months}} months, not a year’s.',
    riskAdjustedOverHintNoSeverance:
      'Both outcomes, weighted by the chance of each: pay before tax over {{months}} months, not a year’s; no severance is counted if the role fails.',
    reasons: 'How the downside is priced',
  },
  questions: {
    title: 'Questions to ask',
    intro: 'Still unknown: put these to {{company}} in the next interview.',
    none: 'Nothing left to ask: every item on the checklist is answered.',
    noneNoChecklist:
      'Nothing left to ask (the checklist is not asked of an established business line).',
    settles: 'Settles: {{item}}',
    listLabel: 'Questions for {{company}}',
    export: 'Export as Markdown',
    print: 'Print the questions',
    // The offer's report: Electron saves it as a PDF, a browser opens its print dialog.
    printOffer: 'Print the offer (PDF)',
    saved: 'Saved “{{fileName}}”.',
    cancelled: 'Not saved.',
    printDialog: 'The print dialog was opened: print the offer or save it as a PDF there.',
    failed: 'Not saved: {{detail}}',
    item: {
      'model-product': 'Which model products has the team shipped, and can I see one working?',
      deployment: 'Where is the model deployed today, and who pays for it?',
      roadmap: 'What is the technical roadmap for the next one to two years?',
      'leadership-understands-llms':
        'How closely do the leaders who set this team’s direction work with large models themselves?',
      'team-strength': 'Who is on the team, and what have they built or published?',
      employerEager:
        'How soon do you need someone in this role, and how much room is there in the offer?',
      funding:
        'Who has invested in the company, in which round, and how many months of runway does it have?',
    },
    name: {
      employerEager: 'Employer is eager',
      funding: 'Has funding',
    },
    markdown: {
      title: 'Questions to ask {{company}}',
      role: 'Role: {{role}}',
    },
  },
  changes: {
    title: 'What would change the verdict',
    intro: 'For each unknown item: the recommendation if the answer were yes, and if it were no.',
    none: 'Nothing is unknown, so no answer can change the verdict.',
    item: 'Unknown item',
    ifYes: 'If yes',
    ifNo: 'If no',
    flips: 'Changes the verdict',
    outcome: 'risk {{score}} ({{level}})',
    summaryFlips_one: '{{formatted}} answer would change the verdict: ask that one first.',
    summaryFlips_other: '{{formatted}} answers would change the verdict: ask those first.',
    summaryNone: 'No single answer changes the verdict.',
  },
  reasons: {
    employer: 'Starting risk for this kind of employer ({{employer}})',
    checklist: {
      yes: '“{{item}}” confirmed',
      no: '“{{item}}” answered no',
      unknown: '“{{item}}” not known yet',
    },
    redFlag: '{{flag}}, a sign of a large-model company ruining itself',
    funding: {
      'strong-backers': 'A startup backed by strong investors',
      funded:
        'A startup with funding, its backers not known to be strong (the quote is the article’s example of a funded startup, not this one)',
      unfunded: 'A startup without funding',
      unknown: 'A startup whose funding is not known',
    },
    exposure: 'You would leave a stable role',
    mood: {
      hot: 'A hot market, where a failed move is easier to recover from',
      normal: 'A normal market',
      cautious: 'A cautious market, where a failed move is harder to recover from',
    },
    band: {
      below: 'The pay is below what {{tier}} commands (a raise of {{band}})',
      straddles:
        'The pay’s low end is below what {{tier}} commands (a raise of {{band}}): ask for the top of the range',
      within: 'The pay is within what {{tier}} commands (a raise of {{band}})',
      above: 'The pay is above what {{tier}} commands (a raise of {{band}})',
      unknown: '{{tier}} commands a raise of {{band}}, but this pay could not be compared',
    },
    bandRaise: {
      below:
        'This offer is a raise of {{raise}} on your current pay, below what {{tier}} commands ({{band}})',
      straddles:
        'This offer is a raise of {{raise}} on your current pay: its low end is below what {{tier}} commands ({{band}}), so ask for the top of the range',
      within:
        'This offer is a raise of {{raise}} on your current pay, within what {{tier}} commands ({{band}})',
      withinOrAbove:
        'This offer is a raise of {{raise}} on your current pay, within or above what {{tier}} commands ({{band}})',
      above:
        'This offer is a raise of {{raise}} on your current pay, above what {{tier}} commands ({{band}})',
      // Judged by the low ends: the widest range starts below the band only because it counts
      // the current pay at its top (trial 13 M3).
      withinByLowEnds:
        'This offer is a raise of {{raise}} on your current pay. Set against the low end of your current pay it is {{lowEnds}}, within what {{tier}} commands ({{band}}); the lower figures count your current pay at its top',
      withinOrAboveByLowEnds:
        'This offer is a raise of {{raise}} on your current pay. Set against the low end of your current pay it is {{lowEnds}}, within or above what {{tier}} commands ({{band}}); the lower figures count your current pay at its top',
    },
    bandCut: {
      below:
        'This offer is a pay cut of {{cut}} on your current pay, below what {{tier}} commands ({{band}})',
      straddles:
        'This offer is a pay cut of {{cut}} on your current pay: its low end is below what {{tier}} commands ({{band}}), so ask for the top of the range',
      within:
        'This offer is a pay cut of {{cut}} on your current pay, within what {{tier}} commands ({{band}})',
      above:
        'This offer is a pay cut of {{cut}} on your current pay, above what {{tier}} commands ({{band}})',
    },
    bandTotal: {
      below:
        'The pay, {{pay}} a year, is below the yearly total the article gives an in-field PhD ({{total}})',
      straddles:
        'The pay ({{pay}} a year) starts below the yearly total the article gives an in-field PhD ({{total}}): ask for the top of the range',
      within:
        'The pay, {{pay}} a year, is within the yearly total the article gives an in-field PhD ({{total}})',
      withinOrAbove:
        'The pay, {{pay}} a year, is within or above the yearly total the article gives an in-field PhD ({{total}})',
      above:
        'The pay, {{pay}} a year, is above the yearly total the article gives an in-field PhD ({{total}})',
    },
    eagerEmployer:
      'The employer is eager and your skills fit the role closely: it is likely to meet your terms',
    demandExceedsSupply:
      'Demand for this talent far exceeds supply: a strong candidate is wanted by several firms at once',
    waitForCommitment:
      'Risk {{score}} is high while you hold a stable role: wait until the team proves itself, as the article’s mover waited half a year',
    strengthRedFlags_one: '{{formatted}} red flag: the company’s strength comes before the pay',
    strengthRedFlags_other: '{{formatted}} red flags: the company’s strength comes before the pay',
    strengthUnanswered:
      '{{formatted}} of the {{total}} checklist items are not answered yes, and the risk is high: the company’s strength comes before the pay',
    payNotJudged: 'The pay could not be judged: enter your current pay',
    negotiateWeakLeverage:
      'The pay is below your band, but your leverage is weak ({{why}}): negotiate, expecting less to move',
    negotiateWeakLeverageStraddles:
      'The pay’s low end is below your band, and your leverage is weak ({{why}}): negotiate toward the top, expecting less to move',
    leverage: {
      notEager: 'the employer is not eager',
      eagerUnknown: 'the employer’s eagerness is not known',
      fitNotClose: 'your skills do not closely fit the role',
    },
    negotiateHighRisk:
      'Risk {{score}} is high, and {{situation}}: ask for terms that offset it (a sign-on bonus, guaranteed months, severance)',
    situation: {
      stable: 'you hold a stable role',
      uncertain: 'your current role is uncertain',
      notEmployed: 'you are not in a job',
      unknown: 'your own situation is not known (no profile is saved, or you would rather not say)',
    },
    downside:
      'Over {{horizon}} months: a {{chance}} chance the role fails and ends after {{failsAfter}} months; then {{search}} months of search without pay, and {{lateral}} months at {{lateralPay}}',
    downsideNoOptions:
      'Over {{horizon}} months: a {{chance}} chance the role fails and ends after {{failsAfter}} months; then {{search}} months of search without pay, and {{lateral}} months at {{lateralPay}}; the options count nothing if it fails',
    lateral: {
      current: 'your current pay',
      offer: 'this offer’s pay (no current pay is entered)',
    },
    downsideRisk: 'At risk {{score}}, what a failed move costs is priced in below',
    severance_one:
      'Severance if the role is cut: {{service}} month’s wages for the time served (the year’s pay ÷ 12; above {{cap}} a month it counts as {{cap}}, {{basis}})',
    severance_other:
      'Severance if the role is cut: {{service}} months’ wages for the time served (the year’s pay ÷ 12; above {{cap}} a month it counts as {{cap}}, {{basis}})',
    severanceCapBasis: {
      city: '{{capExact}} yuan = {{multiple}} × {{average}} yuan, the average monthly wage behind {{city}}’s {{year}} social-insurance base cap',
      'your-cap':
        '{{capExact}} yuan = {{multiple}} × {{average}} yuan, from the social-insurance base cap you set',
      rules:
        '{{capExact}} yuan = {{multiple}} × {{average}} yuan, the average monthly wage you set under Rules',
      placeholder:
        '{{capExact}} yuan = {{multiple}} × {{average}} yuan, a placeholder average wage: Tidemark has no average wage published by this city; set yours under Rules',
    },
    severanceWithNotice_one:
      'Severance if the role is cut: {{service}} month’s wages for the time served (the year’s pay ÷ 12; above {{cap}} a month it counts as {{cap}}, {{basis}}), plus a month’s base pay in lieu of notice (N+1), not capped',
    severanceWithNotice_other:
      'Severance if the role is cut: {{service}} months’ wages for the time served (the year’s pay ÷ 12; above {{cap}} a month it counts as {{cap}}, {{basis}}), plus a month’s base pay in lieu of notice (N+1), not capped',
    options:
      '{{number}} options at a strike of {{strikePrice}}, share price {{price}} ({{currency}}): counted at their paper value less {{discount}} {{from}}',
    optionsDiscount: {
      offer: '(your figure)',
      listed: '(Tidemark’s estimate for a listed company)',
      unlisted: '(Tidemark’s estimate for an unlisted company)',
    },
    socialInsurance:
      'Social insurance and housing fund: {{rate}} of a {{base}} monthly base, {{annual}} a year ({{source}})',
    socialInsuranceSource: {
      setting: '{{city}}’s {{year}} figures, as you chose',
      city: '{{city}}’s {{year}} figures',
      fallback: '{{city}}’s {{year}} figures, as no city matched',
    },
    socialInsuranceOverridden: '{{source}}, with your own changes',
    specialDeductions: 'Special additional deductions: {{amount}} a year',
    annualTax: '{{taxable}} taxable on the annual table, at a top rate of {{rate}}',
    bonus: {
      separate: 'The year-end bonus is taxed on its own, which saves {{saving}}',
      merged: 'The year-end bonus is taxed with the wages, which saves {{saving}}',
      mergedSame: 'The year-end bonus is taxed with the wages (on its own it would cost the same)',
      separateEnded:
        'The year-end bonus is taxed with the wages: taxing it on its own ended after {{year}}',
    },
    extraMonths: 'Months 13 and up ({{amount}}) are paid and taxed as the year-end bonus',
    signOn: 'The sign-on bonus ({{amount}}) is taxed as wages of year one',
    stock: 'This year’s vesting stock ({{stock}}) is taxed on its own: {{tax}}',
    optionsExerciseSeparate:
      'The options’ exercise spread is {{spread}}, counted at {{keep}}: expected tax {{tax}} ({{full}} on the whole spread, taxed on its own with the stock, × {{keep}})',
    optionsExerciseMerged:
      'The options’ exercise spread is {{spread}}, counted at {{keep}}: expected tax {{tax}} ({{full}} on the whole spread, taxed with the wages, × {{keep}})',
  },
}
