import type { TFunction } from 'i18next'
import type { ExportTable } from '../../../data/transfer/export-format'
import { CHECKLIST_ITEM_IDS } from '../../../domain/model/enums'
import type { en } from '../../i18n/messages/settings'

/**
 * A refused field and its values in the words the screens use for them: a field by the label
 * of its input ("Months of base up to", not "pay.yearEndBonus.monthsHigh"), a choice's values
 * by the words the form offers ("A startup", not "startup"). The file's own name stays only
 * for a field no screen shows.
 */

/** A field's named parts, without list positions ("evidence.0.kind" is evidence.kind). */
export const namedParts = (field: string) => field.split('.').filter((part) => !/^\d+$/.test(part))

type FieldKey = keyof typeof en.transfer.fields
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
  skillId: true,
  evidence: true,
  stability: true,
  skillIds: true,
}
const isFieldKey = (name: string | undefined): name is FieldKey =>
  name !== undefined && name in FIELD_KEYS

/** A label, or a label and the form's "up to" after it: the high end of a range. */
type Label = string | { upTo: string }

/**
 * A pay's fields by the offer form's labels, by their path in the pay. A range ("base.monthly")
 * is named by its first input: its `low` so, its `high` with "up to" after, as the form's "up
 * to" input reads to a screen reader.
 */
const PAY_LABELS: Partial<Record<string, Label>> = {
  currency: 'offerEditor.pay.currency',
  base: 'offerEditor.pay.baseKind.label',
  'base.kind': 'offerEditor.pay.baseKind.label',
  'base.monthly': 'offerEditor.pay.monthlyLow',
  'base.months': 'offerEditor.pay.months',
  'base.annual': 'offerEditor.pay.annualLow',
  'base.text': 'offerEditor.pay.baseKind.text',
  yearEndBonus: 'offerEditor.pay.bonus.label',
  'yearEndBonus.kind': 'offerEditor.pay.bonus.label',
  'yearEndBonus.months': 'offerEditor.pay.bonus.monthsLabel',
  'yearEndBonus.monthsHigh': { upTo: 'offerEditor.pay.bonus.monthsLabel' },
  'yearEndBonus.amount': 'offerEditor.pay.bonus.amountLow',
  signOn: 'offerEditor.pay.signOn.low',
  stock: 'offerEditor.pay.stock.label',
  'stock.kind': 'offerEditor.pay.stock.label',
  'stock.grantValue': 'offerEditor.pay.stock.grantLow',
  'stock.schedule': 'offerEditor.pay.stock.schedule',
  'stock.perYear': 'offerEditor.pay.stock.perYearLow',
  options: 'offerEditor.pay.options.label',
  'options.count': 'offerEditor.pay.options.count',
  'options.strikePrice': 'offerEditor.pay.options.strike',
  'options.sharePrice': 'offerEditor.pay.options.priceLow',
  'options.currency': 'offerEditor.pay.options.currency',
  'options.listed': 'offerEditor.pay.options.listed',
  'options.schedule': 'offerEditor.pay.stock.schedule',
  'options.cliffMonths': 'offerEditor.pay.options.cliff',
  'options.discountPercent': 'offerEditor.pay.options.discount',
}

/** The current pay's fields where the profile's form names them its own way; else the offer's. */
const CURRENT_PAY_LABELS: Partial<Record<string, Label>> = {
  currency: 'profile.pay.currency',
  base: 'profile.pay.kind.label',
  'base.kind': 'profile.pay.kind.label',
  'base.monthly': 'profile.pay.monthlyLow',
  'base.months': 'profile.pay.months',
  'base.annual': 'profile.pay.annualLow',
  yearEndBonus: 'profile.pay.bonus',
  'yearEndBonus.months': 'profile.pay.bonus',
  'yearEndBonus.monthsHigh': 'profile.pay.bonusHigh',
  'yearEndBonus.amount': 'profile.pay.bonus',
}

const withPrefix = (prefix: string, labels: Partial<Record<string, Label>>) =>
  Object.fromEntries(Object.entries(labels).map(([path, label]) => [`${prefix}.${path}`, label]))

