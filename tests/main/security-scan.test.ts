import { describe, expect, it } from 'vitest'
import { parseCsv, readFindings } from '../../scripts/security-scan.mjs'

const HEADER = 'issue, severity, confidence, filename, location, sample, description, url'
const WIKI = 'https://github.com/doyensec/electronegativity/wiki/'

/** A report row as Electronegativity 1.10.3 writes it (its escapeCsv: quotes doubled). */
function row(check: string, severity: string, file: string, sample: string) {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`
  return [
    check,
    quote(severity),
    quote('FIRM'),
    quote(file),
    quote('25:6'),
    quote(sample),
    quote('Review the use of preload scripts'),
    `${WIKI}${check}`,
  ].join(',')
}

const preload = row(
  'PRELOAD_JS_CHECK',
  'MEDIUM',
  'main/window.ts',
  "preload: join(__dirname, '../preload/index.js'),",
)
const csp = row(
  'CSP_GLOBAL_CHECK',
  'LOW',
  'out/renderer/index.html',
  `default-src 'none', "x"\nnext`,
)

describe('the security scan reads the CSV report', () => {
  it('parses quoted fields holding commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\nlines"\r\nd,e,f,g\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['d', 'e', 'f', 'g'],
    ])
  })

  it('reads every finding of an intact report', () => {
    const findings = readFindings(`${HEADER}\n${preload}\n${csp}\n`)
    expect(findings).toEqual([
      {
        check: 'PRELOAD_JS_CHECK',
        severity: 'MEDIUM',
        confidence: 'FIRM',
        file: 'main/window.ts',
        location: '25:6',
        sample: "preload: join(__dirname, '../preload/index.js'),",
        description: 'Review the use of preload scripts',
      },
      expect.objectContaining({
        check: 'CSP_GLOBAL_CHECK',
        severity: 'LOW',
        sample: `default-src 'none', "x"\nnext`,
      }),
    ])
  })

  it.each([
    ['the header alone (the rows were truncated away)', `${HEADER}\n`],
    ['nothing at all', ''],
    // The header's write landed over the start of the rows (two racing fs.writeFile calls).
    [
      'the header written over the first row',
      `${HEADER}\n${preload}\n${csp}`.replace(
        preload.slice(0, 40),
        'issue, severity, confidence, filename, l',
      ),
    ],
    ['a row cut short', `${HEADER}\n${preload.slice(0, 60)}\n`],
    ['rows without the header', `${preload}\n${csp}\n`],
    [
      'a wiki URL for another check',
      `${HEADER}\n${preload.replace(/wiki\/PRELOAD_JS_CHECK$/, 'wiki/EVAL_CHECK')}\n`,
    ],
  ])('calls a report damaged when it holds %s', (_case, text) => {
    expect(readFindings(text)).toBeNull()
  })
})
