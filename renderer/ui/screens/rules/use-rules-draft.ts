import '../../i18n/zod-locale' // zod's messages in the interface's language from the first check
import { createContext, useContext, useSyncExternalStore } from 'react'
import { DEFAULT_RULESET } from '../../../domain/ruleset/default-ruleset'
import type { RulesetOverrides } from '../../../domain/ruleset/overrides'
import type { Ruleset } from '../../../domain/ruleset/ruleset-schema'
import {
  checkOverrides,
  type OverrideIssue,
  type OverridesCheck,
} from '../../../data/transfer/overrides-file'
import type { StoredForAssessment } from '../../hooks/use-assessment'
import {
  changedPaths,
  deepEqual,
  ruleOf,
  valueAt,
  withoutValueAt,
  withValueAt,
  type RulePath,
} from './override-paths'
import { fractionFromPercent, isPercentPath, percentFromFraction } from './percent-fields'

/** What the user is editing: the overrides as typed so far, and the text of each input touched. */
export interface RulesEdit {
  overrides: RulesetOverrides
  texts: Readonly<Record<RulePath, string>>
}

/** The draft at one moment: a new object after every change, so selectors can compare. */
export interface RulesDraft {
  stored: StoredForAssessment
  /** The overrides on screen: the edit, or the stored ones when nothing is being edited. */
  overrides: RulesetOverrides
  /** The edit differs from what is stored (or holds text that is not a number yet). */
  dirty: boolean
  /** True when every typed value is a number and the engine accepts the overrides. */
  valid: boolean
  /** The engine's answer for the overrides on screen, each issue located by rule id. */
  check: OverridesCheck
  /** Every refusal, typed text that is not a number first. */
  issues: OverrideIssue[]
  /** The draft's ruleset when valid, else the one in use. */
  ruleset: Ruleset
  /** Counts the changes of the edit (a keystroke, an import, a discard): a note about what was
   *  just done holds until the next one. */
  revision: number
  text(path: RulePath): string
  value(path: RulePath): unknown
  issuesAt(path: RulePath): OverrideIssue[]
}

/** The message of typed text that is not a number (the screen words it in the user's language). */
export const NOT_A_NUMBER = 'not a number'

/**
 * A number as people type it: full-width digits from a Chinese input method, thousands
 * separators (3,000,000 or 3，000，000). Anything else is not a number.
 */
export function parseTypedNumber(text: string): number | undefined {
  const normalized = text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/[－−]/g, '-')
    .replace(/[,，_\s]/g, '')
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalized)) return undefined
  const value = Number(normalized)
  return Number.isFinite(value) ? value : undefined
}

/**
 * The same rules in effect: the same overrides, or ones that change the same fields to the same
 * values. A field set to the article's own value changes nothing, so saved rules holding one
 * ("Saved rules: none changed") and an edit that dropped it are not an unsaved change.
 */
function sameChanges(one: RulesetOverrides, other: RulesetOverrides): boolean {
  if (deepEqual(one, other)) return true
  const paths = changedPaths(one, DEFAULT_RULESET)
  const otherPaths = new Set(changedPaths(other, DEFAULT_RULESET))
  return (
    paths.length === otherPaths.size &&
    paths.every(
      (path) => otherPaths.has(path) && deepEqual(valueAt(one, path), valueAt(other, path)),
    )
  )
}

/**
 * What typed text stores at `path`: the number, or where the screen shows a percentage
 * (percent-fields.ts) the fraction of it, the sign optional and the percent sign allowed
 * ("+40 %", "40", "４０％" store 0.4).
 */
export function parseTypedAt(path: RulePath, text: string): number | undefined {
  if (!isPercentPath(path)) return parseTypedNumber(text)
  const percent = parseTypedNumber(text.replace(/[%％]\s*$/, ''))
  return percent === undefined ? undefined : fractionFromPercent(percent)
}

function derive(stored: StoredForAssessment, edit: RulesEdit | null, revision: number): RulesDraft {
  const storedOverrides = stored.rulesetInUse.overrides
  const overrides = edit?.overrides ?? storedOverrides
  const texts = edit?.texts ?? {}
  const check = checkOverrides(overrides, DEFAULT_RULESET)
  const typingIssues = Object.entries(texts)
    .filter(([path, text]) => parseTypedAt(path, text) === undefined)
    .map(([path]): OverrideIssue => ({
      code: 'invalid',
      path,
      ...ruleOf(path, DEFAULT_RULESET),
      message: NOT_A_NUMBER,
    }))
  const issues = [...typingIssues, ...(check.ok ? [] : check.issues)]
  const value = (path: RulePath) => valueAt(overrides, path) ?? valueAt(DEFAULT_RULESET, path)
  return {
    stored,
    overrides,
    dirty: edit !== null && (typingIssues.length > 0 || !sameChanges(overrides, storedOverrides)),
    valid: issues.length === 0,
    check,
    issues,
    ruleset: check.ok ? check.ruleset : stored.rulesetInUse.ruleset,
    revision,
    value,
    text: (path) => {
      const typed = texts[path]
      if (typed !== undefined) return typed
      const current = value(path)
      if (typeof current !== 'number') return ''
      return String(isPercentPath(path) ? percentFromFraction(current) : current)
    },
    issuesAt: (path) => issues.filter((issue) => issue.path === path),
  }
}

