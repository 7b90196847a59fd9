import type { Assumption, Citation, Ruleset, TaxBracket } from '../renderer/domain'

/**
 * The ruleset as readable Markdown tables: every rule, its numbers, where it comes from, and
 * which numbers are assumptions (marked *). scripts/print-ruleset.ts prints it; docs/ruleset.md
 * is its output, kept current by a test. It lives outside the domain: Markdown is a way of
 * showing the rules, not a rule.
 */
export function rulesetAsMarkdown(ruleset: Ruleset): string {
  const lines = [
    `# Tidemark ruleset, version ${ruleset.version}`,
    '',
    `Source: \`${ruleset.source.article}\` (Traditional script). Numbers marked * are assumptions: the article does not give them, and the user can change them.`,
    '',
    ...skillDomainsSection(ruleset),
    ...modifiersSection(ruleset),
    ...tiersSection(ruleset.tiers),
    ...riskSection(ruleset.risk),
    ...optionsSection(ruleset),
    ...downsideSection(ruleset.downside),
    ...recommendationsSection(ruleset),
    ...citiesSection(ruleset.cities),
    ...taxSection(ruleset.tax),
    ...jobSearchSection(ruleset.jobSearchReference),
    ...marketPaySection(ruleset.marketPay),
    ...assumptionsSection(ruleset),
  ]
  return `${lines.join('\n').trimEnd()}\n`
}

/** A Markdown table and the blank line after it; a `|` inside a cell is escaped. */
function table(header: string[], rows: (string | number)[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map(
      (row) => `| ${row.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`,
    ),
    '',
  ]
}

/** Where a rule comes from, in one cell: the article's lines and quote, or the law's name. */
const cite = (citation: Citation) =>
  citation.source === 'article'
    ? `L${citation.lines.join(', L')} 「${citation.quote}」`
    : citation.reference

/** The mark after a number the source does not give. */
const mark = (assumption: Assumption | undefined) => (assumption ? ' *' : '')

const signedPercent = (fraction: number) =>
  `${fraction >= 0 ? '+' : ''}${Math.round(fraction * 100)}%`

/** "hot -5, normal 0, cautious 5": points by key, in one cell. */
const pointsByKey = (points: Record<string, number>) =>
  Object.entries(points)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ')

const bracketRow = (bracket: TaxBracket) => [
  bracket.upToYuan?.toLocaleString('en') ?? 'above',
  `${bracket.ratePercent}%`,
  bracket.quickDeductionYuan.toLocaleString('en'),
]

function skillDomainsSection(ruleset: Ruleset): string[] {
  const { scoring, evidenceCap } = ruleset
  return [
    '## Skill domains',
    '',
    ...table(
      ['id', '中文', 'English', 'class', `points at level 4${mark(scoring.assumption)}`, 'source'],
      ruleset.skillDomains.map((domain) => [
        domain.id,
        domain.nameZhHans,
        domain.nameEn,
        domain.premiumClass,
        scoring.classMaxPoints[domain.premiumClass],
        cite(domain.citation),
      ]),
    ),
    `Level factors 0-4${mark(scoring.assumption)}: ${scoring.levelFactors.join(' · ')}. Depth weights (best domain first)${mark(scoring.assumption)}: ${scoring.depthWeights.join(' · ')}.`,
    `Evidence cap: a level above ${evidenceCap.maxLevelWithoutEvidence} with no evidence counts as ${evidenceCap.maxLevelWithoutEvidence} (${cite(evidenceCap.citation)}).`,
    '',
  ]
}

