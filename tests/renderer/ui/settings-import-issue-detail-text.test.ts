import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
import { generateExport } from '../../helpers/export-generator'
import { importRefusal } from '../../helpers/import-refusal'

/**
 * A refused record in the interface's own words for what the export schema's kinds cannot say
 * (a text too long, a field Tidemark does not know, an id twice, a record's rule, an override
 * that does not apply), from the detail: zod's sentence stayed before, in English on a
 * worker checking in English and always for the duplicate id ('duplicate id "…"').
 */

type Row = Record<string, unknown>
interface File {
  data: { journal: Row[]; skills: Row[]; goals: Row[]; rulesetOverrides: Row | null }
}

function row(rows: Row[], index: number): Row {
  const found = rows[index]
  if (!found) throw new Error(`no row ${String(index)}`)
  return found
}

/** The same faults as a file may hold them, each its own record. */
function faultyFile(): File {
  const file = JSON.parse(generateExport(8, 11).text) as File
  const journal = file.data.journal
  row(journal, 0)['title'] = 'x'.repeat(201)
  row(journal, 1)['title'] = ''
  row(journal, 2)['mood'] = 'fine'
  row(journal, 3)['tags'] = ['a', 'a']
  row(journal, 4)['title'] = 42
  row(journal, 5)['date'] = '2026-02-30'
  file.data.goals.push({
    id: 'g1',
    title: 'Ship it',
    targetDate: '2027-01-01',
    createdAt: '2026-10-06T02:42:55.615Z',
    updatedAt: '2026-10-06T02:42:55.615Z',
    target: { kind: 'weight-loss' },
  })
  return file
}

function duplicateFile(): { file: File; id: string } {
  const file = JSON.parse(generateExport(4, 3).text) as File
  const first = row(file.data.journal, 0)
  file.data.journal.push({ ...first })
  return { file, id: String(first['id']) }
}

function overridesFile(): File {
  const file = JSON.parse(generateExport(2, 3).text) as File
  file.data.rulesetOverrides = {
    id: 'overrides',
    overrides: { skillDomains: [{ id: 'no-such-domain', premiumClass: 'S' }] },
    updatedAt: '2026-10-06T02:42:55.615Z',
  }
  return file
}

