import type { TFunction } from 'i18next'
import type { ImportIssue } from '../../../data/transfer/import-problems'
import type { en } from '../../i18n/messages/settings'
import { exportFieldAllowed, type FieldAllowed } from './export-field-allowed'

type FieldKey = keyof typeof en.transfer.fields
type TakesKey = keyof typeof en.transfer.problem.takes
const takesKey = (name: TakesKey) => `settings.transfer.problem.takes.${name}` as const
const isFieldKey = (name: string | undefined): name is FieldKey =>
  name !== undefined && name in FIELD_KEYS
const FIELD_KEYS: Record<FieldKey, true> = {
  title: true,
  kind: true,
  date: true,
  body: true,
  tags: true,
  name: true,
  domain: true,
  level: true,
  company: true,
  status: true,
  notes: true,
  targetDate: true,
  city: true,
  id: true,
  createdAt: true,
  updatedAt: true,
}

/** Where a choice's values have words on screen: the same words, not the file's ids. */
const CHOICE_WORDS: Partial<Record<string, string>> = {
  'journal.kind': 'journal.kind',
  'skills.domain': 'assessment.domains',
  'offers.status': 'offerStatus.statuses',
}

/** The field's name as the screens say it: its last named part ("tags.2" is Tags). */
function fieldName(t: TFunction, field: string): string {
  const named = field.split('.').filter((part) => !/^\d+$/.test(part))
  const last = named[named.length - 1]
  return isFieldKey(last) ? t(`settings.transfer.fields.${last}`) : field || '—'
}

function takes(t: TFunction, allowed: FieldAllowed, wordsKey: string | undefined): string {
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
      return t(key('choice'), {
        options: allowed.options
          .map((option) =>
            // A value the interface has no word for (an older file's) is quoted as it is.
            wordsKey ? t(`${wordsKey}.${option}` as never, { defaultValue: option }) : option,
          )
          .join(t('settings.transfer.listSeparator')),
      })
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

/**
 * One refused record's line in plain words: the table and record as the user knows them
 * ("日志第 3 条"), the field by its name on screen ("标题"), and what it should be, in the
 * interface's words ("学习、项目…"), read from the export's schema. What the schema cannot say
 * that way (a duplicate id, a text too long, an unknown field) keeps the check's own sentence,
 * in the interface's language (zod-locale). The issue carries zod's message, not its code, so
 * "missing" is read from that message; ImportIssue naming the code would be firmer.
 */
export function importIssueText(t: TFunction, issue: ImportIssue): string {
  const problem = <Name extends 'record' | 'file' | 'other' | 'missing' | 'wrong'>(name: Name) =>
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
        : t(problem('record'), { table: tableName, gap, record: issue.index + 1 })
  const field = fieldName(t, issue.field)
  const allowed = issue.table === null ? null : exportFieldAllowed(issue.table, issue.field)
  // zod says a missing field was "received undefined", in either language.
  const missing = /\bundefined\b/.test(issue.message)
  // A text or a date can be wrong in ways the schema's kind does not say (too long, a
  // duplicate id, a malformed date): there the check's own sentence stays. A choice, a number
  // or a yes-or-no is wrong only by not being what is said.
  const said =
    allowed !== null && (missing || ['choice', 'number', 'yes-no'].includes(allowed.kind))
  if (!said) return t(problem('other'), { where, field, message: issue.message })
  return t(problem(missing ? 'missing' : 'wrong'), {
    where,
    field,
    takes: takes(t, allowed, CHOICE_WORDS[`${issue.table ?? ''}.${issue.field}`]),
  })
}
