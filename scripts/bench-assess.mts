// Times assess() on a large user: 300 skills and 1,000 offers (issue target: under 50 ms).
// Prints its figures; it is not a test and asserts nothing. Run: npm run bench:engine
//
// The domain is measured as it ships: bundled and minified by Vite, as in the app. Running
// the TypeScript sources through tsx instead adds its own export getters and name helpers to
// every call (a third of the time in a profile), which the app never pays.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import fc from 'fast-check'
import { build } from 'vite'
import { offerArbitrary, profileArbitrary, skillArbitrary } from '../tests/helpers/arbitraries'
import { writeSummary } from './bench-summary'

const outDir = mkdtempSync(join(tmpdir(), 'tidemark-bench-'))
await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    outDir,
    minify: process.env['BENCH_MINIFY'] !== '0',
    lib: {
      entry: resolve(import.meta.dirname, '../renderer/domain/bench-entry.ts'),
      formats: ['es'],
      fileName: 'domain',
    },
  },
})
const domain = (await import(
  pathToFileURL(join(outDir, 'domain.mjs')).href
)) as typeof import('../renderer/domain/bench-entry')
rmSync(outDir, { recursive: true, force: true })
const {
  assess,
  assessmentInputSchema,
  DEFAULT_RULESET,
  scoreSkills,
  computeAnnualPay,
  chinaIncomeTax,
  assessTransitionRisk,
  socialInsuranceFor,
} = domain

const SKILLS = 300
const OFFERS = 1_000
const RUNS = 100
const TARGET_MS = 50

// A fixed seed: every run measures the same data.
const sample = <T,>(arbitrary: fc.Arbitrary<T>, count: number, seed: number) =>
  fc.sample(arbitrary, { numRuns: count, seed })
const input = assessmentInputSchema.parse({
  profile: {
    ...sample(profileArbitrary, 1, 1)[0],
    currentPay: { base: { kind: 'text', text: '50k×15' } },
  },
  skills: sample(skillArbitrary, SKILLS, 2).map((skill, index) => ({ ...skill, id: `s${index}` })),
  offers: sample(offerArbitrary, OFFERS, 3).map((offer, index) => ({
    ...offer,
    id: `o${index}`,
    // A third of the offers as text, as users paste them, so parsing is measured too.
    pay:
      index % 3 === 0
        ? {
            base: {
              kind: 'text',
              text: `${30 + (index % 50)}-${60 + (index % 50)}k,${13 + (index % 4)} 薪`,
            },
          }
        : offer.pay,
  })),
})

function time(fn: () => unknown): number[] {
  for (let i = 0; i < 5; i++) fn() // warm-up: let the JIT settle before measuring
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
const whole = time(() => assess(input, DEFAULT_RULESET))
const skillsOnly = time(() => scoreSkills(input.profile, input.skills, DEFAULT_RULESET))
// The stages on their own, in the same run, so their shares can be compared.
const pays = input.offers.map((offer) =>
  computeAnnualPay(offer.pay, input.settings, DEFAULT_RULESET),
)
const payStage = time(() =>
  input.offers.map((offer) => computeAnnualPay(offer.pay, input.settings, DEFAULT_RULESET)),
)
// assess resolves the city's social insurance once per city, not once per tax.
const rates = socialInsuranceFor(
  input.settings.socialInsurance,
  input.profile.city,
  DEFAULT_RULESET,
)
const taxStage = time(() =>
  pays.map((result) =>
    result.ok
      ? chinaIncomeTax(
          {
            wages: result.pay.regularWages.low,
            annualBonus: result.pay.annualBonus.low,
            stock: result.pay.stockAveragePerYear.low,
            monthlyBase: result.pay.monthlyBase?.low ?? null,
          },
          input.settings,
          DEFAULT_RULESET,
          rates,
        )
      : null,
  ),
)
const riskStage = time(() =>
  input.offers.map((offer) =>
    assessTransitionRisk(offer, input.profile, input.settings, DEFAULT_RULESET),
  ),
)
const offersOk = assess(input, DEFAULT_RULESET).offers.filter((offer) => offer.ok).length
const median = (sorted: number[]) => quantile(sorted, 0.5)
writeSummary('engine', { medianMs: median(whole), p95Ms: quantile(whole, 0.95) })

console.log(
  `assess(): ${SKILLS} skills, ${OFFERS} offers (${offersOk} priced), ${RUNS} runs after 5 warm-up, Node ${process.version}`,
)
console.log(
  `  whole assessment  min ${quantile(whole, 0).toFixed(1)} ms  median ${median(whole).toFixed(1)} ms  p95 ${quantile(whole, 0.95).toFixed(1)} ms  max ${quantile(whole, 1).toFixed(1)} ms`,
)
console.log(`  stages alone (medians, same run):`)
console.log(
  `    skill score        ${median(skillsOnly).toFixed(2)} ms (the gaps re-score it up to 12 times)`,
)
console.log(
  `    read pay, ${OFFERS}     ${median(payStage).toFixed(1)} ms (${((median(payStage) / median(whole)) * 100).toFixed(0)}% of the whole)`,
)
console.log(
  `    one tax, ${OFFERS}      ${median(taxStage).toFixed(1)} ms (assess runs up to 4 per offer: ends × year one/typical)`,
)
console.log(`    risk, ${OFFERS}         ${median(riskStage).toFixed(1)} ms`)
console.log(`  target < ${TARGET_MS} ms (median): ${median(whole) < TARGET_MS ? 'met' : 'NOT MET'}`)
