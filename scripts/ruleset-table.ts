import type { Assumption, Citation, Ruleset, TaxBracket } from '../renderer/domain'

const bracketRow = (bracket: TaxBracket) => [
  bracket.upToYuan?.toLocaleString('en') ?? 'above',
  `${bracket.ratePercent}%`,
  bracket.quickDeductionYuan.toLocaleString('en'),
]

/** Where a rule comes from, in one cell: the article's lines and quote, or the law's name. */
const cite = (citation: Citation) =>
  citation.source === 'article'
    ? `L${citation.lines.join(', L')} 「${citation.quote}」`
    : citation.reference

/** The mark after a number the source does not give. */
const mark = (assumption: Assumption | undefined) => (assumption ? ' *' : '')

const signedPercent = (fraction: number) =>
  `${fraction >= 0 ? '+' : ''}${Math.round(fraction * 100)}%`

/** "hot 5, normal 0, cautious -5": a table of points by key, in one cell. */
const pointsByKey = (points: Record<string, number>) =>
  Object.entries(points)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ')

/**
 * The ruleset as readable Markdown tables: every rule, its numbers, where it comes from, and
 * which numbers are assumptions (marked *). scripts/print-ruleset.ts prints it; docs/ruleset.md
 * is its output, kept current by a test. It lives outside the domain: Markdown is a way of
 * showing the rules, not a rule.
 */
