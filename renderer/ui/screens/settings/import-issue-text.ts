import type { TFunction } from 'i18next'
import { EXPORT_VERSION } from '../../../data/transfer/export-format'
import type { ImportIssue } from '../../../data/transfer/import-problems'
import type { IssueDetail } from '../../../data/transfer/issue-detail'
import type { en } from '../../i18n/messages/settings'
import { issueMessage } from '../rules/rule-text'
import { exportFieldAllowed, type FieldAllowed } from './export-field-allowed'
import { choiceWords, fieldName, groupName, type ChoiceWords } from './import-field-words'

type TakesKey = keyof typeof en.transfer.problem.takes
type ProblemKey = Exclude<keyof typeof en.transfer.problem, 'takes' | 'detail'>
const takesKey = (name: TakesKey) => `settings.transfer.problem.takes.${name}` as const

/** A choice's values in the words the screens give them, else as the file writes them. */
function optionsText(
  t: TFunction,
  options: readonly (string | number | boolean | null)[],
  words: ChoiceWords | undefined,
): string {
  return options
    .map((option) => (words ? words(option) : String(option)))
    .join(t('settings.transfer.listSeparator'))
}

function takes(t: TFunction, allowed: FieldAllowed, words: ChoiceWords | undefined): string {
  const key = takesKey
  switch (allowed.kind) {
    case 'text':
      return t(key('text'))
    case 'date':
      return t(key('date'))
    case 'date-time':
      return t(key('dateTime'))
    case 'yes-no':
      return t(key('yesNo'))
    case 'choice':
      return t(key('choice'), { options: optionsText(t, allowed.options, words) })
    case 'number': {
      const kind = allowed.integer ? 'integer' : 'number'
      if (allowed.min !== null && allowed.max !== null) {
        return t(key(`${kind}Range`), { min: allowed.min, max: allowed.max })
      }
      if (allowed.min !== null) return t(key(`${kind}From`), { min: allowed.min })
      return t(key(kind))
    }
  }
}

/** zod's name for the kind a field should be, and how "it should be …" says it. */
const KIND_TAKES: Partial<Record<string, TakesKey>> = {
  string: 'text',
  number: 'number',
  int: 'integer',
  boolean: 'yesNo',
  object: 'object',
  record: 'object',
  array: 'list',
}

/** A list of values as the interface quotes them: “a”, “b” / “a”、“b”. */
function quotedList(t: TFunction, values: readonly (string | number | boolean | null)[]): string {
  return values
    .map((value) => t('settings.transfer.problem.quoted', { value: String(value) }))
    .join(t('settings.transfer.listSeparator'))
}

/**
 * The file's `version`, as this app takes it: a number, one of the versions it reads (every
 * older one is upgraded: export-format.ts), not only the one it writes, which is all the
 * schema's literal knows ("2", quoted, as if a text).
 */
function versionTakes(t: TFunction): string {
  const versions = Array.from({ length: EXPORT_VERSION }, (_, index) => String(index + 1))
  const last = versions.pop() ?? ''
  const listed =
    versions.length === 0
      ? last
      : `${versions.join(t('settings.transfer.listSeparator'))}${t('data.problem.versionOr')}${last}`
  return t('data.problem.versionTakes', { versions: listed })
}

/** What the field takes, in words: as the schema says it where it can, else what zod expected. */
function takesText(t: TFunction, issue: ImportIssue, allowed: FieldAllowed | null): string | null {
  if (issue.table === null && issue.field === 'version') return versionTakes(t)
  const words = choiceWords(t, issue.table, issue.field)
  if (allowed) return takes(t, allowed, words)
  const { detail } = issue
  switch (detail.code) {
    case 'invalid_type': {
      const key = KIND_TAKES[detail.expected]
      return key ? t(takesKey(key)) : null
    }
    case 'invalid_format':
      if (detail.format === 'date') return t(takesKey('date'))
      return detail.format === 'datetime' ? t(takesKey('dateTime')) : null
    case 'invalid_value':
      // A union's kind ("monthly", "annual", "text") in the words of the form's choice.
      if (words) return t(takesKey('choice'), { options: optionsText(t, detail.values, words) })
      return detail.values.length === 1
        ? t(takesKey('value'), { value: quotedList(t, detail.values) })
        : t(takesKey('choice'), { options: quotedList(t, detail.values) })
    default:
      return null
  }
}

type DetailKey = Exclude<keyof typeof en.transfer.problem.detail, 'rule'>
const detailKey = (name: DetailKey) => `settings.transfer.problem.detail.${name}` as const

