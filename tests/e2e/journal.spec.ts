import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { E2E_URL } from './chromium'

/**
 * The journal walked as a user keeps it (issue #9): an entry written in Chinese and one in
 * English from the quick entry on another screen; both found by 推理, by "quant" and by a 繁體
 * query with the match marked; the timeline filtered by kind and tag, the filters kept in the
 * address through a reload; an entry marked as evidence lifting a skill's cap on the Skills
 * screen; the job-search figures against a hand count; a Markdown entry holding raw HTML, a
 * javascript: link and a remote image that runs nothing and loads nothing; in English and in
 * Chinese. The words are spelled out as a user reads them, not imported from the app's tables:
 * a lost translation fails here.
 */

type Kind = 'learning' | 'project' | 'application' | 'interview' | 'offer' | 'reflection'

interface Words {
  locale: string
  // The journal's screen and its views.
  journal: string
  jobsView: string
  goalsView: string
  // The entry form.
  newEntry: string
  kinds: Record<Kind, string>
  date: string
  title: string
  text: string
  preview: string
  tags: string
  company: string
  evidenceOf: (skill: string) => string
  production: string
  save: string
  saved: string
  /** How the entry's facts name a skill it is evidence of. */
  evidenceFact: (skill: string) => string
  // The quick entry.
  quickEntry: string
  quickSaved: (title: string) => string
  // The timeline.
  search: string
  filters: string
  filtersOn: (count: number) => string
  kindFilter: string
  tagFilter: string
  fromFilter: string
  toFilter: string
  endBeforeStart: string
  anyKind: string
  entries: string
  totalEntries: (count: number) => string
  matches: (count: number) => string
  // The entries this walk writes, in the language's own words.
  englishTitle: string
  englishText: string
  englishTag: string
  chineseTag: string
  evidenceTitle: string
  // The Skills screen.
  skills: string
  addSkill: string
  name: string
  expert: RegExp
  skillSave: string
  capFlag: RegExp
  evidenceList: RegExp
  lifted: (title: string) => RegExp
  // The job search.
  companiesRow: string
  applicationsRow: string
  interviewsRow: string
  interviewsPerWeekRow: string
  offersRow: string
  offersPerCompanyRow: string
  weeksRow: string
  companyCounts: (application: number, interview: number, offer: number) => string
  // Goals.
  addGoal: string
  goalTitle: string
  goalName: string
  targetDate: string
  measuredBy: string
  entryCount: string
  kindOfEntry: string
  howMany: string
  countingFrom: string
  saveGoal: string
  goalReached: string
  // Markdown.
  imageLink: string
}

const EN: Words = {
  locale: 'en-US',
  journal: 'Journal',
  jobsView: 'Job search',
  goalsView: 'Goals',
  newEntry: 'New entry',
  kinds: {
    learning: 'Learning',
    project: 'Project',
    application: 'Application',
    interview: 'Interview',
    offer: 'Offer',
    reflection: 'Reflection',
  },
  date: 'Date',
  title: 'Title',
  text: 'Text',
  preview: 'Preview',
  tags: 'Tags',
  company: 'Company',
  evidenceOf: (skill) => `Evidence of ${skill}`,
  production: 'Production',
  save: 'Save',
  saved: 'Saved.',
  evidenceFact: (skill) => `${skill} (evidence: Production)`,
  quickEntry: 'Quick entry',
  quickSaved: (title) => `Saved “${title}” to the journal.`,
  search: 'Search the journal',
  filters: 'Filters',
  filtersOn: (count) => `Filters · ${String(count)} on`,
  kindFilter: 'Kind',
  tagFilter: 'Tag',
  fromFilter: 'From',
  toFilter: 'To',
  endBeforeStart: 'The end date is before the start date.',
  anyKind: 'Any kind',
  entries: 'Journal entries',
  totalEntries: (count) => `${String(count)} entries`,
  matches: (count) => (count === 1 ? '1 match' : `${String(count)} matches`),
  englishTitle: 'Quantization notes: AWQ vs GPTQ',
  englishText: 'Weight-only quantization keeps the accuracy; KV cache is next.',
  englishTag: 'reading',
  chineseTag: 'autumn-hiring',
  evidenceTitle: 'Shipped vLLM serving for the search team',
  skills: 'Skills',
  addSkill: 'Add a skill',
  name: 'Name',
  expert: /^4 Expert/,
  skillSave: 'Save',
  capFlag: /Level 4 counts as 2: no evidence/,
  evidenceList: /^Journal entries that show vLLM$/,
  lifted: (title) => new RegExp(`Evidence: “${title}” \\(journal, `),
  companiesRow: 'Companies contacted',
  applicationsRow: 'Applications',
  interviewsRow: 'Interviews',
  interviewsPerWeekRow: 'Interviews a week',
  offersRow: 'Offers',
  offersPerCompanyRow: 'Offers per company',
  weeksRow: 'Weeks',
  companyCounts: (application, interview, offer) =>
    `${String(application)} application${application === 1 ? '' : 's'} · ` +
    `${String(interview)} interview${interview === 1 ? '' : 's'} · ` +
    `${String(offer)} offer${offer === 1 ? '' : 's'}`,
  addGoal: 'Add a goal',
  goalTitle: 'New goal',
  goalName: 'Goal',
  targetDate: 'Target date',
  measuredBy: 'Measured by',
  entryCount: 'A number of journal entries',
  kindOfEntry: 'Kind of entry',
  howMany: 'How many',
  countingFrom: 'Counting from',
  saveGoal: 'Save goal',
  goalReached: 'Reached',
  imageLink: 'Image: x',
}

