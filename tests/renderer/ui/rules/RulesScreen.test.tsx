// @vitest-environment happy-dom
import {
  act,
  cleanup,
  configure,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/react'
import { createRef } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { saveRulesetOverrides } from '../../../../renderer/data/repositories/ruleset-overrides'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { readRulesetInUse } from '../../../../renderer/data/ruleset-in-use'
import {
  OVERRIDES_FILE_FORMAT,
  parseOverridesFile,
} from '../../../../renderer/data/transfer/overrides-file'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import {
  detectPlatform,
  type OpenOutcome,
  type Platform,
  type SaveOutcome,
} from '../../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { setZodLocale } from '../../../../renderer/ui/i18n/zod-locale'
import { fieldId } from '../../../../renderer/ui/screens/rules/override-paths'
import { RulesScreen } from '../../../../renderer/ui/screens/rules/RulesScreen'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'
import { dumpDatabase } from '../../data/data-helpers'

// The screen is long (every rule, every number an input): happy-dom takes its time with it.
vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })

const opened: TidemarkDatabase[] = []
afterEach(async () => {
  cleanup()
  setZodLocale('en')
  for (const db of opened.splice(0)) await db.delete()
})

/** A platform whose files are the test's: what open answers, and what save was given. */
function filePlatform(open: OpenOutcome = { status: 'cancelled' }) {
  const saveTextFile = vi.fn<(name: string, contents: string) => Promise<SaveOutcome>>((name) =>
    Promise.resolve({ status: 'saved', fileName: name }),
  )
  const openTextFile = vi.fn<(extensions: string[]) => Promise<OpenOutcome>>(() =>
    Promise.resolve(open),
  )
  // The browser adapter for the rest (languages, printing): this screen uses only files.
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
async function seed(db: TidemarkDatabase) {
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

async function renderScreen(
  options: { language?: UiLanguage; platform?: Platform; seeded?: boolean } = {},
) {
  const language = options.language ?? 'en'
  const db = new TidemarkDatabase(`rules-screen-${crypto.randomUUID()}`)
  opened.push(db)
  await db.open()
  if (options.seeded !== false) await seed(db)
  setZodLocale(language)
  const i18n = await createI18n(language)
  const platform = options.platform ?? filePlatform().platform
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, platform, [language])}>
        <RulesScreen headingRef={createRef()} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  await screen.findByRole('region', { name: /your tier with these rules|按这些规则/i })
  return db
}

function input(label: string | RegExp): HTMLInputElement {
  return screen.getByLabelText(label)
}

async function type(label: string | RegExp, value: string) {
  await act(async () => {
    fireEvent.change(input(label), { target: { value } })
    await Promise.resolve()
  })
}

async function click(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }))
    await new Promise((resolve) => setTimeout(resolve, 50))
  })
}

function byPath(path: string): HTMLInputElement {
  const element = document.getElementById(fieldId(path))
  if (!(element instanceof HTMLInputElement)) throw new Error(`no input for ${path}`)
  return element
}

function preview(): string {
  return document.querySelector('.rules-preview')?.textContent ?? ''
}

/** The texts an input points at with aria-describedby (its change mark and its errors). */
function notesOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
}

const CLASS_A = 'Class A: points at level 4'

