import type { en } from '../i18n/messages/help'
import { SECTIONS, type SectionId } from '../sections'

/**
 * A key as its keycap reads. `Mod` is Ctrl, or ⌘ on a Mac; letters are matched whatever the
 * case. A chord is the keys pressed together: ['Alt', '1'].
 */
export type Key = 'Alt' | 'Shift' | 'Mod' | 'Enter' | 'Escape' | (string & {})
export type Chord = readonly Key[]

/** Where a shortcut works: everywhere, in any dialog or form, or on one screen. */
export type ShortcutScope = 'everywhere' | 'dialogs' | 'forms' | SectionId

export interface Shortcut {
  /** What it does: the key of its description under `help.shortcuts`. */
  action: keyof typeof en.shortcuts
  /** The section an `openSection` shortcut opens. */
  section?: SectionId
  /** Each chord does the same (N, or Alt+N). */
  chords: readonly Chord[]
  scope: ShortcutScope
}

/**
 * Every keyboard shortcut of the app, as the help overlay (`?`) lists them. A screen that adds
 * a shortcut adds its line here (and its description in messages/help.ts), so the list cannot
 * fall behind what the keys do.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  ...SECTIONS.map((section, index): Shortcut => ({
    action: 'openSection',
    section,
    chords: [['Alt', String(index + 1)]],
    scope: 'everywhere',
  })),
  { action: 'quickEntry', chords: [['Alt', 'J']], scope: 'everywhere' },
  { action: 'help', chords: [['?']], scope: 'everywhere' },
  { action: 'close', chords: [['Escape']], scope: 'dialogs' },
  { action: 'save', chords: [['Mod', 'Enter']], scope: 'forms' },
  // New-user trial 22 #11: Esc left the new-entry page, and the list named Esc for dialogs only.
  // Only the forms that take it are named (review 29 K1: the offer form and profile do not).
  { action: 'cancelForm', chords: [['Escape']], scope: 'forms' },
  { action: 'newSkill', chords: [['N'], ['Alt', 'N']], scope: 'skills' },
  // The Rules screen is no form, but saves as the forms do (new-user trial 32 #3).
  { action: 'saveRules', chords: [['Mod', 'Enter']], scope: 'rules' },
]

/** The scopes in the order the overlay shows them. */
export function scopesOf(shortcuts: readonly Shortcut[]): ShortcutScope[] {
  const order: ShortcutScope[] = ['everywhere', 'dialogs', 'forms', ...SECTIONS]
  return order.filter((scope) => shortcuts.some((shortcut) => shortcut.scope === scope))
}

/** How a key reads on this keyboard: ⌘ and ⌥ on a Mac, Ctrl and Alt elsewhere. */
export function keyLabel(key: Key, mac: boolean): string {
  switch (key) {
    case 'Mod':
      return mac ? '⌘' : 'Ctrl'
    case 'Alt':
      return mac ? '⌥' : 'Alt'
    case 'Escape':
      return 'Esc'
    default:
      return key
  }
}

/** Whether the keyboard is a Mac's (its modifiers read ⌘ and ⌥). */
export function isMac(navigatorLike: { platform?: string; userAgent?: string }): boolean {
  return /Mac|iPhone|iPad/.test(navigatorLike.platform ?? navigatorLike.userAgent ?? '')
}
