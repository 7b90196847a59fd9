#!/usr/bin/env node
/**
 * Electron's static security checks (@doyensec/electronegativity), as a gate. The scanner
 * always exits 0 and, offline, prints network errors (it asks GitHub for Electron's releases
 * and its own translations): this script reads its CSV report instead, and fails (exit 1) on
 * any finding of MEDIUM or HIGH severity that security/electronegativity-suppressions.json
 * does not answer with a reviewed reason. Every finding is printed with its disposition.
 *
 *   npm run security:scan     # after a build: it also scans the built out/renderer/index.html
 *   node scripts/security-scan.mjs --suppressions <file.json>   # another suppression file
 *
 * What is scanned: main/, preload/, renderer/ and out/renderer/index.html (the built page,
 * whose <meta> CSP the scanner evaluates), copied into a temporary folder under the same
 * relative paths, so the report names files as the repository does. The Electron version is
 * package.json's (`-e`), not the scanner's guess.
 *
 * A suppression names the check, the file (as the report names it) and the reason; an unused
 * one is reported (not fatal: a file may move) so the list is kept short and true.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCES = ['main', 'preload', 'renderer']
const BUILT_PAGE = 'out/renderer/index.html'
const SUPPRESSIONS = 'security/electronegativity-suppressions.json'
const FAILING = new Set(['MEDIUM', 'HIGH'])
/** A reason shorter than this is a label ("false positive"), not an argument a reviewer can check. */
const MIN_REASON_LENGTH = 80
const SCAN_TIMEOUT_MS = 180_000

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index += 1
      } else if (char === '"') {
        quoted = false
      } else {
        field += char
      }
    } else if (char === '"') {
      quoted = true
    } else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1
      row.push(field)
      if (row.some((value) => value !== '')) rows.push(row)
      row = []
      field = ''
    } else {
      field += char
    }
  }
  row.push(field)
  if (row.some((value) => value !== '')) rows.push(row)
  return rows
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'))
  const declared = pkg.devDependencies?.electron ?? pkg.dependencies?.electron
  const version = typeof declared === 'string' ? declared.replace(/^[\^~=v]+/, '') : ''
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`package.json's electron version is not exact: ${String(declared)}`)
  }
  return version
}

function loadSuppressions() {
  const index = process.argv.indexOf('--suppressions')
  const path =
    index === -1 ? join(projectRoot, SUPPRESSIONS) : resolve(process.argv[index + 1] ?? '')
  const document = JSON.parse(readFileSync(path, 'utf8'))
  const list = document.suppressions
  if (!Array.isArray(list)) {
    throw new Error(`${relative(projectRoot, path)}: "suppressions" must be a list`)
  }
  const problems = []
  for (const [index, entry] of list.entries()) {
    const where = `${relative(projectRoot, path)} #${index + 1}`
    if (typeof entry.check !== 'string' || !/^[A-Z_]+$/.test(entry.check)) {
      problems.push(`${where}: "check" must be a check id such as PRELOAD_JS_CHECK`)
    }
    if (typeof entry.file !== 'string' || entry.file === '') {
      problems.push(`${where}: "file" must be the path the report names`)
    }
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < MIN_REASON_LENGTH) {
      problems.push(
        `${where}: "reason" must argue why the finding is not a risk here (at least ${MIN_REASON_LENGTH} characters)`,
      )
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'))
  return list
}

/** Copies what is scanned into a fresh folder, under the repository's own relative paths. */
function stage(folder) {
  for (const source of SOURCES) {
    cpSync(join(projectRoot, source), join(folder, source), { recursive: true })
  }
  mkdirSync(join(folder, dirname(BUILT_PAGE)), { recursive: true })
  cpSync(join(projectRoot, BUILT_PAGE), join(folder, BUILT_PAGE))
}

function runScanner(input, report, version) {
  const bin = join(projectRoot, 'node_modules', '.bin', 'electronegativity')
  const run = spawnSync(bin, ['-i', input, '-e', version, '-r', '-o', report], {
    cwd: input,
    encoding: 'utf8',
    timeout: SCAN_TIMEOUT_MS,
  })
  if (run.error) throw run.error
  if (run.status !== 0) {
    throw new Error(`electronegativity exited ${run.status}:\n${run.stdout}\n${run.stderr}`)
  }
  if (!existsSync(report)) {
    throw new Error(`electronegativity wrote no report:\n${run.stdout}\n${run.stderr}`)
  }
}

const WIKI = 'https://github.com/doyensec/electronegativity/wiki/'
const HEADER = [
  'issue',
  'severity',
  'confidence',
  'filename',
  'location',
  'sample',
  'description',
  'url',
]

/**
 * The findings in the report, or null when the report is damaged. Electronegativity 1.10.3
 * writes the CSV header and the rows with two concurrent fs.writeFile calls (one truncating,
 * one appending), so now and then the header lands over the rows or wipes them: every row
 * must have its eight fields, a check id, a known severity and the wiki URL of that same check,
 * and a report with no rows at all is damaged too (the preload review and the CSP evaluation
 * are always there, so a real scan of this app never finds nothing).
 */
export function readFindings(text) {
  const [header, ...rows] = parseCsv(text)
  const columns = (header ?? []).map((name) => name.trim())
  if (columns.length !== HEADER.length || HEADER.some((name, index) => columns[index] !== name)) {
    return null
  }
  if (rows.length === 0) return null
  const findings = []
  for (const row of rows) {
    const [check, severity, confidence, file, location, sample, description, url] = row
    const intact =
      row.length === HEADER.length &&
      /^[A-Z][A-Z0-9_]+$/.test(check) &&
      ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'].includes(severity) &&
      url === `${WIKI}${check}` &&
      /^\d+:\d+$/.test(location)
    if (!intact) return null
    findings.push({
      check,
      severity,
      confidence,
      file,
      location,
      sample: sample === 'N/A' ? '' : sample,
      description,
    })
  }
  return findings
}

/** Runs the scanner until it writes an intact report (the write race is rare), at most 3 times. */
function scan(input, report, version) {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    rmSync(report, { force: true })
    runScanner(input, report, version)
    const findings = readFindings(readFileSync(report, 'utf8'))
    if (findings !== null) return findings
    console.warn(
      `Electronegativity's report was damaged (attempt ${attempt} of 3); scanning again.`,
    )
  }
  throw new Error('Electronegativity wrote a damaged or empty report three times running')
}

