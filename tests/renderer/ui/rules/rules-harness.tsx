import { act, fireEvent, render, screen } from '@testing-library/react'
import { createRef, type ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import {
  detectPlatform,
  type OpenOutcome,
  type Platform,
  type SaveOutcome,
} from '../../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { setZodLocale } from '../../../../renderer/ui/i18n/zod-locale'
import type { Fold } from '../../../../renderer/ui/screens/journal/timeline/highlight'
import { RulesScreen } from '../../../../renderer/ui/screens/rules/RulesScreen'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

/** The Rules screen under test: a database of its own, a platform whose files are the test's. */

export const opened: TidemarkDatabase[] = []

/** Close with `afterEach(closeAll)` (after testing-library's cleanup). */
export async function closeAll() {
  setZodLocale('en')
  for (const db of opened.splice(0)) await db.delete()
}

/** A platform whose files are the test's: what open answers (in turn), and what save was given. */
export function filePlatform(...opens: OpenOutcome[]) {
  const saveTextFile = vi.fn<(name: string, contents: string) => Promise<SaveOutcome>>((name) =>
    Promise.resolve({ status: 'saved', fileName: name }),
  )
  let next = 0
  const openTextFile = vi.fn<(extensions: string[]) => Promise<OpenOutcome>>(() =>
    Promise.resolve(opens[Math.min(next++, opens.length - 1)] ?? { status: 'cancelled' }),
  )
  // The Rules screen opens its file as bytes or text (openDataFile, review 33 M2): the same stub.
  const platform: Platform = {
    ...detectPlatform({}),
    saveTextFile,
    openTextFile,
    openDataFile: openTextFile,
  }
  return { platform, saveTextFile, openTextFile }
}

/** An NLP engineer at level 3 with shipped work: 35 × 0.75 = 26.25 points, the mid tier. */
export async function seed(db: TidemarkDatabase) {
  await saveProfile(db, {
    education: 'master',
    yearsOfExperience: 5,
    city: '',
    currentEmployer: 'mid-size',
    roleFamily: 'algorithm',
    stability: 'stable',
  })
  await saveSkill(db, { name: 'Transformers', domain: 'nlp', level: 3, evidence: ['production'] })
}

export const BAR_NAME = /your tier with these rules|按这些规则/i

/**
 * Renders the screen (and anything else the test puts beside it: `around` wraps the screen, so
 * a test can take it away and bring it back as leaving and returning do).
 */
export async function renderRules(
  options: {
    language?: UiLanguage
    platform?: Platform
    db?: TidemarkDatabase
    around?: (screenElement: ReactNode) => ReactNode
    /** The search's 繁體 → 简体 fold (the screen's own runs opencc in a worker). */
    fold?: Fold
  } = {},
) {
  const language = options.language ?? 'en'
  let db = options.db
  if (!db) {
    db = new TidemarkDatabase(`rules-screen-${crypto.randomUUID()}`)
    opened.push(db)
    await db.open()
    await seed(db)
  }
  setZodLocale(language)
  const i18n = await createI18n(language)
  const platform = options.platform ?? filePlatform().platform
  const services = testServices(db, platform, [language])
  const screenElement = (
    <RulesScreen headingRef={createRef()} {...(options.fold ? { fold: options.fold } : {})} />
  )
  const tree = (inner: ReactNode) => (
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>{inner}</ServicesProvider>
    </I18nextProvider>
  )
  const view = render(tree(options.around ? options.around(screenElement) : screenElement))
  await screen.findByRole('region', { name: BAR_NAME })
  return { db, view, tree, screenElement }
}

export async function typeInto(label: string | RegExp, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
    await Promise.resolve()
  })
}

export async function clickButton(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }))
    await new Promise((resolve) => setTimeout(resolve, 50))
  })
}

export function barStatus(): string {
  return document.querySelector('.rules-bar [role=status]')?.textContent ?? ''
}
