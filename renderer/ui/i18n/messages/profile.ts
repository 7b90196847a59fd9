/** Profile form: education, experience, city, employer, leadership, current pay. */
export const en = {
  title: 'Your profile',
  loading: 'Loading your profile…',
  invitation:
    'Start here: tell Tidemark about your background and your job. Until you save a profile only your skills count, and without your current pay no raise can be priced.',
  notSaved: 'Not saved yet',
  unsavedMark: 'unsaved changes',
  background: 'Background',
  work: 'Your job now',
  education: {
    label: 'Highest degree',
    hint: 'The article weighs a PhD in the field above years of experience.',
    options: {
      none: 'No degree',
      bachelor: 'Bachelor’s',
      master: 'Master’s',
      phd: 'PhD',
    },
  },
  phdInField: {
    label: 'My PhD is in the field',
    hint: 'Its subject matches the work (LLMs, NLP, deep learning): the article’s strongest single signal, “a PhD with one year of experience may earn a million a year” (L25).',
  },
  years: {
    label: 'Years of experience',
    hint: 'Full-time work since graduating. Years alone do not buy the premium (L25).',
  },
  city: {
    label: 'City',
    hint: 'Where you work or would work. Start typing for the hub cities; any spelling works (北京市, “Beijing, China”).',
    placeholder: 'e.g. 北京, Shanghai',
    matchedHub: 'Reads as {{name}}: a hub city (L24), with its own social-insurance figures.',
    matched: 'Reads as {{name}}, with its own social-insurance figures.',
    noMatch:
      'Not one of the hub cities ({{cities}}): no hub-city points. Tidemark has no social-insurance figures for it either, so tax uses {{city}}’s {{year}} figures instead, a base of {{floor}}–{{cap}} yuan a month and a {{fund}}% housing fund. To use your city’s own, set them under Offers › Tax assumptions (below the comparison).',
    noHub: 'Not one of the hub cities ({{cities}}): no hub-city points.',
    presetChosen:
      'Tax uses {{city}}’s {{year}} social-insurance figures, as chosen under Offers › Tax assumptions.',
  },
  employer: {
    label: 'Where you work',
    choose: 'Choose…',
    notChosen:
      'Not chosen yet: choose the closest. Studying, between jobs or working for yourself is “Not employed”.',
    options: {
      'big-tech': 'Big internet company',
      'mid-size': 'Mid-size company',
      startup: 'Startup',
      'research-institute': 'Research institute or lab',
      'other-industry': 'Another industry',
      none: 'Not employed',
    },
    explain: {
      'big-tech': 'A large internet firm such as ByteDance, Alibaba, Tencent or Baidu.',
      'mid-size': 'An established company that is not one of the giants.',
      startup: 'A young company still raising money or finding its market.',
      'research-institute':
        'A research institute or lab, in a company, a university or on its own.',
      'other-industry': 'A company outside internet tech: a carmaker, a bank, a manufacturer…',
      none: 'Studying, between jobs or working for yourself.',
    },
  },
  role: {
    label: 'Your role',
    choose: 'Choose…',
    notChosen:
      'Not chosen yet: choose the closest. Until you do, the assessment counts it as “Something else”.',
    options: {
      algorithm: 'Algorithm engineer',
      engineering: 'Software engineer',
      research: 'Researcher',
      product: 'Product manager',
      other: 'Something else',
    },
    explain: {
      algorithm: 'You build and tune models: search and ranking, NLP, vision, LLM algorithms.',
      engineering: 'You build the systems around models: backend, infrastructure, data platforms.',
      research: 'Research is your job: experiments and papers, as a scientist or in a lab.',
      product: 'You decide what an AI product does and see it through with the engineers.',
      other: 'Any other role: design, operations, sales, consulting…',
    },
  },
  stability: {
    legend: 'How secure is your position?',
    hint: 'People well placed on a stable business line mostly “dare not” move to an unproven LLM team (L36); a risky offer is weighed against this.',
    options: {
      stable: 'Stable',
      uncertain: 'Uncertain',
      'not-employed': 'Not in a job',
      unknown: 'Rather not say',
    },
    explain: {
      stable: 'Well placed and secure: you would rather not risk it on an unproven team.',
      uncertain: 'Your team or company may not last: a reorganisation, layoffs, a project at risk.',
      'not-employed': 'No job to lose right now, so a risky move costs you less.',
      unknown: 'Your situation is left out: a risky offer is weighed without it.',
    },
  },
  leadership: {
    legend: 'What have you led?',
    hint: 'Lead roles ask for these (L5, L12): one counts, two or more count more.',
    businessLine: 'A business line',
    businessLineHint: 'You answered for the results of a product or business line.',
    team: 'A team',
    teamHint: 'You managed people: hiring, reviews, planning their work.',
    openSource: 'An open-source project',
    openSourceHint: 'You lead or maintain a project other people use.',
  },
  pay: {
    legend: 'Current pay',
    hint: 'What you earn now: the raise a move can command is measured from it.',
    paste: 'Paste your pay as a recruiter would write it',
    pasteHint:
      'Tidemark reads it and fills in the fields below; check them and correct anything it got wrong.',
    pastePlaceholder: '30-40k × 14, year-end bonus 2 months',
    read: 'Read: {{reading}}.',
    putBack:
      'This line could not be read, so your pay is back as it was before you pasted the last line.',
    readMonthly: '{{monthly}} a month × {{months}} months',
    readAnnual: '{{annual}} a year',
    readCurrency: 'in {{currency}}',
    readBonusAmount: 'a year-end bonus of {{amount}}',
    readBonusMonths: 'a year-end bonus of {{months}} months’ base',
    readBonusPercent: 'a year-end bonus of {{percent}} of the yearly base, {{months}} months’ base',
    readStock: 'stock of {{perYear}} a year',
    readStockGrant_one: 'stock of {{perYear}} a year ({{total}} over {{count}} year)',
    readStockGrant_other: 'stock of {{perYear}} a year ({{total}} over {{count}} years)',
    note: {
      'months-assumed-12': 'No number of months given: 12 assumed.',
      'period-inferred-annual':
        'Neither “month” nor “year” given: read as a yearly figure, as it is large.',
      'period-inferred-monthly':
        'Neither “month” nor “year” given: read as a monthly figure, as it is small.',
      'stock-per-year':
        'Stock is counted at its value a year, a grant spread evenly over its years. If yours vests otherwise, enter the grant and its schedule under Stock.',
      'bonus-month-of-annual':
        'A month of the bonus is taken as the yearly figure ÷ 12. If a month is your monthly base instead, enter the pay as monthly × months.',
      /** A bonus of 13 months or more, read but questioned (read 30 #8). */
      'bonus-months-many':
        'A bonus of 13 months or more is rare: check it. If the line gives the months paid a year (13 薪, 14 months), enter them as the months, with no bonus.',
    },
    /**
     * The offer form's words (faddd90): the figure leaves stock out, and stock still to be
     * negotiated ("股票另谈", "RSU 待定") counts only once entered under Stock (trial 19).
     */
    cashOnly:
      'The figure is cash, stock apart: only stock entered under Stock is counted. Stock still to be negotiated (另谈, 待定) is not counted until you enter it there.',
    stockInside: {
      stated:
        'The line says this figure includes stock: it is counted as it is, with nothing added for stock. Do not enter the stock again under Stock.',
      possible:
        'A total package (年包, 总包, total comp) often includes stock: the figure is counted as it is. If part of it is stock, enter the pay without it and the stock under Stock.',
    },
    optionsMentioned: 'Options are mentioned; they are not counted in your current pay.',
    signOnNotCounted:
      'A sign-on of {{amount}} is mentioned; it is not counted in your current pay, which is what the job pays every year.',
    problem: {
      empty: 'Nothing to read yet: paste or type your pay.',
      'no-amount': 'No amount found in “{{fragment}}”.',
      'several-amounts': 'More than one figure (“{{fragment}}”): paste one pay at a time.',
      unreadable: 'Could not read “{{fragment}}”: rewrite that part, or fill in the fields below.',
      'stock-inside-unknown':
        '“{{fragment}}”: the figure includes stock, and the line does not say how much of it is stock. Tidemark counts cash and stock apart: say how much is stock a year (“年包 100 万（含 20 万股票）”), or enter the cash pay below and the stock under Stock.',
      'months-on-annual':
        '“{{fragment}}” gives months, but the figure is yearly: keep one of the two.',
      'bad-months': '“{{fragment}}”: months must be from 1 to 24, in halves.',
      'months-range':
        '“{{fragment}}” gives a range of months: enter the one count you are paid (13, 14…).',
      'options-without-base': 'Only options found: paste the base pay too.',
      'stock-years-missing':
        '“{{fragment}}” does not say over how many years the stock vests: add it (“RSU 200k over 4 years”), or enter the grant and its vesting under Stock.',
      'stock-bad-years':
        '“{{fragment}}”: the vesting years must be a whole number from 1 to 10. Or enter the grant and its vesting under Stock.',
      'stock-cliff':
        '“{{fragment}}” is a cliff: it changes when the stock first vests, which Tidemark does not guess from a line. Enter the grant and its vesting under Stock, and paste the pay without the stock.',
      'stock-uneven':
        '“{{fragment}}”: Tidemark reads stock from a line only as a grant vesting evenly over the years it gives, and this is not one. Enter the grant and its schedule (10/20/30/40…) under Stock, and paste the pay without the stock.',
      'stock-currency':
        '“{{fragment}}”: the stock is in another currency than the base pay. Enter it under Stock, and paste the pay without the stock.',
      'stock-without-base': 'Only stock found (“{{fragment}}”): paste the base pay too.',
      'bonus-without-base':
        'Only a bonus or one-off payment found (“{{fragment}}”), no base pay: paste the base pay too.',
      'period-conflict':
        'The figure gives its own period, and a pay word says the other (“{{fragment}}”): keep one of the two.',
      'after-tax':
        '“{{fragment}}”: this figure is after tax. Tidemark works out the after-tax pay from the pre-tax one: paste the pay before tax (税前).',
      'sign-on-twice':
        'Two different sign-on bonuses (“{{fragment}}”): your current pay does not need one; paste the line without them.',
      'sign-on-spread':
        '“{{fragment}}”: a sign-on paid over several years. Your current pay does not need it: paste the line without it.',
      'sign-on-currency':
        '“{{fragment}}”: the sign-on is in another currency than the base pay. Your current pay does not need it: paste the line without it.',
      'two-currencies':
        '“{{fragment}}”: the pay names two currencies. Paste the line with only the one your pay is in.',
    },
    kind: {
      label: 'Stated as',
      none: 'No current pay',
      monthly: 'Monthly pay × months',
      annual: 'A yearly total',
      text: 'As written, not read',
    },
    monthlyLow: 'Monthly base',
    monthlyHigh: 'up to',
    annualLow: 'Yearly total',
    annualHigh: 'up to',
    rangeHint: 'In {{currency}}. Fill in “up to” only for a range.',
    upTo: 'up to',
    reads: 'That is {{amount}}.',
    months: 'Months a year',
    monthsHint: '“15 薪” is 15: months past 12 are paid as a year-end bonus.',
    bonus: 'Year-end bonus',
    bonusHigh: 'Bonus up to',
    bonusHint:
      'The year-end bonus is in months of base, on top of those (“up to” for a range, 2 – 4); leave it empty if none.',
    currency: 'Currency',
    taxedInChina: 'Taxed in mainland China',
    taxedInChinaHint:
      'Untick for pay taxed elsewhere (a job in Hong Kong or abroad): then no after-tax figure is computed for it.',
    currencies: {
      CNY: 'Yuan (CNY)',
      USD: 'US dollar (USD)',
      HKD: 'Hong Kong dollar (HKD)',
      EUR: 'Euro (EUR)',
      GBP: 'Pound (GBP)',
      SGD: 'Singapore dollar (SGD)',
      JPY: 'Yen (JPY)',
    },
    counted: 'Counted: {{cash}} a year in cash',
    countedBonus: ', {{bonus}} of it as year-end bonus',
    countedStock: ', and {{stock}} a year in stock',
    convertedAt: ' (at {{rate}} yuan per {{currency}})',
    convertedAtWrong:
      ' (at {{rate}} yuan per {{currency}}, a rate that looks wrong: 1 {{currency}} is about {{typical}} yuan)',
    bonusAmount: 'Year-end bonus: {{amount}}, on top of the base pay.',
    bonusAmountRemove: 'Give it in months instead',
    keptExtras: 'A sign-on bonus or options stored with this pay are kept as they were.',
    stock: {
      label: 'Stock (RSUs)',
    },
    storedText:
      'Stored as written, and Tidemark cannot read it: “{{text}}”. Paste it again corrected, or choose how it is stated and fill in the fields.',
    noRate:
      'No exchange rate for {{currency}} yet: your current pay is not counted until you set one.',
    rateLabel: 'Yuan for 1 {{currency}}',
    saveRate: 'Save rate',
    rateSaved: 'Rate saved: 1 {{currency}} = {{rate}} yuan.',
    rateFailed: 'The rate was not saved: {{detail}}',
    /** A rate stored before the size check, or imported, that the check refuses (review R-1). */
    rateStoredWrong:
      'The rate saved looks wrong, and your current pay is converted with it. {{why}} Then choose “{{save}}”.',
  },
  save: 'Save profile',
  saveShortcut: 'Ctrl+Enter / ⌘+Enter',
  discard: 'Discard changes',
  saved: 'Saved.',
  saveFailed: 'Not saved; what was stored is unchanged. Details: {{detail}}',
  invalid: 'Not saved: correct the fields marked in red.',
  pasteUnread:
    'Not saved: the pasted pay could not be read. Rewrite it, or clear it and fill in the pay fields.',
  draftNote: 'Not saved yet: the assessment already shows what you typed.',
  kept: 'Your unsaved changes from before are still here: save them, or discard them.',
  keptSavedElsewhere:
    'Your unsaved changes from before are still here, but your profile was saved elsewhere since (another window, an import). Saving puts what you see here over it; discard to see what is saved.',
  overwriteAsked:
    'Your profile was saved elsewhere after your changes began. Save again to put yours over it, or discard your changes.',
  summary: {
    years_one: '{{count}} year',
    years_other: '{{count}} years',
    phdInField: 'PhD in the field',
    noCity: 'no city',
    leads: 'led: {{what}}',
    noPay: 'no current pay',
    taxedAbroad: 'taxed outside mainland China',
    noEmployer: 'employer not chosen',
    noRole: 'role not chosen',
    bonusMonths_one: '{{formatted}} month’s bonus',
    bonusMonths_other: '{{formatted}} months’ bonus',
    bonusMonthsRange: '{{low}}–{{high}} months’ bonus',
    bonusAmount: '{{amount}} bonus',
    stock: 'stock {{stock}}',
    stockInTotal: 'stock',
    options: 'options',
    total: '{{pay}} = {{total}}',
    totalInYuan: '{{pay}} = {{total}} in yuan',
  },
  errors: {
    number: 'Enter a number.',
    amountRequired: 'Enter an amount.',
    schedule:
      'Enter the percent vesting each year, separated by “/” and adding up to 100 (25/25/25/25).',
    years: 'Enter years from 0 to 60.',
    amount: 'Enter an amount of 0 or more, with at most 2 decimals.',
    range: 'This must not be more than “up to”.',
    months: 'Enter 1 to 24 months, in halves (13.5 is fine).',
    bonus: 'Enter 0 to 24 months.',
    bonusRange: 'This must not be fewer than the bonus months before it.',
    city: 'Use at most 60 characters.',
    employer: 'Choose where you work now.',
    role: 'Choose your role.',
    rate: 'Enter a rate above 0 and up to 10,000.',
    rateScale:
      '1 {{currency}} is about {{typical}} yuan; {{rate}} is far from that (a bank’s rate for 100 {{currency}}?). Enter the yuan that 1 {{currency}} buys.',
    // Far from the size, but not a bank's rate for 100 (too small, or 1,000 times): read 30.
    rateScaleFar:
      '1 {{currency}} is about {{typical}} yuan; {{rate}} is far from that. Enter the yuan that 1 {{currency}} buys.',
  },
}