/**
 * The Rules screen's edit of the overrides, outside React: a page of some hundred inputs
 * re-renders only the fields whose own text, mark or refusal changed (each subscribes to its
 * part), not the whole page on every keystroke. Every change derives a new RulesDraft, with the
 * engine's verdict on the whole (withOverrides, through checkOverrides).
 */
export class RulesDraftStore {
  private edit: RulesEdit | null = null
  private revision = 0
  private draft: RulesDraft
  private readonly listeners = new Set<() => void>()
  private readonly labels = new Map<RulePath, string>()

  /**
   * `kept`: an unsaved edit from an earlier visit to the screen, taken up again; `onEdit` hears
   * every change of the edit (null once saved or discarded), to keep it for the next visit.
   */
  constructor(
    private stored: StoredForAssessment,
    kept: RulesEdit | null = null,
    private readonly onEdit?: (edit: RulesEdit | null) => void,
  ) {
    this.edit = kept
    this.draft = derive(stored, kept, 0)
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  readonly current = (): RulesDraft => this.draft

  /** A field on screen tells the store its name, so a summary of refusals can use it. */
  registerLabel(path: RulePath, label: string): () => void {
    this.labels.set(path, label)
    return () => {
      if (this.labels.get(path) === label) this.labels.delete(path)
    }
  }

  labelOf(path: RulePath): string | undefined {
    return this.labels.get(path)
  }

  private change(edit: RulesEdit | null): void {
    this.edit = edit
    this.revision += 1
    this.onEdit?.(edit)
    this.refresh()
  }

  /** Derives the draft again: after a change, new stored records, or a new language (zod words
   *  its messages in the current locale). */
  refresh(): void {
    this.draft = derive(this.stored, this.edit, this.revision)
    for (const listener of this.listeners) listener()
  }

  setStored(stored: StoredForAssessment): void {
    if (stored === this.stored) return
    this.stored = stored
    this.refresh()
  }

  private edited(
    path: RulePath,
    next: (overrides: RulesetOverrides) => RulesetOverrides,
    text?: string,
  ) {
    const from = this.edit ?? { overrides: this.stored.rulesetInUse.overrides, texts: {} }
    const texts = Object.fromEntries(
      Object.entries(from.texts).filter(([typedPath]) => typedPath !== path),
    )
    if (text !== undefined) texts[path] = text
    this.change({ overrides: next(from.overrides), texts })
  }

  setText(path: RulePath, text: string): void {
    const parsed = parseTypedAt(path, text)
    this.edited(
      path,
      (overrides) => {
        if (parsed !== undefined) return withValueAt(overrides, path, parsed, DEFAULT_RULESET)
        // Text that is no number holds no value: the field counts as the rule in use, not as
        // the last number typed on the way ("0.3" before "abc" also gave "level factors must
        // not fall" beside "Enter a number": new-user trial 32 #4).
        const inUse = valueAt(this.stored.rulesetInUse.overrides, path)
        return inUse === undefined
          ? withoutValueAt(overrides, path, DEFAULT_RULESET)
          : withValueAt(overrides, path, inUse, DEFAULT_RULESET)
      },
      text,
    )
  }

  setValue(path: RulePath, value: unknown): void {
    this.edited(path, (overrides) => withValueAt(overrides, path, value, DEFAULT_RULESET))
  }

  /** The field back to the article's value (in the draft: saving makes it so). */
  reset(path: RulePath): void {
    this.edited(path, (overrides) => withoutValueAt(overrides, path, DEFAULT_RULESET))
  }

  /** Overrides read from a file, to be seen before saving. */
  load(overrides: RulesetOverrides): void {
    this.change({ overrides, texts: {} })
  }

  discard(): void {
    this.change(null)
  }
}

export const RulesDraftContext = createContext<RulesDraftStore | null>(null)

export function useDraftStore(): RulesDraftStore {
  const store = useContext(RulesDraftContext)
  if (!store) throw new Error('useDraftStore outside the Rules screen')
  return store
}

/**
 * A part of the draft, re-rendering only when that part changes: `select` must answer a
 * primitive or a reference the draft keeps (draft.ruleset, draft.issues), never a new object.
 */
export function useDraftSelector<T>(select: (draft: RulesDraft) => T): T {
  const store = useDraftStore()
  return useSyncExternalStore(store.subscribe, () => select(store.current()))
}

/**
 * The ruleset saved and in use, for the names and sources a section shows: it changes on a
 * save, not on a keystroke, so typing does not redraw whole sections. A figure derived from
 * the draft (a domain's points) subscribes on its own.
 */
export function useRulesetInUse(): Ruleset {
  return useDraftSelector((draft) => draft.stored.rulesetInUse.ruleset)
}
