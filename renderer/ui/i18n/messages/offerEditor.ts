/** Entering an offer: paste, pay form, employer, checklist questions and red flags. */
export const en = {
  title: 'Offer',
  newTitle: 'A new offer',
  editTitle: 'Offer from {{company}}',
  /**
   * Says how the draft is kept and how to discard it: Cancel forgets it (3050dff). Ctrl+Enter is
   * named here, above the first field, not only beside Save at the foot (trial 20 #10).
   */
  intro:
    'Fill in what the offer says. The verdict follows as you type; the offer is saved when you press Save, or Ctrl+Enter / ⌘+Enter in any field. Until then what you type is kept as a draft on this machine, also when you go to another screen; Cancel discards it.',
  /**
   * A saved offer's form: Save stores the changes and Cancel drops them, not the offer (trial 19:
   * the new offer's words, "saved when you press Save", stood over an offer saved long before).
   */
  introSaved:
    'Change what the offer says. The verdict follows as you type; your changes are saved when you press Save, or Ctrl+Enter / ⌘+Enter in any field. Until then they are kept as a draft on this machine, also when you go to another screen; Cancel discards the changes and leaves the saved offer as it was.',
  loading: 'Loading the offer…',
  notFound: 'There is no offer at this address: it may have been deleted.',
  backToOffers: 'Back to the offers',
  groups: {
    /** First, with the pay's paste line right after it (trial 20 #10). */
    offer: 'Company and role',
    employer: 'About the employer and the job',
    pay: 'Pay',
    checklist: 'Before you join: five questions (L35)',
    redFlags: 'Ways to ruin a large-model company (L50)',
    decision: 'Deadline and notes',
  },
  company: { label: 'Company', placeholder: 'e.g. 月之暗面, ByteDance Seed' },
  role: { label: 'Role', placeholder: 'e.g. LLM inference engineer' },
  employerKind: {
    label: 'Employer and team',
    options: {
      'big-tech-established-line': 'A big company’s established business',
      'research-institute': 'A research institute or lab',
      'big-tech-new-llm-team': 'A big company’s new LLM team',
      'other-industry-new-llm-team': 'A new LLM team in another industry',
      startup: 'A startup',
    },
    explain: {
      'big-tech-established-line':
        'A team on a business that already earns (search, ads, cloud): the stable job people weigh a move against.',
      'research-institute':
        'A research institute or lab, in a company, a university or on its own: serious about the field, slower to ship.',
      'big-tech-new-llm-team':
        'A large internet firm’s newly formed large-model team: a strong parent, but the business is new and unproven.',
      'other-industry-new-llm-team':
        'A carmaker, bank or manufacturer starting its own large-model team: unfamiliar ground, prospects unclear.',
      startup:
        'A young company building on large models: many flare up and fade, so who backs it matters.',
    },
    baseline: 'Risk starts at {{points}} points for this kind of team.',
  },
  funding: {
    label: 'Who backs the startup',
    options: {
      'strong-backers': 'Strong backers',
      funded: 'Funded',
      unfunded: 'No funding yet',
      unknown: 'Don’t know',
    },
    explain: {
      'strong-backers':
        'A big-name lead investor or a tech giant in the latest round (Alibaba Cloud leading 01.AI’s, L42).',
      funded: 'It has raised a round, from investors without a special standing.',
      unfunded: 'No outside money yet: it lives on its founders’ funds or its first revenue.',
      unknown: 'You have not found out yet: counted as a little risky.',
    },
    points: '{{points}} risk points.',
  },
  city: {
    label: 'City',
    placeholder: 'e.g. 北京, Shanghai',
    hint: 'Where the job is. Leave it empty when it is your profile’s city.',
    matched: 'Reads as {{name}}: tax uses its social-insurance figures.',
    noMatch:
      'Tidemark has no social-insurance figures for this city (it has {{cities}}): the after-tax pay uses {{city}}’s {{year}} figures instead, a base of {{floor}}–{{cap}} yuan a month and a {{fund}}% housing fund.',
    setOwn:
      'To use your city’s own, set its base and housing-fund rate under Offers › Tax assumptions (below the comparison).',
    /** Said whenever the city is not one Tidemark knows: it may be abroad (review 28 P6). */
    untickAbroad:
      'If the job is taxed outside mainland China, untick “Taxed in mainland China” below.',
    presetChosen:
      'Tax uses {{city}}’s {{year}} social-insurance figures for every job, as chosen under Offers › Tax assumptions.',
    withOwnFigures:
      ' The figures you set yourself under Offers › Tax assumptions apply to every offer, in place of these.',
    notTaxed: 'Not taxed in mainland China: no city’s tax figures are used for this offer.',
    /** The box was unticked for a city outside mainland China (trial 23 L5). */
    untickedOutsideMainland:
      'Outside mainland China: “Taxed in mainland China” below is unticked, so no city’s tax figures are used. Tick it if the pay is taxed in the mainland.',
  },
  taxedInChina: {
    label: 'Taxed in mainland China',
    hint: 'Untick for pay taxed elsewhere (a Hong Kong or overseas employer): then no after-tax figure is computed.',
  },
  eager: {
    legend: 'Is the employer eager to hire you?',
    hint: 'An eager employer meets the candidate’s terms (L15): it is room to negotiate.',
  },
  answers: { yes: 'Yes', no: 'No', unknown: 'Don’t know yet' },
  /** A folded group's line: what its inputs hold while it is closed (trial 20 #10). */
  fold: {
    answers: 'Your answers: {{state}}',
    answerCount: { yes: '{{count}} yes', no: '{{count}} no', unknown: '{{count}} not known yet' },
    ticked: 'Ticked: {{state}}',
    none: 'none yet',
    separator: ', ',
    /** Between ticked names: not ", ", which some names hold ("LLM (pre)training, distributed training"). */
    tickedSeparator: '; ',
  },
  roleDomains: {
    legend: 'Skills the role needs',
    hint: 'Tick what the job description asks for: the verdict weighs how well your skills fit.',
  },
  checklist: {
    hint: 'Candidates ask these before joining a large-model team. “No” adds {{no}} risk points, “don’t know yet” {{unknown}}.',
    notAsked:
      'Not asked for an established business line: these questions weigh a new LLM business, not an established line.',
  },
  redFlags: {
    hint: 'Tick what you have seen or heard of at this employer. Each adds {{points}} risk points; at {{decline}} or more the verdict is to decline.',
  },
  pay: {
    paste: 'Paste the pay as the recruiter wrote it',
    pastePlaceholder: '30-40k × 14, RSU 200k over 4 years',
    pasteHint:
      'Tidemark reads it into the fields below: check them, and correct what it got wrong. The line itself is not stored.',
    read: 'Read: {{reading}}.',
    readMonthly: '{{monthly}} a month × {{months}} months',
    readAnnual: '{{annual}} a year',
    readCurrency: 'in {{currency}}',
    readBonusAmount: 'a year-end bonus of {{amount}}',
    readSignOn: 'a sign-on of {{amount}}',
    readBonusMonths: 'a year-end bonus of {{months}} months’ base',
    /** A bonus written as a share of the base ("年终奖 20%"), held as the months it comes to. */
    readBonusPercent: 'a year-end bonus of {{percent}} of the yearly base, {{months}} months’ base',
    readOptions: '{{count}} options',
    readOptionsNoCount: 'options, count not given',
    readStrike: 'a strike of {{price}} {{currency}} a share',
    readStock: 'stock of {{perYear}} a year',
    readStockGrant_one: 'stock of {{perYear}} a year ({{total}} over {{count}} year)',
    readStockGrant_other: 'stock of {{perYear}} a year ({{total}} over {{count}} years)',
    notRead: 'Not read: {{fragments}}. Enter that part in the fields below.',
    afterTaxAside_one:
      '{{fragments}} is pay after tax, so it is left out: Tidemark works from the pre-tax pay and computes what you take home.',
    afterTaxAside_other:
      '{{fragments}} are pay after tax, so they are left out: Tidemark works from the pre-tax pay and computes what you take home.',
    decimalComma:
      '“{{fragment}}”: write the decimal with a point, “{{point}}”. A comma is read only between thousands, as in 12,500.',
    /** A currency the app does not hold (unreadable, why 'currency': "澳刀", "CAD"). */
    currencyUnsupported:
      '“{{fragment}}”: Tidemark does not hold this currency, and does not read the figure in another. Convert the pay to one it holds (yuan, US, Hong Kong or Singapore dollars, euros, pounds, yen), or choose one below and fill in the fields.',
    /** A sign-on the line says is inside the figure (several-amounts, why 'sign-on-inside'). */
    signOnInside:
      '“{{fragment}}”: the sign-on is said to be part of this figure, and Tidemark does not guess the pay without it. Paste the pay without the sign-on (what is paid every year), and enter the sign-on under Sign-on bonus.',
    /** A month's pay × months with a total that is not their product (several-amounts, why 'total-disagrees'). */
    totalDisagrees:
      '“{{fragment}}”: the month’s pay times the months and the total the line gives do not agree. Paste the line with the one the offer pays, or fill in the fields below.',
    /** A bonus as a share that cannot be placed (several-amounts, why 'bonus-percent'). */
    bonusPercent:
      '“{{fragment}}”: Tidemark reads a bonus in percent as a share of the yearly base, 12 months of it or the yearly figure. This one is of another figure, beside more months than 12, or more than 24 months’ worth: enter the bonus under Year-end bonus, in months of base or as an amount.',
    putBack:
      'This line could not be read, so the pay fields are back as they were before you pasted the last line.',
    stockWord:
      '“{{fragment}}” is stock: enter the grant and its vesting, or its value a year, under Stock.',
    note: {
      'months-assumed-12': 'No number of months given: 12 assumed.',
      'period-inferred-annual':
        'Neither “month” nor “year” given: read as a yearly figure, as it is large.',
      'period-inferred-monthly':
        'Neither “month” nor “year” given: read as a monthly figure, as it is small.',
      'stock-per-year':
        'Stock is counted at its value a year, a grant spread evenly over its years. If it vests otherwise, enter the grant and its schedule under Stock.',
      'bonus-month-of-annual':
        'A month of the bonus is taken as the yearly figure ÷ 12: {{annual}} ÷ 12 = {{month}}. If a month is the monthly base instead, enter the pay as monthly × months.',
      /** A bonus of 13 months or more, read but questioned (read 30 #8). */
      'bonus-months-many':
        'A bonus of 13 months or more is rare: check it. If the line gives the months paid a year (13 薪, 14 months), enter them as the months, with no bonus.',
    },
    bonusBesideMonths:
      'Counted as {{months}} months + a bonus of {{bonus}} months = {{total}} months of base a year. If the bonus is part of the {{months}} months, set “Year-end bonus on top” to “None stated”.',
    /**
     * The figure leaves stock out: "(现金)", "不含股票", "股票另算", and "股票另谈"/"RSU 待定", stock
     * still to be negotiated, which is not counted until the user enters it (review 23's doubt).
     */
    cashOnly:
      'The figure is cash, stock apart: only stock entered under Stock is counted. Stock still to be negotiated (另谈, 待定) is not counted until you enter it there.',
    stockInside: {
      stated:
        'The line says this figure includes stock: it is counted as it is, with nothing added for stock. Do not enter the stock again under Stock.',
      possible:
        'A total package (年包, 总包, total comp) often includes stock: the figure is counted as it is. If part of it is stock, enter the pay without it and the stock under Stock.',
    },
    optionsAsk: 'Options: fill in {{fields}} below, or they are not counted.',
    asks: {
      count: 'the number',
      'strike-price': 'the strike price',
      'share-price': 'the price per share',
      vesting: 'the vesting',
    },
    problem: {
      empty: 'Nothing to read yet.',
      'no-amount': 'No amount found in “{{fragment}}”.',
      'several-amounts':
        'More than one figure (“{{fragment}}”): paste the base pay with at most one year-end bonus, and enter sign-on or stock in their fields.',
      unreadable: 'Could not read “{{fragment}}”: rewrite that part, or fill in the fields below.',
      'months-on-annual':
        '“{{fragment}}” gives months, but the figure is yearly: keep one of the two.',
      'bad-months': '“{{fragment}}”: months must be from 1 to 24, in halves.',
      'months-range':
        '“{{fragment}}” gives a range of months: enter the one count the offer pays (13, 14…).',
      'options-without-base': 'Only options found: paste the base pay too.',
      'stock-years-missing':
        '“{{fragment}}” does not say over how many years the stock vests: add it (“RSU 200k over 4 years”), or enter the grant and its vesting under Stock.',
      'stock-bad-years':
        '“{{fragment}}”: the vesting years must be a whole number from 1 to 10. Or enter the grant and its vesting under Stock.',
      'stock-cliff':
        '“{{fragment}}” is a cliff: it changes when the stock first vests, which Tidemark does not guess from a line. Enter the grant and its vesting under Stock, and paste the line without the stock.',
      'stock-uneven':
        '“{{fragment}}”: Tidemark reads stock from a line only as a grant vesting evenly over the years it gives, and this is not one. Enter the grant and its schedule (10/20/30/40…) under Stock, and paste the line without the stock.',
      'stock-currency':
        '“{{fragment}}”: the stock is in another currency than the base pay. Enter it under Stock, and paste the line without the stock.',
      'stock-without-base': 'Only stock found (“{{fragment}}”): paste the base pay too.',
      'bonus-without-base':
        'Only a bonus or one-off payment found (“{{fragment}}”), no base pay: paste the base pay too, and enter a sign-on in its own field.',
      'period-conflict':
        'The figure gives its own period, and a pay word says the other (“{{fragment}}”): keep one of the two.',
      'after-tax':
        '“{{fragment}}”: this figure is after tax. Tidemark works out the after-tax pay from the pre-tax one: paste the pay before tax (税前).',
      'sign-on-twice':
        'Two different sign-on bonuses (“{{fragment}}”): paste the line with the one the offer pays, or enter it under Sign-on bonus.',
      'sign-on-spread':
        '“{{fragment}}”: a sign-on paid over several years. Tidemark counts a sign-on in year one and does not guess how it is split: paste the line without it, and enter the part paid in the first year under Sign-on bonus.',
      'sign-on-currency':
        '“{{fragment}}”: the sign-on is in another currency than the base pay. Paste the line without it, and enter it under Sign-on bonus in the pay’s currency.',
      'two-currencies':
        '“{{fragment}}”: the pay names two currencies. Tidemark reads a figure in one: keep the currency the pay is in, or choose it below and fill in the fields.',
      'stock-inside-unknown':
        '“{{fragment}}”: the figure includes stock, and the line does not say how much of it is stock. Tidemark counts cash and stock apart: say how much is stock a year (“年包 100 万（含 20 万股票）”), or enter the cash pay below and the stock under Stock.',
    },
    baseKind: {
      label: 'Base pay stated as',
      monthly: 'Monthly pay × months',
      annual: 'A yearly total',
      text: 'As written, not read',
    },
    storedText:
      'Stored as written, and Tidemark cannot read it: “{{text}}”. Paste it again corrected, or choose how it is stated and fill in the fields.',
    monthlyLow: 'Monthly base',
    annualLow: 'Yearly base',
    upTo: 'up to',
    months: 'Months a year (薪)',
    rangeHint: 'In {{currency}}: a figure, or a range with “up to”.',
    monthsHint: '“16 薪” is 16: months past 12 are paid as a year-end bonus.',
    reads: 'That is {{amount}}.',
    currency: 'Currency',
    currencies: {
      CNY: 'Yuan (CNY)',
      USD: 'US dollar (USD)',
      HKD: 'Hong Kong dollar (HKD)',
      EUR: 'Euro (EUR)',
      GBP: 'Pound (GBP)',
      SGD: 'Singapore dollar (SGD)',
      JPY: 'Yen (JPY)',
    },
    bonus: {
      label: 'Year-end bonus on top',
      hint: 'Only a bonus the offer states besides the months above.',
      none: 'None stated',
      months: 'In months of base',
      amount: 'As an amount',
      monthsLabel: 'Months of base',
      monthsReads: 'That is {{months}} months of base a year.',
      amountLow: 'Bonus',
    },
    signOn: {
      low: 'Sign-on bonus',
      hint: 'Paid once, in year one. Leave empty if none.',
    },
    stock: {
      label: 'Stock',
    },
    options: {
      label: 'Stock options (期权)',
      hint: 'The right to buy shares at the strike price once they vest: worth something only if the company is sold or listed above it.',
      count: 'Number of options',
      strike: 'Strike price a share',
      priceLow: 'Price a share now',
      priceHint: 'The latest round’s price, or your estimate; a range is fine.',
      currency: 'Currency of the prices',
      sameAsPay: 'Same as the pay ({{currency}})',
      listed: 'The company is listed',
      listedHint:
        'A listed company’s shares can be sold at the market price; an unlisted one’s may never be.',
      cliff: 'Cliff, months',
      cliffHint: 'Nothing vests before it; then what would have vested vests at once.',
      discount: 'Discount to expected value, %',
      /** Names the default as a default (trial 19: "按潮位的 70%" read as "70% of the tide level"). */
      discountHint:
        'Empty: the default discount, {{unlisted}}% for an unlisted company, {{listed}}% for a listed one.',
    },
    noRate:
      'No exchange rate for {{currency}} yet: what this offer pays in {{currency}} is not counted until you set one.',
    rateLabel: 'Yuan for 1 {{currency}}',
    saveRate: 'Save rate',
    rateSaved: 'Rate saved: 1 {{currency}} = {{rate}} yuan.',
    rateFailed: 'The rate was not saved: {{detail}}',
    /** A rate stored before the size check, or imported, that the check refuses (review R-1). */
    rateStoredWrong:
      'The rate saved looks wrong, and every pay in {{currency}} is converted with it. {{why}} Then choose “{{save}}”.',
    counted: {
      cash: 'Counted: {{cash}} in cash',
      bonus: ', {{bonus}} of it as year-end bonus',
      yearOne: 'Year one in all: {{total}}',
      typical: 'a typical year: {{total}}',
      converted: 'Converted at {{rate}} yuan per {{currency}}.',
      convertedWrong:
        'Converted at {{rate}} yuan per {{currency}}, a rate that looks wrong: 1 {{currency}} is about {{typical}} yuan.',
      pending: 'Fill in the company and the pay: what Tidemark counts appears here.',
      invalid:
        'Some fields are missing or wrong: what Tidemark counts appears here again once they are right.',
      showProblems: 'Show them',
      noRate: 'Not counted: no exchange rate for {{currency}}.',
      unreadable: 'Not counted: the pay as written cannot be read.',
      optionsUncounted: {
        unpriced: 'Options not priced yet: not counted.',
        'no-exchange-rate': 'Options not counted: no exchange rate for {{currency}}.',
      },
    },
  },
  deadline: { label: 'Answer by', hint: 'The date the employer wants your answer.' },
  notes: {
    label: 'Notes',
    hint: 'Anything else: who you spoke to, what they promised, what to ask next.',
  },
  save: 'Save offer',
  saveShortcut: 'Ctrl+Enter / ⌘+Enter',
  cancel: 'Cancel',
  delete: 'Delete offer',
  confirmDelete: 'Delete the offer from {{company}}? Its journal entries stay, unlinked.',
  confirmDeleteYes: 'Delete',
  confirmDeleteNo: 'Keep it',
  /** After a delete: Undo puts the offer back as it was, with its journal links. */
  undo: {
    button: 'Undo',
    named: 'Undo deleting the offer from {{company}}',
    deleted: 'Deleted the offer from {{company}}.',
    restored: 'Restored the offer from {{company}}.',
    failed: 'Could not restore the offer from {{company}}: {{detail}}',
    open: 'Open it',
  },
  saved: 'Saved.',
  deleteFailed: 'Not deleted: {{detail}}',
  saveFailed: 'Not saved; what was stored is unchanged. Details: {{detail}}',
  invalid: 'Not saved: correct the fields marked in red.',
  draftNote: 'Not saved yet: the verdict already shows what you typed.',
  pasteUnread:
    'Not saved: the pasted pay line could not be read. Rewrite it, or clear it and fill in the pay fields.',
  kept: 'Your unsaved changes from before are still here: save them, or discard them.',
  keptSavedElsewhere:
    'Your unsaved changes from before are still here, but this offer was saved elsewhere since (another window). Saving puts what you see here over it; discard to see what is saved.',
  overwriteAsked:
    'This offer was saved elsewhere after your changes began. Save again to put yours over it, or discard your changes.',
  discardKept: 'Discard changes',
  errors: {
    company: 'Enter the company’s name.',
    tooLong: 'Use at most {{max}} characters.',
    amountRequired: 'Enter an amount.',
    amount: 'Enter an amount of 0 or more, with at most 2 decimals.',
    range: 'This must not be more than “up to”.',
    months: 'Enter 1 to 24 months, in halves (13.5 is fine).',
    bonusMonths: 'Enter 0 to 24 months.',
    bonusMonthsRange: 'This must not be fewer than the months before it.',
    schedule:
      'Enter the percent vesting each year, separated by “/” and adding up to 100 (25/25/25/25).',
    count: 'Enter a whole number of options, above 0.',
    price: 'Enter a price of 0 or more, with at most 4 decimals.',
    cliff: 'Enter whole months, from 0 to 60.',
    discount: 'Enter a percent from 0 to 100.',
    date: 'Enter a date.',
    dateRange:
      'Choose a date from {{first}} to {{last}} (an offer is answered within weeks; a year outside that is likely a typo).',
    text: 'Tidemark cannot read this pay: choose how it is stated and fill in the fields.',
    rate: 'Enter a rate above 0 and up to 10,000.',
    rateScale:
      '1 {{currency}} is about {{typical}} yuan; {{rate}} is far from that (a bank’s rate for 100 {{currency}}?). Enter the yuan that 1 {{currency}} buys.',
    // Far from the size, but not a bank's rate for 100 (too small, or 1,000 times): read 30.
    rateScaleFar:
      '1 {{currency}} is about {{typical}} yuan; {{rate}} is far from that. Enter the yuan that 1 {{currency}} buys.',
  },
}