function modifiersSection(ruleset: Ruleset): string[] {
  const { breadth, phdInField, yearsNotEnough, leadership, hubCity, inFieldTransition } =
    ruleset.modifiers
  const cityName = (id: string) => ruleset.cities.find((city) => city.id === id)?.nameZhHans ?? id
  return [
    '## Modifiers',
    '',
    ...table(
      ['id', 'rule', 'points', 'source'],
      [
        [
          breadth.id,
          `${breadth.domains.join(', ')} at level ≥${breadth.minLevel}`,
          `by count ${breadth.pointsByCount.join(' / ')}${mark(breadth.assumption)}`,
          cite(breadth.citation),
        ],
        [
          phdInField.id,
          'PhD whose field matches',
          `${phdInField.points}${mark(phdInField.assumption)}`,
          cite(phdInField.citation),
        ],
        [
          yearsNotEnough.id,
          `${yearsNotEnough.minYears}+ years below premium: said, not scored`,
          0,
          cite(yearsNotEnough.citation),
        ],
        [
          leadership.id,
          'business line, team, open source',
          `${leadership.pointsForOne} / ${leadership.pointsForTwoOrMore}${mark(leadership.assumption)}`,
          cite(leadership.citation),
        ],
        [
          hubCity.id,
          hubCity.cityIds.map(cityName).join(', '),
          `${hubCity.points}${mark(hubCity.assumption)}`,
          cite(hubCity.citation),
        ],
        [
          inFieldTransition.id,
          `big-tech algorithm + business-line lead + ${inFieldTransition.domains.join('/')} ≥${inFieldTransition.minLevel}`,
          `${inFieldTransition.points}${mark(inFieldTransition.assumption)}`,
          cite(inFieldTransition.citation),
        ],
      ],
    ),
  ]
}

function tiersSection(tiers: Ruleset['tiers']): string[] {
  return [
    '## Tiers and what a move pays',
    '',
    ...table(
      ['tier', '中文', 'min score', 'raise band', 'total a year (yuan)', 'source'],
      tiers.map((tier) => [
        tier.id,
        tier.nameZhHans,
        `${tier.minScore}${tier.requiresExpertSClass ? ' + an evidenced level-4 S skill' : ''}${tier.requiresAlgorithmBase ? ' + an S/A skill at 2+' : ''}${mark(tier.gateAssumption ?? tier.assumption)}`,
        `${signedPercent(tier.raiseBand.low)} to ${signedPercent(tier.raiseBand.high)}${mark(tier.assumption)}`,
        tier.totalBandYuan
          ? `${tier.totalBandYuan.low.toLocaleString('en')}-${tier.totalBandYuan.high.toLocaleString('en')}`
          : '',
        cite(tier.citation),
      ]),
    ),
  ]
}

function riskSection(risk: Ruleset['risk']): string[] {
  return [
    '## Transition risk',
    '',
    `Low below ${risk.levels.mediumFrom}, medium from ${risk.levels.mediumFrom}, high from ${risk.levels.highFrom}${mark(risk.levels.assumption)}.`,
    '',
    ...table(
      ['employer and team', 'points', 'source'],
      risk.baselines.map((baseline) => [
        baseline.nameEn,
        `${baseline.points}${mark(baseline.assumption)}`,
        cite(baseline.citation),
      ]),
    ),
    ...table(
      ['L35 checklist item', 'no', 'unknown', 'source'],
      risk.checklist.map((item) => [
        `${item.id} (${item.nameZhHans})`,
        `${item.noPoints}${mark(item.assumption)}`,
        `${item.unknownPoints}${mark(item.assumption)}`,
        cite(item.citation),
      ]),
    ),
    ...table(
      ['L50 red flag', 'points', 'source'],
      risk.redFlags.map((flag) => [
        `${flag.id} (${flag.nameZhHans})`,
        `${flag.points}${mark(flag.assumption)}`,
        cite(flag.citation),
      ]),
    ),
    ...table(
      ['other', 'points', 'source'],
      [
        [
          'startup funding',
          `${pointsByKey(risk.funding.points)}${mark(risk.funding.assumption)}`,
          cite(risk.funding.citation),
        ],
        [
          'leaving a stable role',
          `${risk.exposure.points}${mark(risk.exposure.assumption)}`,
          cite(risk.exposure.citation),
        ],
        [
          'market mood',
          `${pointsByKey(risk.marketMood.points)}${mark(risk.marketMood.assumption)}`,
          cite(risk.marketMood.citation),
        ],
      ],
    ),
  ]
}