describe('an import refusal says what is wrong in the interface’s words', () => {
  it('in Chinese: too long, empty, unknown field, a tag twice, a wrong kind, a bad date', async () => {
    const text = await importRefusal(faultyFile(), 'zh-CN')
    expect(text).toContain('日志第 1 条（“2026-07-20”）的“标题”：文字太长，最多 200 个字。')
    expect(text).toContain('日志第 2 条（“2026-07-12”）的“标题”：不能为空。')
    expect(text).toContain('日志第 3 条（“2025-03-09 · 周记 2”）有潮位不认识的字段“mood”。')
    expect(text).toContain('日志第 4 条（“2026-07-13 · 面试 3”）的“标签”：同一个标签出现了两次。')
    expect(text).toContain('日志第 5 条（“2026-03-22”）的“标题”无效：应为一段文字。')
    expect(text).toContain('日志第 6 条（“Log 5”）的“日期”无效：应为日期（如 2026-03-01）。')
    expect(text).toMatch(
      /目标第 \d+ 条（“Ship it”）的“类型”无效：应为以下之一：“skill-level”、“entry-count”。/,
    )
    // No English words of the check's, but for the records' own titles, quoted as the file has them.
    expect(text.replace(/（“[^”]*”）/g, '')).not.toMatch(
      /[A-Z][a-z]+ [a-z]+|expected|Invalid|Too big|Unrecognized/,
    )
  })

  it('in English alike', async () => {
    const text = await importRefusal(faultyFile(), 'en')
    expect(text).toContain(
      'Journal, record 1 (“2026-07-20”), “Title”: Text is too long: at most 200 characters.',
    )
    expect(text).toContain('Journal, record 2 (“2026-07-12”), “Title”: This cannot be empty.')
    expect(text).toContain(
      'Journal, record 3 (“2025-03-09 · 周记 2”): Tidemark does not know the field “mood”.',
    )
    expect(text).toContain(
      'Journal, record 4 (“2026-07-13 · 面试 3”), “Tags”: The same tag appears twice.',
    )
    expect(text).toContain(
      'Journal, record 5 (“2026-03-22”): “Title” is not valid; it should be a text.',
    )
    expect(text).toContain(
      'Journal, record 6 (“Log 5”): “Date” is not valid; it should be a date (such as 2026-03-01).',
    )
    expect(text).toMatch(
      /Goals, record \d+ \(“Ship it”\): “Kind” is not valid; it should be one of “skill-level”, “entry-count”\./,
    )
    expect(text).not.toMatch(/Invalid|Too big|Unrecognized|expected string/)
  })

  it('an id twice, in Chinese and in English', async () => {
    const { file, id } = duplicateFile()
    const zh = await importRefusal(file, 'zh-CN')
    expect(zh).toContain(
      `日志第 5 条（“2026-04-15 · 面试 0”）的 ID“${id}”已被前面的记录使用，每条记录的 ID 都不能相同。`,
    )
    expect(zh).not.toContain('duplicate')
    const en = await importRefusal(file, 'en')
    expect(en).toContain(
      `Journal, record 5 (“2026-04-15 · 面试 0”): the ID “${id}” is already used by an earlier record; each needs its own.`,
    )
    expect(en).not.toContain('duplicate')
  })

  it('a day twice in the score history, in Chinese and in English', async () => {
    const file = JSON.parse(generateExport(2, 3).text) as File & { data: { skillSnapshots: Row[] } }
    const snapshot = { date: '2026-01-05', score: 40, tier: 'core', levels: {}, rulesetVersion: 1 }
    file.data.skillSnapshots = [snapshot, { ...snapshot }]
    const zh = await importRefusal(file, 'zh-CN')
    expect(zh).toContain('评分历史第 2 条的日期 2026-01-05 已经有一条记录，每天最多一条。')
    const en = await importRefusal(file, 'en')
    expect(en).toContain(
      'record 2: the date 2026-01-05 already has a record; a day has one at most.',
    )
  })

  it('a long limit is written with its thousands marked, in either language', async () => {
    const file = JSON.parse(generateExport(2, 3).text) as File
    row(file.data.journal, 0)['body'] = 'x'.repeat(20_001)
    expect(await importRefusal(file, 'zh-CN')).toContain(
      '日志第 1 条（“2026-04-15 · 面试 0”）的“正文”：文字太长，最多 20,000 个字。',
    )
    expect(await importRefusal(file, 'en')).toContain(
      'Journal, record 1 (“2026-04-15 · 面试 0”), “Text”: Text is too long: at most 20,000 characters.',
    )
  })

  it("the profile's fields and choices by the form's words; a whole table as the file's", async () => {
    const file = JSON.parse(generateExport(2, 3).text) as { data: Record<string, unknown> }
    file.data['profile'] = { id: 'me', updatedAt: '2026-10-06T02:42:55.615Z' }
    file.data['goals'] = 5
    const zh = await importRefusal(file, 'zh-CN')
    expect(zh).toContain('个人资料缺少“最高学历”：应为以下之一：无学位、本科、硕士、博士。')
    expect(zh).toContain('个人资料缺少“工作年限”：应为介于 0 到 60 之间的数。')
    expect(zh).toContain('个人资料缺少“岗位稳定性”：应为以下之一：稳定、')
    expect(zh).toContain('文件的“目标”无效：应为用 [ ] 括起的列表。')
    const en = await importRefusal(file, 'en')
    expect(en).toContain(
      'Profile: “Highest degree” is missing; it should be one of No degree, Bachelor’s,',
    )
    expect(en).toContain('Profile: “Years of experience” is missing; it should be a number')
    expect(en).toContain('The file: “Goals” is not valid; it should be a list in brackets [ ].')
  })

  it('an override that does not apply, as the Rules screen says it', async () => {
    const zh = await importRefusal(overridesFile(), 'zh-CN')
    expect(zh).toContain('当前版本的规则中没有“no-such-domain”。')
    expect(zh).not.toContain('no rule')
    const en = await importRefusal(overridesFile(), 'en')
    expect(en).toContain('There is no rule “no-such-domain” in this version of the rules.')
  })
})

/** The v2 fixture with its first offer and the profile's pay changed by `change`. */
function fixtureWith(change: (data: { offers: Row[]; profile: Row }) => void): object {
  const file = JSON.parse(readFileSync('tests/fixtures/exports/v2-export.json', 'utf8')) as {
    data: { offers: Row[]; profile: Row }
  }
  change(file.data)
  return file
}

const monthlyPay = (extra: Row = {}): Row => ({
  currency: 'CNY',
  base: { kind: 'monthly', monthly: { low: 30_000, high: 30_000 }, months: 14 },
  ...extra,
})