const ZH: Words = {
  locale: 'zh-CN',
  journal: '日志',
  jobsView: '求职进展',
  goalsView: '目标',
  newEntry: '新建记录',
  kinds: {
    learning: '学习',
    project: '项目',
    application: '投递',
    interview: '面试',
    offer: 'Offer',
    reflection: '复盘',
  },
  date: '日期',
  title: '标题',
  text: '正文',
  preview: '预览',
  tags: '标签',
  company: '公司',
  evidenceOf: (skill) => `作为“${skill}”的证据`,
  production: '生产上线',
  save: '保存',
  saved: '已保存。',
  evidenceFact: (skill) => `${skill}（证据：生产上线）`,
  quickEntry: '快速记录',
  quickSaved: (title) => `已将“${title}”存入日志。`,
  search: '搜索日志',
  filters: '筛选',
  filtersOn: (count) => `筛选 · 已启用 ${String(count)} 项`,
  kindFilter: '类型',
  tagFilter: '标签',
  fromFilter: '起始日期',
  toFilter: '截止日期',
  endBeforeStart: '截止日期早于起始日期。',
  anyKind: '全部类型',
  entries: '日志条目',
  totalEntries: (count) => `共 ${String(count)} 条`,
  matches: (count) => `找到 ${String(count)} 条`,
  englishTitle: 'Quantization notes: AWQ vs GPTQ',
  englishText: 'Weight-only quantization keeps the accuracy; KV cache is next.',
  englishTag: 'reading',
  chineseTag: '秋招',
  evidenceTitle: '给搜索团队上线了 vLLM 推理服务',
  skills: '技能',
  addSkill: '添加技能',
  name: '名称',
  expert: /^4 专家/,
  skillSave: '保存',
  capFlag: /自评 4 级，只按 2 级计：没有证据/,
  evidenceList: /^vLLM 的证据日志$/,
  lifted: (title) => new RegExp(`证据：“${title}”（日志，`),
  companiesRow: '接触过的公司',
  applicationsRow: '投递',
  interviewsRow: '面试',
  interviewsPerWeekRow: '每周面试',
  offersRow: 'Offer',
  offersPerCompanyRow: '每家公司的 offer 数',
  weeksRow: '周数',
  companyCounts: (application, interview, offer) =>
    `投递 ${String(application)} 次 · 面试 ${String(interview)} 次 · offer ${String(offer)} 个`,
  addGoal: '添加目标',
  goalTitle: '新目标',
  goalName: '目标',
  targetDate: '截止日期',
  measuredBy: '衡量方式',
  entryCount: '日志达到一定条数',
  kindOfEntry: '日志类型',
  howMany: '条数',
  countingFrom: '开始计数日期',
  saveGoal: '保存目标',
  goalReached: '已达成',
  imageLink: '图片：x',
}

/** The entry the issue names, written the same in both languages (a Chinese user's note). */
const CHINESE_TITLE = '字节 二面 推理加速 量化'
/** Holds 面试, so the 繁體 query 面試 has its 简体 counterpart in it. */
const CHINESE_TEXT = '这次面试问了推理加速：KV cache、投机采样，还有 INT8 量化的精度。'
const CHINESE_COMPANY = '字节跳动'