/** A length or a count out of bounds, in words; null for a number (its range says it). */
function boundText(t: TFunction, detail: IssueDetail): string | null {
  if (detail.code === 'too_big') {
    const max = detail.maximum
    if (detail.origin === 'string') return t(detailKey('tooLong'), { max })
    if (detail.origin === 'array') return t(detailKey('tooMany'), { max })
    if (detail.origin === 'number')
      return t(detailKey(detail.inclusive ? 'atMost' : 'below'), { max })
  }
  if (detail.code === 'too_small') {
    const min = detail.minimum
    if (detail.origin === 'string') {
      return min <= 1 ? t(detailKey('empty')) : t(detailKey('tooShort'), { min })
    }
    if (detail.origin === 'array') return t(detailKey('tooFew'), { min })
    if (detail.origin === 'number') {
      return t(detailKey(detail.inclusive ? 'atLeast' : 'above'), { min })
    }
  }
  if (detail.code === 'not_multiple_of') {
    return t(detailKey('multipleOf'), { divisor: detail.divisor })
  }
  return null
}

/** What the schema's kinds cannot say (too long, a rule across fields, an override), in words. */
function detailText(t: TFunction, issue: ImportIssue, allowed: FieldAllowed | null): string | null {
  const { detail } = issue
  switch (detail.code) {
    case 'rule':
      return t(`settings.transfer.problem.detail.rule.${detail.rule}`)
    case 'override':
      return issueMessage(t, detail.issue)
    case 'too_big':
    case 'too_small':
    case 'not_multiple_of':
      // A number's range is said with the field's whole range ("from 0 to 4").
      return allowed?.kind === 'number' ? null : boundText(t, detail)
    default:
      return null
  }
}

/**
 * One refused record's line in plain words: the table and record as the user knows them
 * ("日志第 3 条（2026-11-01 · 读完 vLLM 论文）": its position, and its name or title where the
 * file has one), the field by its name on screen ("标题"), and what is wrong, in the
 * interface's words, from the issue's detail (zod's code and figures, or Tidemark's own):
 * what the field takes, read from the export's schema ("学习、项目…"), or what is wrong
 * beyond its kind (too long, an id twice, a field Tidemark does not know). Only an issue with
 * no detail of ours keeps the check's own sentence (in zod's words, in the interface's
 * language at best).
 */
export function importIssueText(t: TFunction, issue: ImportIssue): string {
  const problem = <Name extends ProblemKey>(name: Name) =>
    `settings.transfer.problem.${name}` as const
  const tableName: string | null = issue.table === null ? null : t(`data.table.${issue.table}`)
  // Chinese puts no space between a table's name and 第, but does after a Latin one (Offer);
  // English's sentence has no use for the gap.
  const gap = tableName !== null && /[A-Za-z]$/.test(tableName) ? ' ' : ''
  const where =
    tableName === null
      ? t(problem('file'))
      : issue.index === null
        ? tableName
        : issue.label === undefined
          ? t(problem('record'), { table: tableName, gap, record: issue.index + 1 })
          : t(problem('recordNamed'), {
              table: tableName,
              gap,
              record: issue.index + 1,
              label: issue.label,
            })
  const { detail } = issue
  if (detail.code === 'duplicate') {
    return t(problem(detail.key === 'date' ? 'duplicateDate' : 'duplicateId'), {
      where,
      value: detail.value,
    })
  }
  if (detail.code === 'unrecognized_keys') {
    const one = detail.keys.length === 1
    // In a group the form names ("checklist": the L35 questions), the unknown keys are quoted
    // as the file spells them, the group around them by its legend.
    const group = groupName(t, issue.table, issue.field)
    if (group !== null) {
      return t(problem(one ? 'unknownFieldIn' : 'unknownFieldsIn'), {
        where,
        field: group,
        keys: quotedList(t, detail.keys),
      })
    }
    const keys = detail.keys.map((key) => (issue.field ? `${issue.field}.${key}` : key))
    return t(problem(one ? 'unknownField' : 'unknownFields'), { where, keys: quotedList(t, keys) })
  }
  // A whole table wrong (missing, not a list, too many records) is the file's field.
  const wholeTable = tableName !== null && issue.index === null && issue.field === ''
  const at = wholeTable ? t(problem('file')) : where
  const field = wholeTable ? tableName : fieldName(t, issue.table, issue.field)
  const allowed = issue.table === null ? null : exportFieldAllowed(issue.table, issue.field)
  const said = detailText(t, issue, allowed)
  if (said !== null) return t(problem('other'), { where: at, field, message: said })
  // Nothing there at all, whatever kind was expected (a number, or a choice such as `version`'s).
  const missing = 'missing' in detail && detail.missing
  // A choice, a number or a yes-or-no is wrong only by not being what is said; a text or a
  // date by being another kind, or not in its form.
  const byKind =
    missing ||
    detail.code === 'invalid_type' ||
    detail.code === 'invalid_value' ||
    detail.code === 'invalid_format' ||
    (allowed !== null && ['choice', 'number', 'yes-no'].includes(allowed.kind))
  const takesWhat = byKind ? takesText(t, issue, allowed) : null
  if (takesWhat !== null) {
    return t(problem(missing ? 'missing' : 'wrong'), { where: at, field, takes: takesWhat })
  }
  const message =
    detail.code === 'invalid_type'
      ? t(detailKey('wrongKind'))
      : detail.code === 'invalid_format'
        ? t(detailKey('format'))
        : issue.message
  return t(problem('other'), { where: at, field, message })
}