function optionsSection(ruleset: Ruleset): string[] {
  const { options } = ruleset
  const exercise = ruleset.tax.optionsExercise
  return [
    '## Stock options',
    '',
    `Valued from 0 to the paper value, (share price − strike) × options vested (a cliff holds back vesting until it passes), and counted in the totals at the expected value: paper value less ${options.discountPercent.listed}% for a listed company, ${options.discountPercent.unlisted}% for an unlisted one${mark(options.assumption)} (${cite(options.citation)}). The offer may set its own discount.`,
    `The exercise spread is taxed with the year's stock as equity income, alone on the annual table through ${ruleset.tax.stockSeparate.validThroughYear}${mark(exercise.assumption)} (${cite(exercise.citation)}).`,
    '',
  ]
}

function downsideSection(downside: Ruleset['downside']): string[] {
  const { severance } = downside
  return [
    '## Downside of a failed move',
    '',
    `Over ${downside.horizonMonths} months; failure chance ${Math.round(downside.failureChanceAtZero * 100)}% at risk 0 to ${Math.round(downside.failureChanceAtMax * 100)}% at risk 100; a failing role ends after ${downside.failsAfterMonths} months, then ${downside.searchMonths} months of search, then lateral pay${mark(downside.assumption)} (${cite(downside.citation)}).`,
    `Severance: N${severance.extraMonthInLieuOfNotice ? '+1' : ''}, pay capped at ${severance.capMultiple}× the local average monthly wage, at most ${severance.capYears} years (${cite(severance.citation)}). The average, first that applies: a figure the user sets under Rules; the social-insurance base cap the user set ÷ ${severance.cityAverage.baseCapMultiple}; the base cap of the job's city ÷ ${severance.cityAverage.baseCapMultiple} where it has a preset (the social-insurance table below)${mark(severance.cityAverage.assumption)} (${cite(severance.cityAverage.citation)}); else ${severance.localAverageMonthlyWageYuan.toLocaleString('en')} a month, a placeholder${mark(severance.assumption)}.`,
    '',
  ]
}

function recommendationsSection(ruleset: Ruleset): string[] {
  const rules = ruleset.recommendation
  const citeAll = (cited: { citation: Citation }[]) => cited.map((rule) => cite(rule.citation))
  return [
    '## Recommendations',
    '',
    'In this order; the first that applies wins. Rows marked * go beyond §6 of the spec: they are Tidemark’s choices.',
    '',
    "The pay against the tier's band: its raise over the current pay against the tier's raise band and, for an in-field PhD in premium or core, its yearly total against premium's ≈1M+; the worse of the two counts (L17, L25: an in-field PhD one year out may be paid 1M; for anyone else L25 warns that 7-8 years may not reach it; core's 3-5M is what is possible, L26, for no one in particular, so it judges no one). Without a current pay, premium's total alone for an in-field PhD; for anyone else the pay is not judged. A range straddles the band when its low end is below and its top reaches in, and is negotiated toward its top; only the offer's own range straddles, its low end set against the current pay's low end. The expected yearly total a move can reach is the current pay × the raise band, each end lifted, for an in-field PhD in premium or core, to premium's yearly total where it falls short; without a current pay, that total for them and none for anyone else.",
    '',
    ...table(
      ['recommendation', 'when', 'source'],
      [
        [
          'decline',
          `${rules.declineAtRedFlags}+ of the L50 red flags${mark(rules.assumption)}`,
          [...citeAll(ruleset.risk.redFlags), cite(rules.strengthBeforePay.citation)].join('; '),
        ],
        [
          'decline',
          `risk high with ${rules.declineAtUnansweredItems}+ checklist items not “yes”${mark(rules.assumption)}`,
          cite(rules.strengthBeforePay.citation),
        ],
        [
          'wait-and-watch',
          'risk high and the user holds a stable role',
          cite(rules.waitForCommitment.citation),
        ],
        [
          'negotiate',
          `pay below the tier's band, the employer eager and the fit close (${Math.round(rules.fitShare * 100)}% of the role's domains at level ${rules.fitLevel}+${mark(rules.assumption)})`,
          `${cite(rules.eagerEmployer.citation)}; ${cite(rules.demandExceedsSupply.citation)}`,
        ],
        [
          `negotiate (${rules.negotiateWeakLeverage.id})${mark(rules.negotiateWeakLeverage.assumption)}`,
          "pay below the tier's band without an eager employer or a close fit: weak leverage",
          cite(rules.negotiateWeakLeverage.citation),
        ],
        [
          `negotiate (${rules.negotiateHighRisk.id})${mark(rules.negotiateHighRisk.assumption)}`,
          'risk high and no stable role to keep: weak leverage',
          cite(rules.negotiateHighRisk.citation),
        ],
        [
          'accept',
          "risk low or medium and pay within or above the band of the user's tier",
          ruleset.tiers.map((tier) => `${tier.id}: ${cite(tier.citation)}`).join('; '),
        ],
        [
          `accept, ${rules.payNotJudged.id}${mark(rules.payNotJudged.assumption)}`,
          'risk low or medium, no current pay and no yearly total for the tier: says so',
          cite(rules.payNotJudged.citation),
        ],
      ],
    ),
  ]
}