const ORIGIN = new URL(E2E_URL).origin

interface NewEntry {
  kind: Kind
  title: string
  date?: string
  text?: string
  tags?: readonly string[]
  company?: string
}

/** Fills the entry form inside `scope` (the page's form or the quick entry's dialog). */
async function fillEntry(scope: Locator, words: Words, entry: NewEntry): Promise<void> {
  await scope.getByRole('radio', { name: words.kinds[entry.kind], exact: true }).check()
  await scope.getByRole('textbox', { name: words.title, exact: true }).fill(entry.title)
  if (entry.date !== undefined) await scope.getByLabel(words.date, { exact: true }).fill(entry.date)
  if (entry.text !== undefined) {
    await scope.getByRole('textbox', { name: words.text, exact: true }).fill(entry.text)
  }
  const tags = scope.getByRole('combobox', { name: words.tags, exact: true })
  for (const tag of entry.tags ?? []) {
    await tags.fill(tag)
    await tags.press('Enter')
    await expect(scope.getByRole('listitem').filter({ hasText: tag })).toBeVisible()
  }
  if (entry.company !== undefined) {
    await scope.getByRole('textbox', { name: words.company, exact: true }).fill(entry.company)
  }
}

/** Writes an entry at #/journal/new and waits for its own page to show it. */
async function writeEntry(page: Page, words: Words, entry: NewEntry): Promise<void> {
  await page.goto('/#/journal/new')
  const form = page.getByRole('form', { name: words.newEntry })
  await expect(form).toBeVisible()
  await fillEntry(form, words, entry)
  await form.getByRole('button', { name: words.save, exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: entry.title })).toBeVisible()
  await expect(page).toHaveURL(/#\/journal\/[^/?]+$/)
}

/** The titles of the entries the timeline lists, in its order. */
function listedTitles(page: Page, words: Words): Locator {
  return page.getByRole('list', { name: words.entries }).getByRole('link')
}

/** Types a search and waits for its answer (the count line says how many matched). */
async function searchFor(page: Page, words: Words, query: string, count: number): Promise<void> {
  await page.getByRole('searchbox', { name: words.search }).fill(query)
  await expect(page.getByTestId('journal-count')).toHaveText(words.matches(count))
  await expect(listedTitles(page, words)).toHaveCount(count)
}

/** The timeline's state in the address: the parameters after the hash's "?". */
function hashParameters(page: Page): URLSearchParams {
  const hash = new URL(page.url()).hash
  return new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '')
}

/** The user's figure (the second column) in the job-search table's row named `label`. */
function yourFigure(page: Page, label: string): Locator {
  return page
    .getByTestId('job-search-figures')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
    .getByRole('cell')
    .first()
}

/** A level-4 vLLM without evidence, saved on the Skills screen: the cap is flagged. */
async function addCappedSkill(page: Page, words: Words): Promise<void> {
  await page.goto('/#/skills')
  await expect(page.getByRole('heading', { level: 1, name: words.skills })).toBeVisible()
  await page.getByRole('button', { name: words.addSkill }).first().click()
  await page.getByRole('combobox', { name: words.name, exact: true }).fill('vLL')
  await page.getByRole('option', { name: /^vLLM/ }).click()
  await page.getByRole('radio', { name: words.expert }).check()
  await page.getByRole('button', { name: words.skillSave, exact: true }).click()
  await expect(page.getByText(words.capFlag).first()).toBeVisible()
}