/** The reason's first sentence, for the table; the file holds the whole argument. */
function firstSentence(reason) {
  const end = reason.search(/\.(\s|$)/)
  const sentence = end === -1 ? reason : reason.slice(0, end)
  return sentence.length > 110 ? `${sentence.slice(0, 107)}...` : sentence
}

function pad(text, width) {
  const value = String(text)
  return value.length >= width ? value : value + ' '.repeat(width - value.length)
}

function printTable(rows) {
  const headings = ['check', 'severity', 'confidence', 'where', 'disposition']
  const widths = headings.map((heading, column) =>
    Math.min(
      column === 4 ? 120 : 60,
      Math.max(heading.length, ...rows.map((row) => String(row[column]).length)),
    ),
  )
  const line = (cells) => cells.map((cell, column) => pad(cell, widths[column])).join('  ')
  console.log(line(headings))
  console.log(line(widths.map((width) => '-'.repeat(width))))
  for (const row of rows) console.log(line(row))
}

function main() {
  if (!existsSync(join(projectRoot, BUILT_PAGE))) {
    console.error(
      `security:scan needs the built page ${BUILT_PAGE} (its CSP is part of the scan): run \`npm run build\` first.`,
    )
    return 1
  }
  const version = electronVersion()
  const suppressions = loadSuppressions()
  const folder = mkdtempSync(join(tmpdir(), 'tidemark-electronegativity-'))
  try {
    const input = join(folder, 'scanned')
    const report = join(folder, 'report.csv')
    stage(input)
    const started = Date.now()
    const findings = scan(input, report, version)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)

    const used = new Set()
    const failures = []
    const rows = findings.map((finding) => {
      const index = suppressions.findIndex(
        (entry) => entry.check === finding.check && entry.file === finding.file,
      )
      let disposition
      if (index !== -1) {
        used.add(index)
        disposition = `suppressed: ${firstSentence(suppressions[index].reason)}`
      } else if (FAILING.has(finding.severity)) {
        disposition = 'FAILS: not in the suppression file'
        failures.push(finding)
      } else {
        disposition = `passes (${finding.severity.toLowerCase()}): ${finding.description}`
      }
      return [
        finding.check,
        finding.severity,
        finding.confidence,
        `${finding.file}:${finding.location}`,
        disposition,
      ]
    })

    console.log(
      `Electronegativity over ${[...SOURCES.map((source) => `${source}/`), BUILT_PAGE].join(', ')} for Electron ${version} (${seconds} s; its "no connectivity" lines are expected offline)\n`,
    )
    printTable(rows)
    const unused = suppressions.filter((_entry, index) => !used.has(index))
    for (const entry of unused) {
      console.warn(
        `\nUnused suppression (the finding is gone; remove it): ${entry.check} in ${entry.file}`,
      )
    }
    if (failures.length > 0) {
      console.error(
        `\n${failures.length} finding(s) of medium or high severity with no reviewed suppression:`,
      )
      for (const finding of failures) {
        console.error(
          `  ${finding.check} (${finding.severity}) ${finding.file}:${finding.location}  ${finding.sample}\n    ${finding.description}`,
        )
      }
      console.error(
        `Fix them, or add each to ${SUPPRESSIONS} with the reason it is not a risk here.`,
      )
      return 1
    }
    console.log(`\n${findings.length} finding(s): none of medium or high severity left unreviewed.`)
    return 0
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main()
  } catch (error) {
    console.error(`security:scan failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
