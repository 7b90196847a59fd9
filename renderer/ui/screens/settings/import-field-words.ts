import type { TFunction } from 'i18next'
import type { ExportTable } from '../../../data/transfer/export-format'
import { CHECKLIST_ITEM_IDS } from '../../../domain/model/enums'
import { DEFAULT_RULESET } from '../../../domain/ruleset/default-ruleset'
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

/** A rule of the ruleset, named in both languages (a checklist question, a red flag). */
interface NamedRule {
  id: string
  nameZhHans: string
  nameEn: string
}

/**
 * A label: its key, or a label and the form's "up to" after it (the high end of a range), or a
 * ruleset's rule by its own name, as the offer form shows a checklist question or a red flag.
 */
type Label = string | { upTo: string } | { rule: NamedRule }

/** The L35 questions and L50 red flags the offer form lists, each with its names. */
const { checklist: CHECKLIST_RULES, redFlags: RED_FLAG_RULES } = DEFAULT_RULESET.risk

/** A rule's name in the interface's language (the message picks which of the two). */
const ruleName = (t: TFunction, rule: NamedRule): string =>
  t('settings.transfer.ruleName', { zhHans: rule.nameZhHans, en: rule.nameEn })

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
  'stock.grantValue': 'form.stock.grantLow',
  'stock.schedule': 'form.stock.schedule',
  'stock.perYear': 'form.stock.perYearLow',
  options: 'offerEditor.pay.options.label',
  'options.count': 'offerEditor.pay.options.count',
  'options.strikePrice': 'offerEditor.pay.options.strike',
  'options.sharePrice': 'offerEditor.pay.options.priceLow',
  'options.currency': 'offerEditor.pay.options.currency',
  'options.listed': 'offerEditor.pay.options.listed',
  'options.schedule': 'form.stock.schedule',
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
  stock: 'profile.pay.stock.label',
  'stock.kind': 'profile.pay.stock.label',
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
    // Each question by the ruleset's name for it, as the form's radio group says it.
    ...Object.fromEntries(CHECKLIST_RULES.map((rule) => [`checklist.${rule.id}`, { rule }])),
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
    currentPayTaxedInChina: 'profile.pay.taxedInChina',
    ...withPrefix('currentPay', PAY_LABELS),
    ...withPrefix('currentPay', CURRENT_PAY_LABELS),
  },
}

function labelText(t: TFunction, label: Label): string {
  const text = (key: string): string => t(key as never)
  if (typeof label === 'string') return text(label)
  return 'rule' in label
    ? ruleName(t, label.rule)
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

/**
 * Where a choice's values have words on screen: the same words, not the file's ids. By the key
 * under which the interface has a word for each value, or by the ruleset's rules, each value
 * one's id (red flags, named by the ruleset as the offer form names them).
 */
const CHOICE_WORDS: Partial<Record<string, string | readonly NamedRule[]>> = {
  'journal.kind': 'journal.kind',
  'skills.domain': 'assessment.domains',
  'offers.status': 'offerStatus.statuses',
  'offers.employerKind': 'offerEditor.employerKind.options',
  'offers.roleDomains': 'assessment.domains',
  'offers.funding': 'offerEditor.funding.options',
  'offers.employerEager': 'offerEditor.answers',
  ...CHECKLIST_ANSWER_WORDS,
  'offers.redFlags': RED_FLAG_RULES,
  'offers.pay.currency': 'offerEditor.pay.currencies',
  'offers.pay.base.kind': 'offerEditor.pay.baseKind',
  'offers.pay.yearEndBonus.kind': 'offerEditor.pay.bonus',
  'offers.pay.stock.kind': 'form.stock',
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
  'profile.currentPay.stock.kind': 'form.stock',
  'profile.currentPay.options.currency': 'profile.pay.currencies',
}

/** A choice's value in the words the screens give it. */
export type ChoiceWords = (value: string | number | boolean | null) => string

/**
 * How the screens word the values of the choice at `field`, if they have words for them: a
 * value they have none for (an older file's, a wrong one) is quoted as the file writes it.
 */
export function choiceWords(
  t: TFunction,
  table: ExportTable | null,
  field: string,
): ChoiceWords | undefined {
  const words = CHOICE_WORDS[[table ?? '', ...namedParts(field)].join('.')]
  if (words === undefined) return undefined
  if (typeof words === 'string') {
    return (value) => t(`${words}.${String(value)}` as never, { defaultValue: String(value) })
  }
  return (value) => {
    const rule = words.find((named) => named.id === value)
    // Quoted: a name may hold the list's own separator ("花大钱买算力、高薪挖大牛").
    return rule
      ? t('settings.transfer.problem.quoted', { value: ruleName(t, rule) })
      : String(value)
  }
}

/** The fields that group others on their form, by the group's legend, by table and path. */
const GROUP_LABELS: Partial<Record<string, string>> = {
  'offers.checklist': 'offerEditor.groups.checklist',
  'profile.leadership': 'profile.leadership.legend',
}

/**
 * The name on screen of the group of fields at `field` ("checklist": the L35 questions), to
 * say where a key the file adds to it sits; null for a field that is no group on a form.
 */
export function groupName(t: TFunction, table: ExportTable | null, field: string): string | null {
  const key = GROUP_LABELS[[table ?? '', ...namedParts(field)].join('.')]
  return key === undefined ? null : t(key as never)
}

/**
 * The fields a merge fills in one copy of a one-row record from the other (import.ts:
 * CombinedRecord), by their path in the record, each with its words under data.combined.fields.
 */
const COMBINED_FIELD_KEYS = {
  currentPay: 'data.combined.fields.currentPay',
  city: 'data.combined.fields.city',
  phdInField: 'data.combined.fields.phdInField',
  leadership: 'data.combined.fields.leadership',
  'socialInsurance.pensionPercent': 'data.combined.fields.socialInsurance.pensionPercent',
  'socialInsurance.medicalPercent': 'data.combined.fields.socialInsurance.medicalPercent',
  'socialInsurance.unemploymentPercent': 'data.combined.fields.socialInsurance.unemploymentPercent',
  'socialInsurance.housingFundPercent': 'data.combined.fields.socialInsurance.housingFundPercent',
  'socialInsurance.baseFloorMonthly': 'data.combined.fields.socialInsurance.baseFloorMonthly',
  'socialInsurance.baseCapMonthly': 'data.combined.fields.socialInsurance.baseCapMonthly',
  'specialDeductions.elderlyParents': 'data.combined.fields.specialDeductions.elderlyParents',
} as const

/**
 * A combined field in words ("current pay"); a path with none (a field a later version adds)
 * is named by its path, never by a message key.
 */
export function combinedFieldName(t: TFunction, path: string): string {
  const key = Object.hasOwn(COMBINED_FIELD_KEYS, path)
    ? COMBINED_FIELD_KEYS[path as keyof typeof COMBINED_FIELD_KEYS]
    : undefined
  return key === undefined ? path : t(key)
}
