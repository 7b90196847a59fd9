import type { Page } from '@playwright/test'

/** One keystroke to measure, and keys to press before it unmeasured (selecting a field's text). */
export interface Step {
  prepare: string[]
  key: string
}

/** A kind of keystroke on the Skills screen: where it is typed, and the keys in turn. */
export interface KeystrokeKind {
  name: string
  /** Opens what must be open and focuses the field. */
  setup(page: Page): Promise<void>
  step(index: number): Step
}

/**
 * Words typed one key a step; each word starts over the field's selected text. ASCII only:
 * Playwright sends other characters as text with no keydown, which the probe times from.
 */
function typedWords(words: readonly string[]): (index: number) => Step {
  const keys = words.flatMap((word) =>
    word.split('').map((key, position) => ({ prepare: position === 0 ? ['Control+A'] : [], key })),
  )
  return (index) => keys[index % keys.length] ?? { prepare: [], key: 'a' }
}

async function openProfileForm(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Your profile' })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
}

/** The first listed skill's form, unless a skill form is open already. */
async function openSkillForm(page: Page): Promise<void> {
  if ((await page.locator('form.skill-form').count()) > 0) return
  await page.locator('ul.skill-list > li').first().getByRole('button', { name: /^Edit/ }).click()
  await page.locator('form.skill-form').waitFor()
}

/** Years of experience: two digits typed over the old value (1 to 59, always valid). */
const years: KeystrokeKind = {
  name: 'years of experience (digits)',
  async setup(page) {
    await openProfileForm(page)
    await page.getByRole('spinbutton', { name: 'Years of experience' }).focus()
  },
  step(index) {
    const round = Math.floor(index / 2)
    return index % 2 === 0
      ? { prepare: ['Control+A'], key: String(1 + (round % 5)) }
      : { prepare: [], key: String((round * 3) % 10) }
  },
}

/** A recruiter's pay line typed into the paste field, character by character. */
const payPaste: KeystrokeKind = {
  name: 'pay paste field (characters)',
  async setup(page) {
    await openProfileForm(page)
    await page
      .getByRole('textbox', { name: 'Paste your pay as a recruiter would write it' })
      .focus()
  },
  step: typedWords(['50k*15', '35k*16', '3-4w*16', '600k/yr', '45k*13']),
}

/** A skill's level moved with the arrow keys on its radio group, turning at 0 and 4. */
function levelArrows(): KeystrokeKind {
  let level = 0
  let direction = 1
  return {
    name: 'skill level (arrow on the radios)',
    async setup(page) {
      await openSkillForm(page)
      const checked = page.locator('form.skill-form input[type="radio"]:checked')
      level = Number(await checked.getAttribute('value'))
      direction = level >= 4 ? -1 : 1
      await checked.focus()
    },
    step() {
      if (level + direction > 4 || level + direction < 0) direction = -direction
      level += direction
      return { prepare: [], key: direction > 0 ? 'ArrowRight' : 'ArrowLeft' }
    },
  }
}

/** A skill's name typed over, as a user renames it (the suggestions open as they type). */
const skillName: KeystrokeKind = {
  name: 'skill name (characters)',
  async setup(page) {
    await openSkillForm(page)
    await page.locator('form.skill-form [role="combobox"]').focus()
  },
  step: typedWords(['vllm', 'lora', 'deepspeed', 'megatron', 'flashattn']),
}

export function keystrokeKinds(): KeystrokeKind[] {
  return [years, payPaste, levelArrows(), skillName]
}