function taxSection(tax: Ruleset['tax']): string[] {
  return [
    '## China individual income tax',
    '',
    `Basic deduction ${tax.annual.basicDeductionYuan.toLocaleString('en')} a year (${cite(tax.annual.citation)}).`,
    '',
    ...table(
      ['annual taxable up to', 'rate', 'quick deduction'],
      tax.annual.brackets.map(bracketRow),
    ),
    `Year-end bonus taxed alone through ${tax.bonusSeparate.validThroughYear} (${cite(tax.bonusSeparate.citation)}): bonus ÷ 12 on the monthly table.`,
    '',
    ...table(
      ['bonus ÷ 12 up to', 'rate', 'quick deduction'],
      tax.bonusSeparate.monthlyBrackets.map(bracketRow),
    ),
    `Stock taxed alone on the annual table through ${tax.stockSeparate.validThroughYear}${mark(tax.stockSeparate.assumption)} (${cite(tax.stockSeparate.citation)}).`,
    '',
    ...socialInsuranceLines(tax.socialInsurance),
    ...specialDeductionLines(tax.specialDeductions),
    `Months 13 and up of “N 薪” taxed as the year-end bonus${mark(tax.extraMonthsAsBonus.assumption)} (${cite(tax.extraMonthsAsBonus.citation)}). A sign-on taxed as wages of year one${mark(tax.signOnAsWages.assumption)} (${cite(tax.signOnAsWages.citation)}).`,
    '',
  ]
}

function citiesSection(cities: Ruleset['cities']): string[] {
  return [
    '## Cities',
    '',
    'Matched however they are written: case, spaces, 市 / “city”, a country (“beijing, China”) and a district after a Chinese name (北京市海淀区) do not matter; a text naming two cities matches none.',
    '',
    ...table(
      ['id', '中文', 'English', 'also written'],
      cities.map((city) => [city.id, city.nameZhHans, city.nameEn, city.aliases.join(', ')]),
    ),
  ]
}

function socialInsuranceLines(rule: Ruleset['tax']['socialInsurance']): string[] {
  return [
    `Employee social insurance and housing fund by city: the offer's city, else the profile's; the user may set any figure instead${mark(rule.assumption)} (${cite(rule.citation)}). No match: ${rule.fallbackCityId}'s figures${mark(rule.fallbackAssumption)}.`,
    '',
    ...table(
      [
        'city',
        'year',
        'from',
        'base floor-cap a month',
        'pension',
        'medical',
        'unemployment',
        'housing fund (default)',
        'source',
      ],
      rule.presets.map((preset) => [
        preset.cityId,
        `${preset.year}${mark(preset.assumption)}`,
        preset.validFrom ?? '',
        `${preset.baseFloorMonthlyYuan.toLocaleString('en')}-${preset.baseCapMonthlyYuan.toLocaleString('en')}${mark(preset.assumption)}`,
        `${preset.pensionPercent}%`,
        `${preset.medicalPercent}%`,
        `${preset.unemploymentPercent}%`,
        `${preset.housingFund.minPercent}-${preset.housingFund.maxPercent}% (${preset.housingFund.defaultPercent}%${mark(rule.assumption)})`,
        cite(preset.source),
      ]),
    ),
  ]
}