describe('Rules screen', () => {
  it('lists every domain and every tier, each with its source', async () => {
    await renderScreen()
    const domains = screen.getByRole('table', { name: 'Skill domains' })
    for (const domain of DEFAULT_RULESET.skillDomains) {
      expect(within(domains).getByRole('rowheader', { name: domain.nameEn })).toBeTruthy()
      expect(within(domains).getByText(domain.nameEn)).toBeTruthy()
    }
    const tiers = screen.getByRole('table', { name: 'Tiers' })
    for (const tier of DEFAULT_RULESET.tiers) {
      expect(within(tiers).getByText(tier.nameEn)).toBeTruthy()
    }
    // Each row opens its source; assumptions are marked.
    expect(tiers.querySelectorAll('details.citation:not(.assumption-disclosure)')).toHaveLength(
      DEFAULT_RULESET.tiers.length,
    )
    expect(within(tiers).getAllByText('assumption').length).toBeGreaterThan(0)
    expect(screen.getByRole('table', { name: /Red flags/ })).toBeTruthy()
    // The risk tables: each row's own points, in its own columns, with its source.
    const { baselines, checklist, redFlags } = DEFAULT_RULESET.risk
    for (const baseline of baselines) {
      expect(input(`${baseline.nameEn}: points`).value).toBe(String(baseline.points))
    }
    for (const item of checklist) {
      expect(input(`${item.nameEn}: points for “no”`).value).toBe(String(item.noPoints))
      expect(input(`${item.nameEn}: points for “don’t know”`).value).toBe(
        String(item.unknownPoints),
      )
    }
    for (const flag of redFlags) {
      expect(input(`${flag.nameEn}: points`).value).toBe(String(flag.points))
    }
    const checklistTable = screen.getByRole('table', { name: /^What to check before joining/ })
    expect(checklistTable.querySelectorAll('tbody details.citation')).toHaveLength(checklist.length)
    expect(screen.getByRole('table', { name: 'Cities and social insurance' })).toBeTruthy()
    expect(input('Beijing: Base cap a month (yuan)').value).toBe('35811')
  })

  it('shows the effect of a changed weight on the user’s own tier before saving', async () => {
    const db = await renderScreen()
    expect(preview()).toBe('Your tier: Mid-level, score 26.3.')
    await type(CLASS_A, '70')
    expect(preview()).toBe('Your tier: Mid-level → Premium (≈1M+), score 26.3 → 52.5.')
    expect(notesOf(input(CLASS_A))).toContain('changed from Tidemark’s default 35')
    expect(screen.getByText('Unsaved changes')).toBeTruthy()
    // A domain's class is a weight too: NLP as S-class counts 50 × 0.75 (S kept at 50).
    await act(async () => {
      fireEvent.change(screen.getByLabelText('NLP algorithms: premium class'), {
        target: { value: 'S' },
      })
      await Promise.resolve()
    })
    expect(preview()).toBe('Your tier: Mid-level (unchanged), score 26.3 → 37.5.')
    // Nothing is stored until Save.
    expect((await readRulesetInUse(db)).overrides).toEqual({})
  })

  it('saves the changes, and the ruleset in use has them', async () => {
    const db = await renderScreen()
    await type(CLASS_A, '70')
    await type('Premium (≈1M+): raise from', '40')
    await click('Save changes')
    await screen.findByText('Saved. Your score was recorded again with these rules.')
    const inUse = await readRulesetInUse(db)
    expect(inUse.overrides).toEqual({
      scoring: { classMaxPoints: { A: 70 } },
      tiers: [{ id: 'premium', raiseBand: { low: 0.4 } }],
    })
    expect(inUse.ruleset.scoring.classMaxPoints.A).toBe(70)
    await waitFor(() => {
      expect(preview()).toBe('Your tier: Premium (≈1M+), score 52.5.')
    })
    expect(screen.getByText('Saved rules: 2 differ from their defaults.')).toBeTruthy()
  })

  it('resets one rule to the article’s, then all of them after asking', async () => {
    const db = await renderScreen()
    await saveRulesetOverrides(db, {
      scoring: { classMaxPoints: { A: 70, S: 60 } },
      modifiers: { phdInField: { points: 20 } },
    })
    await waitFor(() => {
      expect(input(CLASS_A).value).toBe('70')
    })
    await click('Reset “Class A: points at level 4” to 35')
    expect(input(CLASS_A).value).toBe('35')
    expect(preview()).toBe('Your tier: Premium (≈1M+) → Mid-level, score 52.5 → 26.3.')
    await click('Save changes')
    await waitFor(async () => {
      expect((await readRulesetInUse(db)).overrides).toEqual({
        scoring: { classMaxPoints: { S: 60 } },
        modifiers: { phdInField: { points: 20 } },
      })
    })

    await click('Reset every rule to its default…')
    // Nothing happens before the confirmation.
    expect((await readRulesetInUse(db)).overrides).not.toEqual({})
    const question = screen.getByRole('group', { name: 'Reset every rule to its default…' })
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Reset all' }))
    await act(async () => {
      fireEvent.click(within(question).getByRole('button', { name: 'Reset all' }))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    await waitFor(async () => {
      expect((await readRulesetInUse(db)).overrides).toEqual({})
    })
    expect(
      await screen.findByText(
        'Every rule is back to its default: the article’s, or Tidemark’s assumption.',
      ),
    ).toBeTruthy()
    await waitFor(() => {
      expect(input('Class S: points at level 4').value).toBe('50')
    })
  })

  it('lists the market chart’s pay figures with their lines; a changed one is saved, a reversed one refused', async () => {
    const db = await renderScreen()
    const figures = screen.getByRole('table', { name: 'Pay the article reports' })
    expect(within(figures).getByText('L6 vision expert')).toBeTruthy()
    expect(within(figures).getByText('L26 core talent')).toBeTruthy()
    expect(byPath('marketPay.vision-expert.yuan.low').value).toBe('3200000')
    await type('L6 vision expert: yuan a year up to', '3600000')
    await type('L2 Pinduoduo: yuan a year from', '2000000')
    const reversed = input('L2 Pinduoduo: yuan a year from')
    expect(reversed.getAttribute('aria-invalid')).toBe('true')
    expect(notesOf(reversed)).toContain('A pay figure’s low end is above its high end.')
    await type('L2 Pinduoduo: yuan a year from', '1000000')
    await click('Save changes')
    await waitFor(async () => {
      expect((await readRulesetInUse(db)).overrides).toEqual({
        marketPay: [{ id: 'vision-expert', yuan: { high: 3_600_000 } }],
      })
    })
    const inUse = await readRulesetInUse(db)
    expect(inUse.ruleset.marketPay.find((figure) => figure.id === 'vision-expert')?.yuan).toEqual({
      low: 3_200_000,
      high: 3_600_000,
    })
  })

  it('refuses invalid values beside the field and will not save them', async () => {
    await renderScreen()
    await type('Class S: points at level 4', '-5')
    const field = input('Class S: points at level 4')
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(notesOf(field)).toContain('Enter a number from 0 to 100.')
    expect(preview()).toBe('Fix the marked values to see their effect on your tier.')
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save changes' }).disabled).toBe(
      true,
    )
    await type('Level 2 (working): factor', 'abc')
    expect(notesOf(input('Level 2 (working): factor'))).toContain('Enter a number.')
    await type('Level 2 (working): factor', '0.8')
    // A level factor above the next level's breaks the order: said for the group.
    expect(screen.getByText('Level factors must not fall from one level to the next.')).toBeTruthy()
    // The summary names each refusal, each a link to its field.
    expect(screen.getByText('2 values are refused:')).toBeTruthy()
  })

  it('imports a bad file without changing anything, and says where it is wrong', async () => {
    const contents = JSON.stringify({
      format: OVERRIDES_FILE_FORMAT,
      version: 1,
      rulesetVersion: DEFAULT_RULESET.version,
      overrides: {
        skillDomains: [{ id: 'quantum-llm', premiumClass: 'S' }],
        risk: { checklist: [{ id: 'roadmap', noPoints: -500 }] },
      },
    })
    const { platform } = filePlatform({ status: 'opened', fileName: 'bad.json', contents })
    const db = await renderScreen({ platform })
    await saveRulesetOverrides(db, { modifiers: { hubCity: { points: 5 } } })
    await waitFor(() => {
      expect(byPath('modifiers.hubCity.points').value).toBe('5')
    })
    const before = await dumpDatabase(db)
    await click('Import changes…')
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Nothing was changed: “bad.json” cannot be used.')
    expect(alert.textContent).toContain('Skill domains: ')
    expect(alert.textContent).toContain(
      'There is no rule “quantum-llm” in this version of the rules.',
    )
    expect(await dumpDatabase(db)).toEqual(before)
    expect(screen.queryByText('Unsaved changes')).toBeNull()
    expect(input('Has a technical roadmap: points for “no”').value).toBe('8')
    expect(byPath('modifiers.hubCity.points').value).toBe('5')
  })

  it('names the rule and field of a bad value in a file, and refuses another ruleset version', async () => {
    const negative = JSON.stringify({
      format: OVERRIDES_FILE_FORMAT,
      version: 1,
      rulesetVersion: DEFAULT_RULESET.version,
      overrides: { risk: { checklist: [{ id: 'roadmap', noPoints: -500 }] } },
    })
    const first = filePlatform({ status: 'opened', fileName: 'negative.json', contents: negative })
    await renderScreen({ platform: first.platform })
    await click('Import changes…')
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(
      'Has a technical roadmap: points for “no”: Enter a number from -100 to 100.',
    )
    cleanup()

    const other = JSON.stringify({
      format: OVERRIDES_FILE_FORMAT,
      version: 1,
      rulesetVersion: 1,
      overrides: {},
    })
    const second = filePlatform({ status: 'opened', fileName: 'old.json', contents: other })
    await renderScreen({ platform: second.platform })
    await click('Import changes…')
    expect((await screen.findByRole('alert')).textContent).toContain(
      `It was made for version 1 of the rules, and these are version ${String(DEFAULT_RULESET.version)}.`,
    )
  })

  it('imports a good file into the draft, to be seen before saving; exports what is saved', async () => {
    const contents = JSON.stringify({
      format: OVERRIDES_FILE_FORMAT,
      version: 1,
      rulesetVersion: DEFAULT_RULESET.version,
      overrides: { tiers: [{ id: 'premium', minScore: 20 }] },
    })
    const files = filePlatform({ status: 'opened', fileName: 'mine.json', contents })
    const db = await renderScreen({ platform: files.platform })
    await click('Import changes…')
    expect(
      await screen.findByText(
        'Read “mine.json”: 1 change. Its effect shows above; save to keep it, or discard it.',
      ),
    ).toBeTruthy()
    expect(preview()).toBe('Your tier: Mid-level → Premium (≈1M+), score 26.3 → 26.3.')
    expect((await readRulesetInUse(db)).overrides).toEqual({})
    await click('Save changes')
    await waitFor(async () => {
      expect((await readRulesetInUse(db)).overrides).toEqual({
        tiers: [{ id: 'premium', minScore: 20 }],
      })
    })

    await waitFor(() => {
      expect(screen.getByText('Saved rules: 1 differs from its default.')).toBeTruthy()
    })
    await click('Export changes…')
    expect(files.saveTextFile).toHaveBeenCalledTimes(1)
    const [name, text] = files.saveTextFile.mock.calls[0] ?? ['', '']
    expect(name).toMatch(/^tidemark-rules-.*\.json$/)
    const read = parseOverridesFile(text, DEFAULT_RULESET)
    expect(read.ok && read.file.overrides).toEqual({ tiers: [{ id: 'premium', minScore: 20 }] })
  })

  it('says which stored changes no longer apply, and offers a reset', async () => {
    const db = await renderScreen()
    // Written around the repository, as an older version of the rules would have left it.
    await db.rulesetOverrides.put({
      id: 'overrides',
      overrides: { tiers: [{ id: 'legend', minScore: 99 }] },
      updatedAt: new Date().toISOString(),
    })
    const banner = await screen.findByRole('alert')
    expect(banner.textContent).toContain('Your saved changes no longer apply')
    expect(banner.textContent).toContain('There is no rule “legend” in this version of the rules.')
    await act(async () => {
      fireEvent.click(
        within(banner).getByRole('button', { name: 'Reset every rule to its default…' }),
      )
      await new Promise((resolve) => setTimeout(resolve, 20))
    })
    await act(async () => {
      fireEvent.click(within(banner).getByRole('button', { name: 'Reset all' }))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    await waitFor(async () => {
      expect((await readRulesetInUse(db)).overrides).toEqual({})
    })
    await waitFor(() => {
      expect(screen.queryByText('Your saved changes no longer apply')).toBeNull()
    })
  })

  it('finds rules by a word of their name or quote', async () => {
    await renderScreen()
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Find a rule'), { target: { value: '推理加速' } })
      await Promise.resolve()
    })
    const domains = screen.getByRole('table', { name: 'Skill domains' })
    // The domain named so, and the one whose quote names it too (L33 lists both).
    expect(
      within(domains)
        .getAllByRole('rowheader')
        .map((row) => row.textContent),
    ).toEqual([
      'Fine-tuning and alignment (SFT, RLHF, PEFT)',
      'Inference acceleration (quantization, kernels, serving)',
    ])
    expect(screen.queryByRole('table', { name: 'Tiers' })).toBeNull()
  })

  it('reads in Simplified Chinese, refusals included', async () => {
    await renderScreen({ language: 'zh-CN' })
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('规则')
    const domains = screen.getByRole('table', { name: '技能方向' })
    for (const domain of DEFAULT_RULESET.skillDomains) {
      expect(within(domains).getByText(domain.nameZhHans)).toBeTruthy()
    }
    for (const tier of DEFAULT_RULESET.tiers)
      expect(screen.getAllByText(tier.nameZhHans).length).toBeGreaterThan(0)
    expect(preview()).toBe('你的档位：中层，得分 26.3。')
    await type('A 类：4 级分值', '70')
    expect(preview()).toBe('你的档位：中层 → 百万档，得分 26.3 → 52.5。')
    expect(notesOf(input('A 类：4 级分值'))).toContain('已修改，潮位的默认值为 35')
    await type('S 类：4 级分值', '-5')
    expect(notesOf(input('S 类：4 级分值'))).toContain('应为 0 到 100 之间的数。')
  })
})