export function rulesetAsMarkdown(ruleset: Ruleset): string {
  const lines: string[] = []
  const table = (header: string[], rows: (string | number)[][]) => {
    lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`)
    for (const row of rows)
      lines.push(`| ${row.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`)
    lines.push('')
  }

  lines.push(`# Tidemark ruleset, version ${ruleset.version}`, '')
  lines.push(
    `Source: \`${ruleset.source.article}\` (Traditional script). Numbers marked * are assumptions: the article does not give them, and the user can change them.`,
    '',
  )

  lines.push('## Skill domains', '')
  table(
    [
      'id',
      '中文',
      'English',
      'class',
      `points at level 4${mark(ruleset.scoring.assumption)}`,
      'source',
    ],
    ruleset.skillDomains.map((domain) => [
      domain.id,
      domain.nameZhHans,
      domain.nameEn,
      domain.premiumClass,
      ruleset.scoring.classMaxPoints[domain.premiumClass],
      cite(domain.citation),
    ]),
  )
  lines.push(
    `Level factors 0-4${mark(ruleset.scoring.assumption)}: ${ruleset.scoring.levelFactors.join(' · ')}. Depth weights (best domain first)${mark(ruleset.scoring.assumption)}: ${ruleset.scoring.depthWeights.join(' · ')}.`,
    `Evidence cap: a level above ${ruleset.evidenceCap.maxLevelWithoutEvidence} with no evidence counts as ${ruleset.evidenceCap.maxLevelWithoutEvidence} (${cite(ruleset.evidenceCap.citation)}).`,
    '',
  )

  const modifiers = ruleset.modifiers
  lines.push('## Modifiers', '')
  table(
    ['id', 'rule', 'points', 'source'],
    [
      [
        modifiers.breadth.id,
        `${modifiers.breadth.domains.join(', ')} at level ≥${modifiers.breadth.minLevel}`,
        `by count ${modifiers.breadth.pointsByCount.join(' / ')}${mark(modifiers.breadth.assumption)}`,
        cite(modifiers.breadth.citation),
      ],
      [
        modifiers.phdInField.id,
        'PhD whose field matches',
        `${modifiers.phdInField.points}${mark(modifiers.phdInField.assumption)}`,
        cite(modifiers.phdInField.citation),
      ],
      [
        modifiers.yearsNotEnough.id,
        `${modifiers.yearsNotEnough.minYears}+ years below premium: said, not scored`,
        0,
        cite(modifiers.yearsNotEnough.citation),
      ],
      [
        modifiers.leadership.id,
        'business line, team, open source',
        `${modifiers.leadership.pointsForOne} / ${modifiers.leadership.pointsForTwoOrMore}${mark(modifiers.leadership.assumption)}`,
        cite(modifiers.leadership.citation),
      ],
      [
        modifiers.hubCity.id,
        modifiers.hubCity.cities.map((city) => city.names[0]).join(', '),
        `${modifiers.hubCity.points}${mark(modifiers.hubCity.assumption)}`,
        cite(modifiers.hubCity.citation),
      ],
      [
        modifiers.inFieldTransition.id,
        `big-tech algorithm + business-line lead + ${modifiers.inFieldTransition.domains.join('/')} ≥${modifiers.inFieldTransition.minLevel}`,
        `${modifiers.inFieldTransition.points}${mark(modifiers.inFieldTransition.assumption)}`,
        cite(modifiers.inFieldTransition.citation),
      ],
    ],
  )

  lines.push('## Tiers and what a move pays', '')
  table(
    ['tier', '中文', 'min score', 'raise band', 'total a year (yuan)', 'source'],
    ruleset.tiers.map((tier) => [
      tier.id,
      tier.nameZhHans,
      `${tier.minScore}${tier.requiresExpertSClass ? ' + an evidenced level-4 S skill' : ''}${tier.requiresAlgorithmBase ? ' + an S/A skill at 2+' : ''}${mark(tier.assumption)}`,
      `${signedPercent(tier.raiseBand.low)} to ${signedPercent(tier.raiseBand.high)}`,
      tier.totalBandYuan
        ? `${tier.totalBandYuan.low.toLocaleString('en')}-${tier.totalBandYuan.high.toLocaleString('en')}`
        : '',
      cite(tier.citation),
    ]),
  )

  const risk = ruleset.risk
  lines.push(
    '## Transition risk',
    '',
    `Low below ${risk.levels.mediumFrom}, medium from ${risk.levels.mediumFrom}, high from ${risk.levels.highFrom}${mark(risk.levels.assumption)}.`,
    '',
  )
  table(
    ['employer and team', 'points', 'source'],
    risk.baselines.map((baseline) => [
      baseline.nameEn,
      `${baseline.points}${mark(baseline.assumption)}`,
      cite(baseline.citation),
    ]),
  )
  table(
    ['L35 checklist item', 'no', 'unknown', 'source'],
    risk.checklist.map((item) => [
      `${item.id} (${item.nameZhHans})`,
      `${item.noPoints}${mark(item.assumption)}`,
      item.unknownPoints,
      cite(item.citation),
    ]),
  )
  table(
    ['L50 red flag', 'points', 'source'],
    risk.redFlags.map((flag) => [
      `${flag.id} (${flag.nameZhHans})`,
      `${flag.points}${mark(flag.assumption)}`,
      cite(flag.citation),
    ]),
  )
  table(
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
  )

  const downside = ruleset.downside
  lines.push(
    '## Downside of a failed move',
    '',
    `Over ${downside.horizonMonths} months; failure chance ${Math.round(downside.failureChanceAtZero * 100)}% at risk 0 to ${Math.round(downside.failureChanceAtMax * 100)}% at risk 100; a failing role ends after ${downside.failsAfterMonths} months, then ${downside.searchMonths} months of search, then lateral pay${mark(downside.assumption)} (${cite(downside.citation)}).`,
    `Severance: N${downside.severance.extraMonthInLieuOfNotice ? '+1' : ''}, pay capped at ${downside.severance.capMultiple}× a local average of ${downside.severance.localAverageMonthlyWageYuan.toLocaleString('en')} a month${mark(downside.severance.assumption)}, at most ${downside.severance.capYears} years (${cite(downside.severance.citation)}).`,
    '',
  )

  const recommendation = ruleset.recommendation
  lines.push('## Recommendations', '')
  table(
    ['recommendation', 'when', 'source'],
    [
      [
        'decline',
        `${recommendation.declineAtRedFlags}+ red flags, or risk high with ${recommendation.declineAtUnansweredItems}+ checklist items not "yes"${mark(recommendation.assumption)}`,
        cite(recommendation.strengthBeforePay.citation),
      ],
      [
        'wait-and-watch',
        'risk high and the user holds a stable role',
        cite(recommendation.waitForCommitment.citation),
      ],
      [
        'negotiate',
        `pay below the tier's band (leverage: eager employer, ${Math.round(recommendation.fitShare * 100)}% of the role's domains at level ${recommendation.fitLevel}+${mark(recommendation.assumption)}); or risk high without a stable role`,
        `${cite(recommendation.eagerEmployer.citation)}; ${cite(recommendation.demandExceedsSupply.citation)}`,
      ],
      [
        'accept',
        'risk low or medium and pay within or above the band',
        cite(ruleset.tiers[1]?.citation ?? recommendation.eagerEmployer.citation),
      ],
    ],
  )

  const tax = ruleset.tax
  lines.push(
    '## China individual income tax',
    '',
    `Basic deduction ${tax.annual.basicDeductionYuan.toLocaleString('en')} a year (${cite(tax.annual.citation)}).`,
    '',
  )
  table(['annual taxable up to', 'rate', 'quick deduction'], tax.annual.brackets.map(bracketRow))
  lines.push(
    `Year-end bonus taxed alone through ${tax.bonusSeparate.validThroughYear} (${cite(tax.bonusSeparate.citation)}): bonus ÷ 12 on the monthly table.`,
    '',
  )
  table(
    ['bonus ÷ 12 up to', 'rate', 'quick deduction'],
    tax.bonusSeparate.monthlyBrackets.map(bracketRow),
  )
  lines.push(
    `Stock taxed alone on the annual table through ${tax.stockSeparate.validThroughYear}${mark(tax.stockSeparate.assumption)} (${cite(tax.stockSeparate.citation)}).`,
    '',
  )

  const reference = ruleset.jobSearchReference
  lines.push(
    '## Job-search reference',
    '',
    `${reference.companiesContacted} companies, ${reference.interviewsPerWeek}+ interviews a week, ${reference.offers} offers in about ${reference.weeks} weeks${mark(reference.assumption)} (${cite(reference.citation)}).`,
    '',
  )
  return `${lines.join('\n').trimEnd()}\n`
}