function specialDeductionLines(amounts: Ruleset['tax']['specialDeductions']): string[] {
  const yuan = (value: number) => value.toLocaleString('en')
  return [
    `Special additional deductions (${cite(amounts.citation)}), yuan:`,
    '',
    ...table(
      ['deduction', 'amount'],
      [
        ['children in education, each', `${yuan(amounts.childMonthlyYuan)} a month`],
        ['infant care (under 3), each', `${yuan(amounts.infantMonthlyYuan)} a month`],
        [
          'elderly parents',
          `${yuan(amounts.elderlyParentsMonthlyYuan)} a month (only child); a sibling's share at most ${yuan(amounts.elderlyParentsSharedMaxMonthlyYuan)}`,
        ],
        [
          'continuing education',
          `${yuan(amounts.continuingEducationDegreeMonthlyYuan)} a month (degree), ${yuan(amounts.continuingEducationCertificateYearlyYuan)} in the certificate year`,
        ],
        ['first-home mortgage interest', `${yuan(amounts.mortgageMonthlyYuan)} a month`],
        [
          'rent (not with mortgage interest)',
          `${Object.values(amounts.rentMonthlyYuan).map(yuan).join(' / ')} a month by city tier`,
        ],
        [
          'serious illness',
          `costs borne above ${yuan(amounts.seriousIllnessThresholdYuan)}, at most ${yuan(amounts.seriousIllnessMaxYearlyYuan)} a year`,
        ],
      ],
    ),
  ]
}

function jobSearchSection(reference: Ruleset['jobSearchReference']): string[] {
  return [
    '## Job-search reference',
    '',
    `${reference.companiesContacted} companies, ${reference.interviewsPerWeek}+ interviews a week, ${reference.offers} offers in about ${reference.weeks} weeks${mark(reference.assumption)} (${cite(reference.citation)}).`,
    '',
  ]
}

function marketPaySection(figures: Ruleset['marketPay']): string[] {
  const yuan = (amount: number) => amount.toLocaleString('en')
  return [
    '## Market pay the article reports',
    '',
    "Yuan a year, drawn beside the user's pay and offers in the market chart; not a scoring rule.",
    '',
    ...table(
      ['id', 'yuan a year', 'counts', 'source'],
      figures.map((figure) => [
        figure.id,
        `${figure.yuan.low === figure.yuan.high ? yuan(figure.yuan.low) : `${yuan(figure.yuan.low)}–${yuan(figure.yuan.high)}`}${mark(figure.assumption)}`,
        figure.basis,
        cite(figure.citation),
      ]),
    ),
  ]
}

/** Every assumption in the ruleset, where it sits and why, so none is marked without its reason. */
function assumptionsSection(ruleset: Ruleset): string[] {
  const found: string[] = []
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const key = keyOf(item)
        walk(item, `${path}.${key ?? index}`)
      })
      return
    }
    if (typeof value !== 'object' || value === null) return
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (isAssumption(child))
        found.push(
          `- \`${path.slice(1)}${key === 'assumption' ? '' : `.${key}`}\`: ${child.noteEn}`,
        )
      else walk(child, `${path}.${key}`)
    }
  }
  walk(ruleset, '')
  return ['## Assumptions, with their reasons', '', ...found, '']
}

function keyOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined
  const record = item as Record<string, unknown>
  const key = record['id'] ?? record['employerKind'] ?? record['cityId']
  return typeof key === 'string' ? key : undefined
}

function isAssumption(value: unknown): value is Assumption {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)['noteEn'] === 'string'
  )
}
