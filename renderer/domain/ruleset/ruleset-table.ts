import type { Assumption, Citation } from './citation'
import type { Ruleset, TaxBracket } from './ruleset-schema'

/**
 * The ruleset as readable Markdown tables: every rule, its numbers, where it comes from, and
 * which numbers are assumptions (marked *). scripts/print-ruleset.ts prints it; docs/ruleset.md
 * is its output, kept current by a test.
 */
const bracketRow = (b: TaxBracket) => [
  b.upToYuan?.toLocaleString('en') ?? 'above',
  `${b.ratePercent}%`,
  b.quickDeductionYuan.toLocaleString('en'),
]

export function rulesetAsMarkdown(ruleset: Ruleset): string {
  const out: string[] = []
  const cite = (citation: Citation) =>
    citation.source === 'article'
      ? `L${citation.lines.join(', L')} 「${citation.quote}」`
      : citation.reference
  const mark = (assumption: Assumption | undefined) => (assumption ? ' *' : '')
  const table = (header: string[], rows: (string | number)[][]) => {
    out.push(`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`)
    for (const row of rows)
      out.push(`| ${row.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`)
    out.push('')
  }
  const percent = (value: number) => `${value >= 0 ? '+' : ''}${Math.round(value * 100)}%`

  out.push(`# Tidemark ruleset, version ${ruleset.version}`, '')
  out.push(
    `Source: \`${ruleset.source.article}\` (Traditional script). Numbers marked * are assumptions: the article does not give them, and the user can change them.`,
    '',
  )

  out.push('## Skill domains', '')
  table(
    [
      'id',
      '中文',
      'English',
      'class',
      `points at level 4${mark(ruleset.scoring.assumption)}`,
      'source',
    ],
    ruleset.skillDomains.map((d) => [
      d.id,
      d.nameZhHans,
      d.nameEn,
      d.premiumClass,
      ruleset.scoring.classMaxPoints[d.premiumClass],
      cite(d.citation),
    ]),
  )
  out.push(
    `Level factors 0-4${mark(ruleset.scoring.assumption)}: ${ruleset.scoring.levelFactors.join(' · ')}. Depth weights (best domain first)${mark(ruleset.scoring.assumption)}: ${ruleset.scoring.depthWeights.join(' · ')}.`,
    `Evidence cap: a level above ${ruleset.evidenceCap.maxLevelWithoutEvidence} with no evidence counts as ${ruleset.evidenceCap.maxLevelWithoutEvidence} (${cite(ruleset.evidenceCap.citation)}).`,
    '',
  )

  const m = ruleset.modifiers
  out.push('## Modifiers', '')
  table(
    ['id', 'rule', 'points', 'source'],
    [
      [
        m.breadth.id,
        `${m.breadth.domains.join(', ')} at level ≥${m.breadth.minLevel}`,
        `by count ${m.breadth.pointsByCount.join(' / ')}${mark(m.breadth.assumption)}`,
        cite(m.breadth.citation),
      ],
      [
        m.phdInField.id,
        'PhD whose field matches',
        `${m.phdInField.points}${mark(m.phdInField.assumption)}`,
        cite(m.phdInField.citation),
      ],
      [
        m.yearsNotEnough.id,
        `${m.yearsNotEnough.minYears}+ years below premium: said, not scored`,
        0,
        cite(m.yearsNotEnough.citation),
      ],
      [
        m.leadership.id,
        'business line, team, open source',
        `${m.leadership.pointsForOne} / ${m.leadership.pointsForTwoOrMore}${mark(m.leadership.assumption)}`,
        cite(m.leadership.citation),
      ],
      [
        m.hubCity.id,
        m.hubCity.cities.map((c) => c.names[0]).join(', '),
        `${m.hubCity.points}${mark(m.hubCity.assumption)}`,
        cite(m.hubCity.citation),
      ],
      [
        m.inFieldTransition.id,
        `big-tech algorithm + business-line lead + ${m.inFieldTransition.domains.join('/')} ≥${m.inFieldTransition.minLevel}`,
        `${m.inFieldTransition.points}${mark(m.inFieldTransition.assumption)}`,
        cite(m.inFieldTransition.citation),
      ],
    ],
  )

  out.push('## Tiers and what a move pays', '')
  table(
    ['tier', '中文', 'min score', 'raise band', 'total a year (yuan)', 'source'],
    ruleset.tiers.map((t) => [
      t.id,
      t.nameZhHans,
      `${t.minScore}${t.requiresExpertSClass ? ' + an evidenced level-4 S skill' : ''}${t.requiresAlgorithmBase ? ' + an S/A skill at 2+' : ''}${mark(t.assumption)}`,
      `${percent(t.raiseBand.low)} to ${percent(t.raiseBand.high)}`,
      t.totalBandYuan
        ? `${t.totalBandYuan.low.toLocaleString('en')}-${t.totalBandYuan.high.toLocaleString('en')}`
        : '',
      cite(t.citation),
    ]),
  )

  const r = ruleset.risk
  out.push(
    '## Transition risk',
    '',
    `Low below ${r.levels.mediumFrom}, medium from ${r.levels.mediumFrom}, high from ${r.levels.highFrom}${mark(r.levels.assumption)}.`,
    '',
  )
  table(
    ['employer and team', 'points', 'source'],
    r.baselines.map((b) => [b.nameEn, `${b.points}${mark(b.assumption)}`, cite(b.citation)]),
  )
  table(
    ['L35 checklist item', 'no', 'unknown', 'source'],
    r.checklist.map((c) => [
      `${c.id} (${c.nameZhHans})`,
      `${c.noPoints}${mark(c.assumption)}`,
      c.unknownPoints,
      cite(c.citation),
    ]),
  )
  table(
    ['L50 red flag', 'points', 'source'],
    r.redFlags.map((f) => [
      `${f.id} (${f.nameZhHans})`,
      `${f.points}${mark(f.assumption)}`,
      cite(f.citation),
    ]),
  )
  table(
    ['other', 'points', 'source'],
    [
      [
        'startup funding',
        `${Object.entries(r.funding.points)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}${mark(r.funding.assumption)}`,
        cite(r.funding.citation),
      ],
      [
        'leaving a stable role',
        `${r.exposure.points}${mark(r.exposure.assumption)}`,
        cite(r.exposure.citation),
      ],
      [
        'market mood',
        `${Object.entries(r.marketMood.points)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}${mark(r.marketMood.assumption)}`,
        cite(r.marketMood.citation),
      ],
    ],
  )

  const d = ruleset.downside
  out.push(
    '## Downside of a failed move',
    '',
    `Over ${d.horizonMonths} months; failure chance ${Math.round(d.failureChanceAtZero * 100)}% at risk 0 to ${Math.round(d.failureChanceAtMax * 100)}% at risk 100; a failing role ends after ${d.failsAfterMonths} months, then ${d.searchMonths} months of search, then lateral pay${mark(d.assumption)} (${cite(d.citation)}).`,
    `Severance: N${d.severance.extraMonthInLieuOfNotice ? '+1' : ''}, pay capped at ${d.severance.capMultiple}× a local average of ${d.severance.localAverageMonthlyWageYuan.toLocaleString('en')} a month${mark(d.severance.assumption)}, at most ${d.severance.capYears} years (${cite(d.severance.citation)}).`,
    '',
  )

  const c = ruleset.recommendation
  out.push('## Recommendations', '')
  table(
    ['recommendation', 'when', 'source'],
    [
      [
        'decline',
        `${c.declineAtRedFlags}+ red flags, or risk high with ${c.declineAtUnansweredItems}+ checklist items not "yes"${mark(c.assumption)}`,
        cite(c.strengthBeforePay.citation),
      ],
      [
        'wait-and-watch',
        'risk high and the user holds a stable role',
        cite(c.waitForCommitment.citation),
      ],
      [
        'negotiate',
        `pay below the tier's band (leverage: eager employer, ${Math.round(c.fitShare * 100)}% of the role's domains at level ${c.fitLevel}+${mark(c.assumption)}); or risk high without a stable role`,
        `${cite(c.eagerEmployer.citation)}; ${cite(c.demandExceedsSupply.citation)}`,
      ],
      [
        'accept',
        'risk low or medium and pay within or above the band',
        cite(ruleset.tiers[1]?.citation ?? c.eagerEmployer.citation),
      ],
    ],
  )

  const t = ruleset.tax
  out.push(
    '## China individual income tax',
    '',
    `Basic deduction ${t.annual.basicDeductionYuan.toLocaleString('en')} a year (${cite(t.annual.citation)}).`,
    '',
  )
  table(['annual taxable up to', 'rate', 'quick deduction'], t.annual.brackets.map(bracketRow))
  out.push(
    `Year-end bonus taxed alone through ${t.bonusSeparate.validThroughYear} (${cite(t.bonusSeparate.citation)}): bonus ÷ 12 on the monthly table.`,
    '',
  )
  table(
    ['bonus ÷ 12 up to', 'rate', 'quick deduction'],
    t.bonusSeparate.monthlyBrackets.map(bracketRow),
  )
  out.push(
    `Stock taxed alone on the annual table through ${t.stockSeparate.validThroughYear}${mark(t.stockSeparate.assumption)} (${cite(t.stockSeparate.citation)}).`,
    '',
  )

  const j = ruleset.jobSearchReference
  out.push(
    '## Job-search reference',
    '',
    `${j.companiesContacted} companies, ${j.interviewsPerWeek}+ interviews a week, ${j.offers} offers in about ${j.weeks} weeks${mark(j.assumption)} (${cite(j.citation)}).`,
    '',
  )
  return `${out.join('\n').trimEnd()}\n`
}
