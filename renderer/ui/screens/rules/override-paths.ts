import type { RulesetOverrides } from '../../../domain/ruleset/overrides'
import type { Ruleset } from '../../../domain/ruleset/ruleset-schema'
import { isRuleList, ruleKeyOf } from '../../../data/transfer/overrides-file'

/**
 * A field of the ruleset named as a person would name it: dotted, with rule lists indexed by
 * the rule's id ("skillDomains.nlp.premiumClass", "tiers.premium.raiseBand.low") and plain
 * lists by position ("scoring.levelFactors.2"). The same path reads a ruleset or an overrides
 * object, and the issues of checkOverrides use it too, so an error finds its field.
 */
export type RulePath = string

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function segmentsOf(path: RulePath): string[] {
  return path === '' ? [] : path.split('.')
}

function child(node: unknown, segment: string): unknown {
  if (isRuleList(node)) return node.find((item) => ruleKeyOf(item) === segment)
  if (Array.isArray(node)) return /^\d+$/.test(segment) ? node[Number(segment)] : undefined
  return isPlainObject(node) ? node[segment] : undefined
}

/** The value at `path` in a ruleset or in overrides; undefined where there is none. */
export function valueAt(root: unknown, path: RulePath): unknown {
  return segmentsOf(path).reduce<unknown>((node, segment) => child(node, segment), root)
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]))
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a)
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
    )
  }
  return false
}

/** The name a rule list's items are keyed by (id, employerKind or cityId). */
function keyNameOf(list: unknown[]): string {
  const first = list[0]
  if (isPlainObject(first)) {
    for (const name of ['id', 'employerKind', 'cityId']) {
      if (typeof first[name] === 'string') return name
    }
  }
  return 'id'
}

function setIn(patch: unknown, base: unknown, segments: string[], value: unknown): unknown {
  const [head, ...rest] = segments
  if (head === undefined) return value
  if (isRuleList(base)) {
    // Rule lists are patched item by item, each item named by its key.
    const items = isRuleList(patch) ? [...patch] : []
    const index = items.findIndex((item) => ruleKeyOf(item) === head)
    const current = index === -1 ? { [keyNameOf(base)]: head } : items[index]
    const next = setIn(current, child(base, head), rest, value)
    if (index === -1) items.push(next)
    else items[index] = next
    return items
  }
  if (Array.isArray(base)) {
    // Plain lists (level factors, depth weights) are replaced whole by an override.
    const source: unknown[] =
      Array.isArray(patch) && patch.length === base.length ? patch : (base as unknown[])
    const items = [...source]
    const index = Number(head)
    items[index] = setIn(items[index], base[index], rest, value)
    return items
  }
  const object: Record<string, unknown> = isPlainObject(patch) ? { ...patch } : {}
  object[head] = setIn(object[head], child(base, head), rest, value)
  return object
}

function removeIn(patch: unknown, base: unknown, segments: string[]): unknown {
  const [head, ...rest] = segments
  if (head === undefined) return undefined
  if (isRuleList(base)) {
    if (!isRuleList(patch)) return patch
    const items = patch.flatMap((item) => {
      if (ruleKeyOf(item) !== head) return [item]
      const next = removeIn(item, child(base, head), rest)
      // An item left with its key alone changes nothing: drop it.
      return isPlainObject(next) && Object.keys(next).length > 1 ? [next] : []
    })
    return items.length === 0 ? undefined : items
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(patch)) return patch
    const items = [...(patch as unknown[])]
    const index = Number(head)
    items[index] = removeIn(items[index], base[index], rest) ?? base[index]
    return deepEqual(items, base) ? undefined : items
  }
  if (!isPlainObject(patch)) return patch
  const next = removeIn(patch[head], child(base, head), rest)
  const object = Object.fromEntries(
    Object.entries(patch).filter(([name]) => name !== head || next !== undefined),
  )
  if (next !== undefined) object[head] = next
  return Object.keys(object).length === 0 ? undefined : object
}

/** The overrides without any change at `path`: that field is the article's again. */
export function withoutValueAt(
  overrides: RulesetOverrides,
  path: RulePath,
  base: Ruleset,
): RulesetOverrides {
  const next = removeIn(overrides, base, segmentsOf(path))
  return isPlainObject(next) ? next : {}
}

/** The overrides with `value` at `path`; setting the article's own value removes the change. */
export function withValueAt(
  overrides: RulesetOverrides,
  path: RulePath,
  value: unknown,
  base: Ruleset,
): RulesetOverrides {
  if (deepEqual(value, valueAt(base, path))) return withoutValueAt(overrides, path, base)
  const next = setIn(overrides, base, segmentsOf(path), value)
  return isPlainObject(next) ? next : {}
}

/** Every field the overrides set to something other than the article's value. */
export function changedPaths(overrides: RulesetOverrides, base: Ruleset): RulePath[] {
  const paths: RulePath[] = []
  const walk = (patch: unknown, baseNode: unknown, path: string[]) => {
    if (isRuleList(baseNode) && isRuleList(patch)) {
      for (const item of patch) {
        const key = ruleKeyOf(item) ?? ''
        const keyName = keyNameOf(baseNode)
        const fields = isPlainObject(item) ? Object.entries(item) : []
        for (const [name, value] of fields) {
          if (name !== keyName)
            walk(value, valueAt(child(baseNode, key), name), [...path, key, name])
        }
      }
      return
    }
    if (Array.isArray(baseNode) && Array.isArray(patch) && patch.length === baseNode.length) {
      patch.forEach((item, index) => {
        walk(item, baseNode[index], [...path, String(index)])
      })
      return
    }
    if (isPlainObject(patch) && isPlainObject(baseNode)) {
      for (const [name, value] of Object.entries(patch))
        walk(value, baseNode[name], [...path, name])
      return
    }
    if (!deepEqual(patch, baseNode)) paths.push(path.join('.'))
  }
  walk(overrides, base, [])
  return paths
}

/** The innermost rule a path passes through (by its id) and the field within it. */
export function ruleOf(path: RulePath, base: Ruleset): { ruleId: string | null; field: string } {
  const segments = segmentsOf(path)
  let node: unknown = base
  let ruleId: string | null = null
  let fieldStart = 0
  segments.forEach((segment, index) => {
    node = child(node, segment)
    const key = ruleKeyOf(node)
    if (key !== undefined) {
      ruleId = key
      fieldStart = index + 1
    }
  })
  return { ruleId, field: segments.slice(fieldStart).join('.') }
}

/** An id for the input of a field (or the element of a group of fields), from its path. */
export function fieldId(path: RulePath): string {
  return `rule-${path.replace(/[^A-Za-z0-9-]/g, '_')}`
}