describe('an offer’s and the current pay’s fields by their forms’ labels, choices by their words', () => {
  const faulty = () =>
    fixtureWith((data) => {
      const offer = row(data.offers, 0)
      offer['pay'] = monthlyPay({
        yearEndBonus: { kind: 'months', months: 4, monthsHigh: 2 },
        signOn: { low: 5, high: 1 },
      })
      offer['employerKind'] = 'bank'
      offer['roleDomains'] = ['cooking']
      row(data.offers, 1)['pay'] = { currency: 'CNY', base: { kind: 'weekly' } }
      data.profile['currentPay'] = monthlyPay({
        yearEndBonus: { kind: 'months', months: 4, monthsHigh: 2 },
        currency: 'RMB',
      })
    })

  it('in Chinese, with no file path or id left', async () => {
    const text = await importRefusal(faulty(), 'zh-CN')
    expect(text).toContain('Offer 第 1 条（“Example AI (US)”）的“几个月月薪 最高”：下限高于上限。')
    expect(text).toContain('Offer 第 1 条（“Example AI (US)”）的“签字费”：下限高于上限。')
    expect(text).toContain(
      'Offer 第 1 条（“Example AI (US)”）的“公司与团队类型”无效：应为以下之一：大厂的成熟业务、研究院或实验室、',
    )
    expect(text).toContain(
      'Offer 第 1 条（“Example AI (US)”）的“岗位需要的技能”无效：应为以下之一：大模型训练、调优、',
    )
    expect(text).toContain(
      'Offer 第 2 条（“月之暗面”）的“底薪写法”无效：应为以下之一：月薪 × 月数、年薪总额、',
    )
    expect(text).toContain('个人资料的“年终奖最高”：下限高于上限。')
    expect(text).toContain('个人资料的“币种”无效：应为以下之一：人民币（CNY）、美元（USD）、')
    expect(text).not.toMatch(/pay\.|employerKind|roleDomains|currentPay|big-tech|llm-training/)
    expect(text).not.toMatch(/“monthly”/)
  })

  it('in English alike', async () => {
    const text = await importRefusal(faulty(), 'en')
    expect(text).toContain(
      'Offers, record 1 (“Example AI (US)”), “Months of base up to”: The low end is above the high end.',
    )
    expect(text).toContain(
      'Offers, record 1 (“Example AI (US)”), “Sign-on bonus”: The low end is above the high end.',
    )
    expect(text).toContain(
      'Offers, record 1 (“Example AI (US)”): “Employer and team” is not valid; it should be one of A big company’s established business, ',
    )
    expect(text).toContain(
      'Offers, record 1 (“Example AI (US)”): “Skills the role needs” is not valid; it should be one of LLM training, Fine-tuning, ',
    )
    expect(text).toContain(
      'Offers, record 2 (“月之暗面”): “Base pay stated as” is not valid; it should be one of Monthly pay × months, A yearly total, ',
    )
    expect(text).toContain('Profile, “Bonus up to”: The low end is above the high end.')
    expect(text).toContain('Profile: “Currency” is not valid; it should be one of Yuan (CNY), ')
    expect(text).not.toMatch(/pay\.|employerKind|roleDomains|currentPay|big-tech|llm-training/)
  })

  it('names a range’s low end by its label, its high end with “up to”', async () => {
    const file = fixtureWith((data) => {
      row(data.offers, 0)['pay'] = {
        currency: 'CNY',
        base: { kind: 'annual', annual: { low: 'a', high: 'b' } },
      }
    })
    const zh = await importRefusal(file, 'zh-CN')
    expect(zh).toContain('Offer 第 1 条（“Example AI (US)”）的“年薪”无效：应为数字。')
    expect(zh).toContain('Offer 第 1 条（“Example AI (US)”）的“年薪 最高”无效：应为数字。')
    const en = await importRefusal(file, 'en')
    expect(en).toContain(
      'Offers, record 1 (“Example AI (US)”): “Yearly base up to” is not valid; it should be a number.',
    )
  })

  it('calls the offers’ table by the word the interface uses for it', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const { t } = await createI18n(language)
      expect(t('data.table.offers')).toBe(t('nav.offers'))
    }
  })
})

describe('a version this app does not read', () => {
  for (const version of [0, '2', 1.5]) {
    it(`names the versions it reads, as a number (${JSON.stringify(version)})`, async () => {
      const file = fixtureWith(() => undefined) as Row
      file['version'] = version
      expect(await importRefusal(file, 'zh-CN')).toContain(
        '文件的“version”无效：应为数字 1、2、3、4、5 或 6，不加引号（这个版本的潮位能读取的导出格式）。',
      )
      expect(await importRefusal(file, 'en')).toContain(
        'The file: “version” is not valid; it should be the number 1, 2, 3, 4, 5 or 6, without quotes (the export formats this version of Tidemark reads).',
      )
    })
  }

  it('a file without a version says the version is missing, not that it is wrong', async () => {
    const file = fixtureWith(() => undefined) as Row
    delete file['version']
    const zh = await importRefusal(file, 'zh-CN')
    expect(zh).toContain(
      '文件缺少“version”：应为数字 1、2、3、4、5 或 6，不加引号（这个版本的潮位能读取的导出格式）。',
    )
    expect(zh).not.toContain('无效')
    const en = await importRefusal(file, 'en')
    expect(en).toContain(
      'The file: “version” is missing; it should be the number 1, 2, 3, 4, 5 or 6, without quotes (the export formats this version of Tidemark reads).',
    )
    expect(en).not.toContain('not valid')
  })
})
