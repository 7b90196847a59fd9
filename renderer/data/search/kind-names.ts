import type { JournalKind } from '../../domain/model/enums'

/**
 * Each journal kind's name as the journal screens show it, in English and in Chinese, so a
 * search for "interview" or 面试 finds the entries of that kind whatever their text says. A
 * copy, because data/ may not import ui/ (and the worker must not load the translations):
 * tests/renderer/data/search/kind-names.test.ts holds it to the UI's `journal.kind` names.
 */
export const KIND_NAMES: Record<JournalKind, { en: string; zhCN: string }> = {
  learning: { en: 'Learning', zhCN: '学习' },
  project: { en: 'Project', zhCN: '项目' },
  application: { en: 'Application', zhCN: '投递' },
  interview: { en: 'Interview', zhCN: '面试' },
  offer: { en: 'Offer', zhCN: 'Offer' },
  reflection: { en: 'Reflection', zhCN: '复盘' },
}

/** The text the index holds for a kind: its names in both languages (once when the same). */
export function kindText(kind: JournalKind): string {
  const { en, zhCN } = KIND_NAMES[kind]
  return en === zhCN ? en : `${en} ${zhCN}`
}

/** A kind read from an unchecked file (import-draft.ts): its text, or null when no kind. */
export function kindTextOf(value: unknown): string | null {
  return typeof value === 'string' && Object.hasOwn(KIND_NAMES, value)
    ? kindText(value as JournalKind)
    : null
}
