// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const CSS = readFileSync('renderer/ui/report/print.css', 'utf8')

/** The selectors the print style sheet hides ("display: none"), from its @media print block. */
function hiddenOnPaper(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '')
  const start = text.indexOf('@media print')
  const open = text.indexOf('{', start)
  let depth = 1
  let end = open + 1
  while (depth > 0 && end < text.length) {
    if (text[end] === '{') depth++
    if (text[end] === '}') depth--
    end++
  }
  const block = text.slice(open + 1, end - 1)
  return [...block.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .filter(([, , body]) => /display:\s*none/.test(body ?? ''))
    .flatMap(([, selectors]) => (selectors ?? '').split(','))
    .map((selector) => selector.trim())
    .filter((selector) => selector !== '' && !selector.startsWith('@'))
}

/** The Skills screen's parts, as SkillsScreen, SkillsEditor and SkillList lay them out. */
function skillsScreen(): HTMLElement {
  document.body.innerHTML = `
    <div class="app"><main class="app-main">
      <section class="section skills-screen">
        <div class="skills-layout">
          <div class="skills-forms">
            <section class="panel profile-panel"><form class="profile-form"></form></section>
            <section class="panel skills-editor">
              <h2>Your skills</h2>
              <div class="skills-add-row"><button class="skill-add">Add a skill</button></div>
              <div role="status" class="skills-editor-status"></div>
              <ul class="skill-list"><li class="skill-row"><div class="skill-summary">NLP</div></li></ul>
            </section>
          </div>
          <aside class="skills-result"><div class="assessment-panel"></div></aside>
        </div>
      </section>
    </main></div>`
  const list = document.querySelector<HTMLElement>('.skill-list')
  if (!list) throw new Error('the list is drawn')
  return list
}

/** Whether a print rule hides the element or one of its ancestors. */
function hiddenBy(element: Element, selectors: readonly string[]): string[] {
  const hits: string[] = []
  for (let node: Element | null = element; node; node = node.parentElement) {
    for (const selector of selectors) {
      try {
        if (node.matches(selector)) hits.push(selector)
      } catch {
        // A pseudo-element (::details-content) matches no element: not a rule that hides one.
      }
    }
  }
  return hits
}

describe('the Skills screen on paper (trial 16 #8)', () => {
  it('prints the skill list: no print rule hides it or what holds it', () => {
    const list = skillsScreen()
    const row = list.querySelector('.skill-row')
    if (!row) throw new Error('a row')
    expect(hiddenBy(row, hiddenOnPaper(CSS))).toEqual([])
  })

  it('still leaves the forms, the profile editor and the add button off paper', () => {
    skillsScreen()
    const hidden = hiddenOnPaper(CSS)
    for (const selector of ['.profile-form', '.profile-panel', '.skill-add', '.skills-add-row']) {
      const element = document.querySelector(selector)
      if (!element) throw new Error(selector)
      expect(hiddenBy(element, hidden), selector).not.toEqual([])
    }
  })
})
