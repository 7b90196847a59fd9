import { memo, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_RULESET } from '../../../domain/ruleset/default-ruleset'
import type { UiLanguage } from '../../i18n/i18n'
import { deepEqual, fieldId, valueAt, type RulePath } from './override-paths'
import { formatPercent, isPercentPath } from './percent-fields'
import { fieldIssueMessage, issueMessage } from './rule-text'
import { useRulesSay } from './rules-status'
import { valueSource, type ValueSource } from './value-source'
import type { OverrideIssue } from '../../../data/transfer/overrides-file'
import {
  parseTypedNumber,
  useDraftSelector,
  useDraftStore,
  type RulesDraft,
} from './use-rules-draft'

/**
 * Where a field's default comes from: the article, Tidemark's assumption, or a law. Read from
 * the ruleset by default (value-source.ts); a field whose rule mixes sources may say its own.
 */
export type FieldSource = ValueSource

const CHANGED_FROM = {
  article: 'rules.field.changedFrom',
  assumption: 'rules.field.changedFromAssumption',
  law: 'rules.field.changedFromDefault',
} as const

const plainFormats = new Map<UiLanguage, Intl.NumberFormat>()

/** A rule's number as typed (0.0625, 3,000,000); one formatter a language, as a page has many. */
function plainNumber(value: number, language: UiLanguage): string {
  let format = plainFormats.get(language)
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 4 })
    plainFormats.set(language, format)
  }
  return format.format(value)
}

/**
 * Under a field: "changed from the article's X" with a reset, and why a value is refused. The
 * ids let the input point at both (aria-describedby).
 */
function FieldNotes({
  path,
  label,
  articleText,
  source,
  changed,
  issues,
}: {
  path: RulePath
  label: string
  articleText: string
  source: FieldSource
  changed: boolean
  issues: OverrideIssue[]
}) {
  const { t, i18n } = useTranslation()
  const store = useDraftStore()
  const say = useRulesSay()
  const id = fieldId(path)
  return (
    <>
      {changed || issues.length > 0 ? (
        <span className="rule-field-changed" id={`${id}-changed`}>
          {changed ? t(CHANGED_FROM[source], { value: articleText }) : null}{' '}
          <button
            type="button"
            className="link-button"
            aria-label={t('rules.field.resetLabel', { label, value: articleText })}
            onClick={() => {
              // The link goes with the change: focus goes to the field it restored, before the
              // link is gone (focus fell to the page's body: new-user trial 32 #2), and the bar
              // says what it is now.
              document.getElementById(id)?.focus()
              store.reset(path)
              say({ text: t('rules.field.resetDone', { label, value: articleText }), error: false })
            }}
          >
            {t('rules.field.reset')}
          </button>
        </span>
      ) : null}
      {issues.map((issue, index) => (
        <span key={index} className="rule-field-error" id={`${id}-error-${String(index)}`}>
          {fieldIssueMessage(t, issue, i18n.language as UiLanguage)}
        </span>
      ))}
    </>
  )
}

/** A key that changes exactly when a field's refusals do (a string: selectors compare by value). */
function issuesKey(draft: RulesDraft, path: RulePath): string {
  return draft
    .issuesAt(path)
    .map((issue) => `${issue.code}\u0001${issue.message}`)
    .join('\u0002')
}

/** What one field shows of the draft: its own parts only, so other fields' typing skips it. */
function useFieldState(path: RulePath, label: string) {
  const store = useDraftStore()
  useEffect(() => store.registerLabel(path, label), [store, path, label])
  const article = valueAt(DEFAULT_RULESET, path)
  const changed = useDraftSelector((draft) => !deepEqual(draft.value(path), article))
  // Subscribed by key; the issues themselves are read from the same draft.
  useDraftSelector((draft) => issuesKey(draft, path))
  const issues = store.current().issuesAt(path)
  return { store, article, changed, issues }
}

function describedBy(path: RulePath, changed: boolean, issueCount: number): string | undefined {
  if (!changed && issueCount === 0) return undefined
  const id = fieldId(path)
  const ids = changed ? [`${id}-changed`] : []
  for (let index = 0; index < issueCount; index++) ids.push(`${id}-error-${String(index)}`)
  return ids.join(' ')
}

interface FieldProps {
  path: RulePath
  /** The field's full name for assistive technology ("Premium: raise from"). */
  label: string
  /** Show the label above the input (outside tables, where no header names the column). */
  visibleLabel?: boolean
  /**
   * A shorter text to show for the label ("Points" under its rule's heading), where the full
   * name repeats what the heading says; assistive technology and the notes use `label`.
   */
  shownLabel?: string
  source?: FieldSource
}

/**
 * One number of the ruleset, editable in place: typed as the user likes (full-width digits,
 * thousands separators), read back beside it ("300万"), marked when it differs from the
 * article's and refused beside the input when the engine will not take it. A fraction the
 * ruleset keeps (a raise band, a chance) is shown and typed in percent ("40" beside "%").
 */
