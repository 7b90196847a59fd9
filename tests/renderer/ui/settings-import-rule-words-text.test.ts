import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ImportProblem } from '../../../renderer/data/transfer/import-problems'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
import { importProblemText } from '../../../renderer/ui/screens/settings/import-problem-text'
import { importRefusal } from '../../helpers/import-refusal'

/**
 * What an import refusal still printed as the file's internals (review of the Settings import):
 * a red flag's and a checklist question's ids ("leaderboard-chasing", "checklist.model-product")
 * where the offer form shows the ruleset's names for them; a range's ends without the
 * language's grouping (10000000000); a file without its `version` called "not valid" (无效).
 */

type Row = Record<string, unknown>
interface File {
  version?: unknown
  data: { offers: Row[]; engineSettings: Row }
}

function fixtureWith(change: (file: File) => void): File {
  const file = JSON.parse(readFileSync('tests/fixtures/exports/v2-export.json', 'utf8')) as File
  change(file)
  return file
}

function firstOffer(file: File): Row {
  const offer = file.data.offers[0]
  if (!offer) throw new Error('the fixture has no offer')
  return offer
}

const RED_FLAG_IDS = /compute-splurge|leaderboard-chasing|all-hands|pr-over-product|unaffordable/

describe('red flags and checklist questions by the names the offer form shows', () => {
  const badFlag = () =>
    fixtureWith((file) => {
      firstOffer(file)['redFlags'] = ['four-steps-to-ruin']
    })

  it('a red flag Tidemark does not know: the ones it does, by name, each quoted', async () => {
    const zh = await importRefusal(badFlag(), 'zh-CN')
    expect(zh).toContain(
      'Offer 第 1 条（“Example AI (US)”）的“毁掉一家大模型公司的做法（第 50 行）”无效：应为以下之一：“花大钱买算力、高薪挖大牛”、“打榜、卷排名”、',
    )
    expect(zh).not.toMatch(RED_FLAG_IDS)
    const en = await importRefusal(badFlag(), 'en')
    expect(en).toContain(
      'Offers, record 1 (“Example AI (US)”): “Ways to ruin a large-model company (L50)” is not valid; it should be one of “Splurging on compute and star hires”, “Chasing leaderboards”, “Everyone cleaning data, training 7×24”, ',
    )
    expect(en).not.toMatch(RED_FLAG_IDS)
  })

  it('a checklist answer Tidemark does not know: the question by its name', async () => {
    const file = fixtureWith((file) => {
      const offer = firstOffer(file)
      offer['checklist'] = { ...(offer['checklist'] as Row), 'model-product': 'maybe' }
    })
    const zh = await importRefusal(file, 'zh-CN')
    expect(zh).toContain(
      'Offer 第 1 条（“Example AI (US)”）的“有模型产品”无效：应为以下之一：是、否、还不清楚。',
    )
    expect(zh).not.toContain('model-product')
    const en = await importRefusal(file, 'en')
    expect(en).toContain(
      'Offers, record 1 (“Example AI (US)”): “Has a model product” is not valid; it should be one of Yes, No, Don’t know yet.',
    )
    expect(en).not.toContain('model-product')
  })

  it('a checklist question Tidemark does not know: quoted as the file has it, in the group', async () => {
    const file = fixtureWith((file) => {
      firstOffer(file)['checklist'] = { hasModelProduct: 'yes' }
    })
    const zh = await importRefusal(file, 'zh-CN')
    expect(zh).toContain(
      'Offer 第 1 条（“Example AI (US)”）的“入职前的五个问题（第 35 行）”中有潮位不认识的字段“hasModelProduct”。',
    )
    expect(zh).not.toContain('checklist.')
    const en = await importRefusal(file, 'en')
    expect(en).toContain(
      'Offers, record 1 (“Example AI (US)”): Tidemark does not know the field “hasModelProduct” in “Before you join: five questions (L35)”.',
    )
    expect(en).not.toContain('checklist.')
  })
})

describe('a range’s ends in the language’s number format', () => {
  const signOn = () =>
    fixtureWith((file) => {
      firstOffer(file)['pay'] = {
        currency: 'CNY',
        base: { kind: 'annual', annual: { low: 500_000, high: 500_000 } },
        signOn: { low: -5, high: 1 },
      }
    })

  it('groups the thousands of a large bound, in either language', async () => {
    expect(await importRefusal(signOn(), 'zh-CN')).toContain(
      'Offer 第 1 条（“Example AI (US)”）的“签字费”无效：应为介于 0 到 10,000,000,000 之间的数。',
    )
    expect(await importRefusal(signOn(), 'en')).toContain(
      'Offers, record 1 (“Example AI (US)”): “Sign-on bonus” is not valid; it should be a number from 0 to 10,000,000,000.',
    )
  })

  it('leaves a four-digit bound (a year) ungrouped', async () => {
    const file = fixtureWith((file) => {
      file.data.engineSettings['taxYear'] = 1990
    })
    expect(await importRefusal(file, 'zh-CN')).toContain('应为介于 2019 到 2100 之间的整数。')
    expect(await importRefusal(file, 'en')).toContain(
      'it should be a whole number from 2019 to 2100.',
    )
  })
})

describe('a field with nothing in it is said to be missing, whatever kind it takes', () => {
  // The file's check reports a missing choice (`version`, a literal) as the value it expected;
  // with `missing` on that detail (renderer/data/transfer/issue-detail.ts), the refusal says so.
  const noVersion: ImportProblem = {
    code: 'invalid',
    issues: [
      {
        table: null,
        index: null,
        id: null,
        field: 'version',
        detail: { code: 'invalid_value', values: [2], missing: true },
        message: 'Invalid input: expected 2',
      },
    ],
    more: 0,
  }

  it('in Chinese and in English, naming the field', async () => {
    const zh = importProblemText((await createI18n('zh-CN')).t, noVersion)
    expect(zh).toContain(
      '文件缺少“version”：应为数字 1、2、3、4、5 或 6，不加引号（这个版本的潮位能读取的导出格式）。',
    )
    expect(zh).not.toContain('无效')
    const en = importProblemText((await createI18n('en')).t, noVersion)
    expect(en).toContain(
      'The file: “version” is missing; it should be the number 1, 2, 3, 4, 5 or 6, without quotes (the export formats this version of Tidemark reads).',
    )
    expect(en).not.toContain('not valid')
  })
})