for (const words of [EN, ZH]) {
  test.describe(`journal in ${words.locale}`, () => {
    test.use({ locale: words.locale, viewport: { width: 1280, height: 900 } })

    test('write in Chinese and from the quick entry, search in both scripts, filter by kind and tag', async ({
      page,
    }) => {
      test.setTimeout(120_000)

      // The entry the issue names, written on its own page.
      await page.goto('/#/journal/new')
      await expect(page.getByRole('heading', { level: 1, name: words.journal })).toBeVisible()
      const form = page.getByRole('form', { name: words.newEntry })
      await fillEntry(form, words, {
        kind: 'interview',
        title: CHINESE_TITLE,
        text: CHINESE_TEXT,
        tags: [words.chineseTag],
        company: CHINESE_COMPANY,
      })
      await expectNoAxeViolations(page)
      await form.getByRole('button', { name: words.save, exact: true }).click()
      await expect(page.getByRole('heading', { level: 2, name: CHINESE_TITLE })).toBeVisible()
      await expect(page.getByText(words.saved, { exact: true })).toBeVisible()
      await expect(page.getByText(CHINESE_COMPANY, { exact: true })).toBeVisible()
      await expect(page.getByRole('link', { name: words.chineseTag, exact: true })).toBeVisible()
      await expectNoAxeViolations(page)

      // One in English from another screen: Alt+J, then Ctrl+Enter from the text.
      await page.goto('/#/skills')
      await expect(page.getByRole('heading', { level: 1, name: words.skills })).toBeVisible()
      await page.keyboard.press('Alt+KeyJ')
      const dialog = page.getByRole('dialog', { name: words.quickEntry })
      await expect(dialog).toBeVisible()
      await expect(dialog.getByRole('textbox', { name: words.title, exact: true })).toBeFocused()
      await fillEntry(dialog, words, {
        kind: 'learning',
        title: words.englishTitle,
        text: words.englishText,
        tags: [words.englishTag],
      })
      await expectNoAxeViolations(page)
      await dialog.getByRole('textbox', { name: words.text, exact: true }).press('Control+Enter')
      await expect(dialog).toBeHidden()
      await expect(page.getByText(words.quickSaved(words.englishTitle))).toBeVisible()
      await expect(page).toHaveURL(/#\/skills$/)

      // Both on the timeline.
      await page.goto('/#/journal')
      await expect(page.getByTestId('journal-count')).toHaveText(words.totalEntries(2))
      await expect(listedTitles(page, words)).toHaveCount(2)
      await expectNoAxeViolations(page)

      // Found by 推理, by "quant" (a prefix of quantization) and by 面試 (繁體 for 面试),
      // each match marked.
      const list = page.getByRole('list', { name: words.entries })
      await searchFor(page, words, '推理', 1)
      await expect(listedTitles(page, words)).toHaveText([CHINESE_TITLE])
      await expect(list.locator('mark', { hasText: /^推理$/ }).first()).toBeVisible()
      expect(hashParameters(page).get('q')).toBe('推理')

      await searchFor(page, words, 'quant', 1)
      await expect(listedTitles(page, words)).toHaveText([words.englishTitle])
      await expect(list.locator('mark', { hasText: /^Quantization$/ }).first()).toBeVisible()

      await searchFor(page, words, '面試', 1)
      await expect(listedTitles(page, words)).toHaveText([CHINESE_TITLE])
      await expect(list.locator('mark', { hasText: /^面试$/ }).first()).toBeVisible()
      // A word in both entries finds both.
      await searchFor(page, words, 'kv cache', 2)

      await page.getByRole('searchbox', { name: words.search }).fill('')
      await expect(page.getByTestId('journal-count')).toHaveText(words.totalEntries(2))

      // Filtered by kind, then by tag too: the address carries both, and a reload keeps them.
      // They are folded under one button while none is on.
      const kind = page.getByRole('combobox', { name: words.kindFilter, exact: true })
      const tag = page.getByRole('combobox', { name: words.tagFilter, exact: true })
      const filters = page.getByRole('button', { name: words.filters, exact: true })
      await expect(filters).toHaveAttribute('aria-expanded', 'false')
      await expect(kind).toBeHidden()
      await filters.click()
      await expect(filters).toHaveAttribute('aria-expanded', 'true')
      await expectNoAxeViolations(page)
      await kind.selectOption({ label: words.kinds.interview })
      await expect(listedTitles(page, words)).toHaveText([CHINESE_TITLE])
      expect(hashParameters(page).get('kind')).toBe('interview')
      await tag.selectOption({ label: words.chineseTag })
      await expect(listedTitles(page, words)).toHaveText([CHINESE_TITLE])
      expect(hashParameters(page).get('kind')).toBe('interview')
      expect(hashParameters(page).get('tag')).toBe(words.chineseTag)
      await page.reload()
      // Filters on in the address: unfolded, their count on the button.
      await expect(
        page.getByRole('button', { name: words.filtersOn(2), exact: true }),
      ).toHaveAttribute('aria-expanded', 'true')
      await expect(kind).toHaveValue('interview')
      await expect(tag).toHaveValue(words.chineseTag)
      await expect(listedTitles(page, words)).toHaveText([CHINESE_TITLE])
      // The other tag with any kind: only the English entry.
      await kind.selectOption({ label: words.anyKind })
      await tag.selectOption({ label: words.englishTag })
      await expect(listedTitles(page, words)).toHaveText([words.englishTitle])
      expect(hashParameters(page).get('kind')).toBeNull()
      expect(hashParameters(page).get('tag')).toBe(words.englishTag)
      await page.reload()
      await expect(tag).toHaveValue(words.englishTag)
      await expect(listedTitles(page, words)).toHaveText([words.englishTitle])

      // An end typed before the start stays in its box, said under it, and is not applied.
      const from = page.getByLabel(words.fromFilter, { exact: true })
      const to = page.getByLabel(words.toFilter, { exact: true })
      await from.fill('2000-01-10')
      await expect.poll(() => hashParameters(page).get('from')).toBe('2000-01-10')
      await to.fill('2000-01-05')
      await expect(to).toHaveValue('2000-01-05')
      await expect(to).toHaveAttribute('aria-invalid', 'true')
      await expect(to).toHaveAccessibleDescription(words.endBeforeStart)
      expect(hashParameters(page).get('to')).toBeNull()
      await expect(page.getByRole('note')).toHaveCount(0)
      await expect(listedTitles(page, words)).toHaveText([words.englishTitle])
      await expectNoAxeViolations(page)
    })

    test('an entry marked as evidence lifts the skill’s cap, and the skill names it', async ({
      page,
    }) => {
      test.setTimeout(90_000)
      await addCappedSkill(page, words)

      await page.goto('/#/journal/new')
      const form = page.getByRole('form', { name: words.newEntry })
      await fillEntry(form, words, {
        kind: 'project',
        title: words.evidenceTitle,
        text: 'p99 latency 420 ms → 180 ms.',
      })
      await form.getByRole('checkbox', { name: 'vLLM', exact: true }).check()
      await form
        .getByRole('combobox', { name: words.evidenceOf('vLLM') })
        .selectOption({ label: words.production })
      await form.getByRole('button', { name: words.save, exact: true }).click()
      await expect(page.getByRole('heading', { level: 2, name: words.evidenceTitle })).toBeVisible()
      await expect(page.getByText(words.evidenceFact('vLLM'))).toBeVisible()

      // On the Skills screen the flag is gone, and the skill names the entry behind it.
      await page.goto('/#/skills')
      await expect(page.getByRole('heading', { level: 1, name: words.skills })).toBeVisible()
      const evidence = page.getByRole('list', { name: words.evidenceList })
      await expect(evidence.getByRole('link', { name: words.evidenceTitle })).toBeVisible()
      await expect(page.getByText(words.capFlag)).toHaveCount(0)
      await expect(page.getByText(words.lifted(words.evidenceTitle)).first()).toBeVisible()
      // The link leads back to the entry.
      await evidence.getByRole('link', { name: words.evidenceTitle }).click()
      await expect(page.getByRole('heading', { level: 2, name: words.evidenceTitle })).toBeVisible()
    })

    test('the job-search figures equal a hand count; goals count the interviews', async ({
      page,
    }) => {
      test.setTimeout(150_000)
      // Two companies (one typed two ways) over two weeks: 2026-10-05 is a Monday.
      const entries: NewEntry[] = [
        {
          kind: 'application',
          date: '2026-10-05',
          title: 'Applied: Moonshot',
          company: 'Moonshot AI',
        },
        { kind: 'application', date: '2026-10-06', title: 'Applied: Zhipu', company: '智谱' },
        {
          kind: 'interview',
          date: '2026-10-08',
          title: 'Moonshot round 1',
          company: 'moonshot  ai',
        },
        { kind: 'learning', date: '2026-10-09', title: 'Read the FlashAttention paper' },
        { kind: 'interview', date: '2026-10-13', title: 'Zhipu round 1', company: '智谱' },
        {
          kind: 'interview',
          date: '2026-10-15',
          title: 'Moonshot round 2',
          company: 'Moonshot AI',
        },
        { kind: 'offer', date: '2026-10-17', title: 'Moonshot offer', company: 'Moonshot AI' },
      ]
      for (const entry of entries) await writeEntry(page, words, entry)

      // By hand: 2 companies, 2 applications, 3 interviews, 1 offer, over 2 weeks (Oct 5–11,
      // Oct 12–18): 1.5 interviews a week, 0.5 offers a company; the learning note counts for
      // nothing.
      await page.goto('/#/journal/jobs')
      await expect(page.getByRole('link', { name: words.jobsView })).toHaveAttribute(
        'aria-current',
        'page',
      )
      await expect(yourFigure(page, words.companiesRow)).toHaveText('2')
      await expect(yourFigure(page, words.applicationsRow)).toHaveText('2')
      await expect(yourFigure(page, words.interviewsRow)).toHaveText('3')
      await expect(yourFigure(page, words.offersRow)).toHaveText('1')
      await expect(yourFigure(page, words.offersPerCompanyRow)).toHaveText('0.5')
      await expect(yourFigure(page, words.weeksRow)).toHaveText('2')
      await expect(yourFigure(page, words.interviewsPerWeekRow)).toHaveText('1.5')
      // Per company: Moonshot (however typed) heard from last, so first.
      const companies = page.getByTestId('job-company')
      await expect(companies).toHaveCount(2)
      await expect(companies.nth(0).getByRole('heading', { level: 3 })).toHaveText('Moonshot AI')
      await expect(companies.nth(0)).toContainText(words.companyCounts(1, 2, 1))
      await expect(companies.nth(0).getByRole('listitem')).toHaveCount(4)
      await expect(companies.nth(1).getByRole('heading', { level: 3 })).toHaveText('智谱')
      await expect(companies.nth(1)).toContainText(words.companyCounts(1, 1, 0))
      await page.waitForLoadState('networkidle')
      await expectNoAxeViolations(page)

      // A goal of three interviews in October, counted from the journal: reached.
      await page.getByRole('link', { name: words.goalsView, exact: true }).click()
      await page.getByRole('button', { name: words.addGoal }).click()
      const goal = page.getByRole('form', { name: words.goalTitle })
      await goal.getByRole('textbox', { name: words.goalName, exact: true }).fill('3 interviews')
      await goal.getByLabel(words.targetDate, { exact: true }).fill('2026-10-31')
      await goal
        .getByRole('combobox', { name: words.measuredBy })
        .selectOption({ label: words.entryCount })
      await goal
        .getByRole('combobox', { name: words.kindOfEntry })
        .selectOption({ label: words.kinds.interview })
      await goal.getByRole('textbox', { name: words.howMany, exact: true }).fill('3')
      await goal.getByLabel(words.countingFrom, { exact: true }).fill('2026-10-01')
      await goal.getByRole('button', { name: words.saveGoal }).click()
      const item = page.getByTestId('goal-item').filter({ hasText: '3 interviews' })
      await expect(item).toContainText(words.goalReached)
      await expectNoAxeViolations(page)
    })

    test('Markdown with raw HTML, a javascript: link and a remote image runs and loads nothing', async ({
      page,
      context,
    }) => {
      test.setTimeout(60_000)
      const requests: string[] = []
      context.on('request', (request) => requests.push(request.url()))
      const body = [
        'An entry pasted from a page:',
        '',
        '<img src=x onerror="window.__pwned=1">',
        '',
        '[click](javascript:window.__pwned=2)',
        '',
        '![x](http://example.com/x.png)',
      ].join('\n')

      await page.goto('/#/journal/new')
      const form = page.getByRole('form', { name: words.newEntry })
      await fillEntry(form, words, { kind: 'learning', title: 'Pasted notes', text: body })
      // The preview renders it the same safe way.
      await form.getByRole('button', { name: words.preview }).click()
      await expect(form.getByText('click', { exact: true })).toBeVisible()
      await expect(page.locator('img')).toHaveCount(0)
      await form.getByRole('button', { name: words.save, exact: true }).click()
      await expect(page.getByRole('heading', { level: 2, name: 'Pasted notes' })).toBeVisible()
      const entryUrl = page.url()

      const article = page.getByRole('article')
      await expect(article.getByText('click', { exact: true })).toBeVisible()
      // No image element at all: neither the raw one nor the remote one (a link to it instead).
      await expect(page.locator('img')).toHaveCount(0)
      await expect(article.getByRole('link', { name: words.imageLink })).toHaveAttribute(
        'href',
        'http://example.com/x.png',
      )
      // The javascript: link is no link; clicking its text runs nothing and moves nothing.
      await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0)
      await article.getByText('click', { exact: true }).click()
      await page.waitForTimeout(300)
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
      expect(page.url()).toBe(entryUrl)

      // Nothing left the app's origin (data: URLs never leave the page).
      await page.waitForLoadState('networkidle')
      const foreign = requests.filter(
        (url) => !url.startsWith('data:') && new URL(url).origin !== ORIGIN,
      )
      expect(foreign).toEqual([])
    })
  })
}