/** The fields of a table's records by the labels its form gives them, by path. */
const TABLE_LABELS: Partial<Record<ExportTable, Partial<Record<string, Label>>>> = {
  offers: {
    role: 'offerEditor.role.label',
    employerKind: 'offerEditor.employerKind.label',
    funding: 'offerEditor.funding.label',
    taxedInChina: 'offerEditor.taxedInChina.label',
    employerEager: 'offerEditor.eager.legend',
    roleDomains: 'offerEditor.roleDomains.legend',
    checklist: 'offerEditor.groups.checklist',
    // Its questions are the ruleset's, named in the language of the rule: the group says where.
    ...Object.fromEntries(
      CHECKLIST_ITEM_IDS.map((id) => [`checklist.${id}`, 'offerEditor.groups.checklist']),
    ),
    redFlags: 'offerEditor.groups.redFlags',
    deadline: 'offerEditor.deadline.label',
    pay: 'offerEditor.groups.pay',
    ...withPrefix('pay', PAY_LABELS),
  },
  profile: {
    education: 'profile.education.label',
    phdInField: 'profile.phdInField.label',
    yearsOfExperience: 'profile.years.label',
    currentEmployer: 'profile.employer.label',
    roleFamily: 'profile.role.label',
    leadership: 'profile.leadership.legend',
    'leadership.businessLine': 'profile.leadership.businessLine',
    'leadership.team': 'profile.leadership.team',
    'leadership.openSource': 'profile.leadership.openSource',
    currentPay: 'profile.pay.legend',
    ...withPrefix('currentPay', PAY_LABELS),
    ...withPrefix('currentPay', CURRENT_PAY_LABELS),
  },
}

function labelText(t: TFunction, label: Label): string {
  const text = (key: string): string => t(key as never)
  return typeof label === 'string'
    ? text(label)
    : `${text(label.upTo)} ${t('offerEditor.pay.upTo')}`
}

/** The label of the field at `path` in a table's record, or of the range it is an end of. */
function tableLabel(t: TFunction, table: ExportTable | null, path: string[]): string | null {
  const labels = table === null ? undefined : TABLE_LABELS[table]
  if (!labels) return null
  const own = labels[path.join('.')]
  if (own) return labelText(t, own)
  const end = path.at(-1)
  const range = labels[path.slice(0, -1).join('.')]
  if ((end !== 'low' && end !== 'high') || typeof range !== 'string') return null
  return end === 'low' ? labelText(t, range) : labelText(t, { upTo: range })
}

/**
 * The field's name as the screens say it: its form's label, else a common field's name by its
 * last named part ("tags.2" is Tags), else the file's own.
 */
export function fieldName(t: TFunction, table: ExportTable | null, field: string): string {
  const parts = namedParts(field)
  const label = tableLabel(t, table, parts)
  if (label !== null) return label
  const last = parts.at(-1)
  if (isFieldKey(last)) return t(`settings.transfer.fields.${last}`)
  return field || '—'
}

const CHECKLIST_ANSWER_WORDS = Object.fromEntries(
  CHECKLIST_ITEM_IDS.map((id) => [`offers.checklist.${id}`, 'offerEditor.answers']),
)

/** Where a choice's values have words on screen: the same words, not the file's ids. */
const CHOICE_WORDS: Partial<Record<string, string>> = {
  'journal.kind': 'journal.kind',
  'skills.domain': 'assessment.domains',
  'offers.status': 'offerStatus.statuses',
  'offers.employerKind': 'offerEditor.employerKind.options',
  'offers.roleDomains': 'assessment.domains',
  'offers.funding': 'offerEditor.funding.options',
  'offers.employerEager': 'offerEditor.answers',
  ...CHECKLIST_ANSWER_WORDS,
  'offers.pay.currency': 'offerEditor.pay.currencies',
  'offers.pay.base.kind': 'offerEditor.pay.baseKind',
  'offers.pay.yearEndBonus.kind': 'offerEditor.pay.bonus',
  'offers.pay.stock.kind': 'offerEditor.pay.stock',
  'offers.pay.options.currency': 'offerEditor.pay.currencies',
  'skills.evidence': 'skills.evidenceKinds',
  'journal.evidence.kind': 'skills.evidenceKinds',
  'profile.education': 'profile.education.options',
  'profile.currentEmployer': 'profile.employer.options',
  'profile.roleFamily': 'profile.role.options',
  'profile.stability': 'profile.stability.options',
  'profile.currentPay.currency': 'profile.pay.currencies',
  'profile.currentPay.base.kind': 'profile.pay.kind',
  'profile.currentPay.yearEndBonus.kind': 'offerEditor.pay.bonus',
  'profile.currentPay.stock.kind': 'offerEditor.pay.stock',
  'profile.currentPay.options.currency': 'profile.pay.currencies',
}

/** The key under which a choice's values have their words on screen, if they have. */
export function choiceWordsKey(table: ExportTable | null, field: string): string | undefined {
  return CHOICE_WORDS[[table ?? '', ...namedParts(field)].join('.')]
}