export const NumberField = memo(function NumberField({
  path,
  label,
  visibleLabel = false,
  shownLabel,
  source = valueSource(DEFAULT_RULESET, path),
  unit,
  reading,
  wide = false,
}: FieldProps & {
  unit?: string
  reading?: (value: number, language: UiLanguage) => string
  /** Room for an amount in yuan (3000000). */
  wide?: boolean
}) {
  const { i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { store, article, changed, issues } = useFieldState(path, label)
  const text = useDraftSelector((draft) => draft.text(path))
  const id = fieldId(path)
  const percent = isPercentPath(path)
  const typed = percent ? undefined : parseTypedNumber(text)
  const articleNumber = typeof article === 'number' ? article : 0
  // Read only where the field is marked: most are not.
  const articleText =
    !changed && issues.length === 0
      ? ''
      : percent
        ? formatPercent(articleNumber, language)
        : reading
          ? `${plainNumber(articleNumber, language)} (${reading(articleNumber, language)})`
          : `${plainNumber(articleNumber, language)}${unit ?? ''}`
  const shownUnit = percent ? '%' : unit
  return (
    <div className={`rule-field${changed ? ' changed' : ''}${issues.length ? ' invalid' : ''}`}>
      <label htmlFor={id} className={visibleLabel ? 'rule-field-label' : 'visually-hidden'}>
        {shownLabel === undefined ? (
          label
        ) : (
          <>
            <span className="visually-hidden">{label}</span>
            <span aria-hidden="true">{shownLabel}</span>
          </>
        )}
      </label>
      <span className="rule-field-control">
        <input
          id={id}
          type="text"
          className={wide ? 'wide' : undefined}
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-invalid={issues.length > 0 ? true : undefined}
          aria-describedby={describedBy(path, changed || issues.length > 0, issues.length)}
          onChange={(event) => {
            store.setText(path, event.target.value)
          }}
        />
        {shownUnit ? <span className="rule-field-unit">{shownUnit}</span> : null}
        {reading && typed !== undefined ? (
          <span className="rule-field-reading">{reading(typed, language)}</span>
        ) : null}
      </span>
      <FieldNotes
        path={path}
        label={label}
        articleText={articleText}
        source={source}
        changed={changed}
        issues={issues}
      />
    </div>
  )
})

/** A choice among fixed values (a domain's premium class). */
export const ChoiceField = memo(function ChoiceField({
  path,
  label,
  options,
  visibleLabel = false,
}: FieldProps & { options: readonly string[] }) {
  const { store, article, changed, issues } = useFieldState(path, label)
  const value = useDraftSelector((draft) => draft.value(path))
  const id = fieldId(path)
  return (
    <div className={`rule-field${changed ? ' changed' : ''}${issues.length ? ' invalid' : ''}`}>
      <label htmlFor={id} className={visibleLabel ? 'rule-field-label' : 'visually-hidden'}>
        {label}
      </label>
      <span className="rule-field-control">
        <select
          id={id}
          value={typeof value === 'string' ? value : ''}
          aria-invalid={issues.length > 0 ? true : undefined}
          aria-describedby={describedBy(path, changed || issues.length > 0, issues.length)}
          onChange={(event) => {
            store.setValue(path, event.target.value)
          }}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </span>
      <FieldNotes
        path={path}
        label={label}
        articleText={String(article)}
        source={valueSource(DEFAULT_RULESET, path)}
        changed={changed}
        issues={issues}
      />
    </div>
  )
})

/** A yes-or-no rule (one more month in lieu of notice). */
export const SwitchField = memo(function SwitchField({
  path,
  label,
  source = valueSource(DEFAULT_RULESET, path),
}: FieldProps) {
  const { t } = useTranslation()
  const { store, article, changed, issues } = useFieldState(path, label)
  const value = useDraftSelector((draft) => draft.value(path))
  const id = fieldId(path)
  return (
    <div className={`rule-field rule-switch${changed ? ' changed' : ''}`}>
      <span className="rule-field-control">
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          aria-describedby={describedBy(path, changed || issues.length > 0, issues.length)}
          onChange={(event) => {
            store.setValue(path, event.target.checked)
          }}
        />
        <label htmlFor={id}>{label}</label>
      </span>
      <FieldNotes
        path={path}
        label={label}
        articleText={article === true ? t('rules.field.on') : t('rules.field.off')}
        source={source}
        changed={changed}
        issues={issues}
      />
    </div>
  )
})

/** Refusals that concern a group of fields together ("level factors must not decrease"). */
export function GroupIssues({ path, label }: { path: RulePath; label: string }) {
  const { t } = useTranslation()
  const store = useDraftStore()
  useEffect(() => store.registerLabel(path, label), [store, path, label])
  useDraftSelector((draft) => issuesKey(draft, path))
  const issues = store.current().issuesAt(path)
  if (issues.length === 0) return null
  return (
    <ul className="rule-group-errors" id={fieldId(path)} tabIndex={-1}>
      {issues.map((issue, index) => (
        <li key={index} className="rule-field-error">
          {issueMessage(t, issue)}
        </li>
      ))}
    </ul>
  )
}
