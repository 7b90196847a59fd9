import { describe, expect, it } from 'vitest'
import { createI18n } from '../../../renderer/ui/i18n/i18n'

describe('new-user trial 34: two sentences in plain words', () => {
  it('the pick that says to negotiate names its offer, with no "it" before one (L6)', async () => {
    const vars = { count: 2, others: 'B: wait and watch' }
    const en = (await createI18n('en')).t('offerCompare.pick.verdict.negotiate', vars)
    expect(en).toBe(
      'None of your 2 offers is one to accept as it stands; this offer is the only one the rules say to negotiate. The others: B: wait and watch.',
    )
    const zh = (await createI18n('zh-CN')).t('offerCompare.pick.verdict.negotiate', vars)
    expect(zh).toBe(
      '你的 2 个 offer 中没有可以直接接受的，规则建议谈条件的只有这一个；其余：B: wait and watch。',
    )
  })

  it('the backup card says when the data last matched a saved file without the import modes (L7)', async () => {
    const date = 'Dec 3, 2026'
    const en = (await createI18n('en')).t('dashboard.backup.browserRecent', { date })
    expect(en).toBe(
      'Your data last matched a saved file on Dec 3, 2026: when you exported it, or imported a file and ended up with exactly what the file holds. Changes since then are in a file only once you export again.',
    )
    const zh = (await createI18n('zh-CN')).t('dashboard.backup.browserRecent', { date })
    expect(zh).not.toMatch(/全部替换|合并/)
    expect(zh).toBe(
      '数据上次与保存的文件一致是在Dec 3, 2026：那时你导出了数据，或导入文件后数据与文件内容完全相同。此后的改动要再次导出才会保存到文件里。',
    )
  })

  it('a funded startup’s risk reason reads as finished and says the quote is the article’s example (L2)', async () => {
    // The funding rule cites 零一萬物's round (L42): for a startup merely "funded" the quote is
    // about another company, the article's example of a funded startup.
    const en = (await createI18n('en')).t('offerVerdict.reasons.funding.funded')
    expect(en).toBe(
      'A startup with funding, its backers not known to be strong (the quote is the article’s example of a funded startup, not this one)',
    )
    const zh = (await createI18n('zh-CN')).t('offerVerdict.reasons.funding.funded')
    expect(zh).toBe(
      '创业公司，已获融资，但不确定投资方是否雄厚（引文是文中一家获融资创业公司的例子，并非这家）',
    )
  })
})
