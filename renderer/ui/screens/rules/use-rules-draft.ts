import { createContext, useCallback, useContext, useMemo, useState } from 'react'
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
  deepEqual,
  ruleOf,
  valueAt,
  withoutValueAt,
  withValueAt,
  type RulePath,
} from './override-paths'

/** What the user is editing: the overrides as typed so far, and the text of each input touched. */
interface Edit {
  overrides: RulesetOverrides
  texts: Readonly<Record<RulePath, string>>
}

export interface RulesDraft {
  /** The overrides on screen: the edit, or the stored ones when nothing is being edited. */
  overrides: RulesetOverrides
  storedOverrides: RulesetOverrides
  /** The edit differs from what is stored (or holds text that is not a number yet). */
  dirty: boolean
  /** True when every typed value is a number and the engine accepts the overrides. */
  valid: boolean
  /** The engine's answer for the overrides on screen, each issue located by rule id. */
  check: OverridesCheck
  /** Every refusal, typed text that is not a number first. */
  issues: OverrideIssue[]
  /** The ruleset to read names and derived figures from: the draft's when valid. */
  ruleset: Ruleset
  text(path: RulePath): string
  value(path: RulePath): unknown
  issuesAt(path: RulePath): OverrideIssue[]
  setText(path: RulePath, text: string): void
  setValue(path: RulePath, value: unknown): void
  reset(path: RulePath): void
  load(overrides: RulesetOverrides): void
  discard(): void
}

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

function notANumber(path: RulePath): OverrideIssue {
  return { code: 'invalid', path, ...ruleOf(path, DEFAULT_RULESET), message: NOT_A_NUMBER }
}

/** The message of typed text that is not a number (the screen words it in the user's language). */
export const NOT_A_NUMBER = 'not a number'

/**
 * The Rules screen's edit of the overrides: what each input shows, the engine's verdict on the
 * whole (withOverrides, through checkOverrides) and the changes a field's reset or a file make.
 * `language` is only there so zod's messages are made again in a new interface language.
 */
export function useRulesDraft(stored: StoredForAssessment, language: string): RulesDraft {
  const storedOverrides = stored.rulesetInUse.overrides
  const [edit, setEdit] = useState<Edit | null>(null)
  const overrides = edit?.overrides ?? storedOverrides
  const texts = useMemo(() => edit?.texts ?? {}, [edit])

  const check = useMemo(
    () => checkOverrides(overrides, DEFAULT_RULESET),
    // zod words its messages in the current locale: check again when the language changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [overrides, language],
  )
  const typingIssues = useMemo(
    () =>
      Object.entries(texts)
        .filter(([, text]) => parseTypedNumber(text) === undefined)
        .map(([path]) => notANumber(path)),
    [texts],
  )
  const issues = useMemo(
    () => [...typingIssues, ...(check.ok ? [] : check.issues)],
    [typingIssues, check],
  )
  const valid = issues.length === 0
  const dirty =
    edit !== null && (typingIssues.length > 0 || !deepEqual(edit.overrides, storedOverrides))
  const ruleset = check.ok ? check.ruleset : stored.rulesetInUse.ruleset

  const value = useCallback(
    (path: RulePath) => valueAt(overrides, path) ?? valueAt(DEFAULT_RULESET, path),
    [overrides],
  )

  const change = useCallback(
    (path: RulePath, next: (current: RulesetOverrides) => RulesetOverrides, text?: string) => {
      setEdit((previous) => {
        const from = previous ?? { overrides: storedOverrides, texts: {} }
        const otherTexts = Object.fromEntries(
          Object.entries(from.texts).filter(([typedPath]) => typedPath !== path),
        )
        return {
          overrides: next(from.overrides),
          texts: text === undefined ? otherTexts : { ...otherTexts, [path]: text },
        }
      })
    },
    [storedOverrides],
  )

  return {
    overrides,
    storedOverrides,
    dirty,
    valid,
    check,
    issues,
    ruleset,
    value,
    text: (path) => {
      const typed = texts[path]
      if (typed !== undefined) return typed
      const current = value(path)
      return typeof current === 'number' ? String(current) : ''
    },
    issuesAt: (path) => issues.filter((issue) => issue.path === path),
    setText: (path, text) => {
      const parsed = parseTypedNumber(text)
      change(
        path,
        (current) =>
          parsed === undefined ? current : withValueAt(current, path, parsed, DEFAULT_RULESET),
        text,
      )
    },
    setValue: (path, next) => {
      change(path, (current) => withValueAt(current, path, next, DEFAULT_RULESET))
    },
    reset: (path) => {
      change(path, (current) => withoutValueAt(current, path, DEFAULT_RULESET))
    },
    load: (loaded) => {
      setEdit({ overrides: loaded, texts: {} })
    },
    discard: () => {
      setEdit(null)
    },
  }
}

export const RulesDraftContext = createContext<RulesDraft | null>(null)

/** The draft of the Rules screen, for a field anywhere below it. */
export function useDraft(): RulesDraft {
  const draft = useContext(RulesDraftContext)
  if (!draft) throw new Error('useDraft outside the Rules screen')
  return draft
}
