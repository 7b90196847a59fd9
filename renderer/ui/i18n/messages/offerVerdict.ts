import type { Widen } from '../translation-type'

/** The verdict beside an offer: recommendation, risk reasons, downside, questions to ask, what would change it. */
export const en = {
  title: 'Verdict',
  notFound: 'No verdict yet: enter the company and the pay, and the verdict appears here.',
  unreadable: {
    title: 'The pay could not be read',
    intro: 'Tidemark cannot weigh this offer until it can read the pay:',
    fix: 'Correct the pay in the form, and the verdict appears.',
    code: {
      empty: 'The pay is empty.',
      'no-amount': 'There is no amount in “{{fragment}}”.',
      'several-amounts': 'More than one figure (“{{fragment}}”): keep one pay.',
      unreadable: 'It could not read “{{fragment}}”.',
      'months-on-annual':
        '“{{fragment}}” gives months, but the figure is a yearly one: keep one of the two.',
      'bad-months': '“{{fragment}}”: months must be from 1 to 24, in halves.',
      'options-without-base': 'Only options were found: add the base pay.',
      'no-exchange-rate':
        'There is no exchange rate for {{currency}} yet, so the pay cannot be counted in yuan: set a rate.',
    },
  },
  recommendation: {
    label: 'Recommendation',
    value: {
      accept: 'Accept',
      negotiate: 'Negotiate',
      'wait-and-watch': 'Wait and watch',
      decline: 'Decline',
    },
    gloss: {
      accept: 'The pay is where your tier puts it, and the risk is one you can carry.',
      acceptUnjudged: 'The risk is one you can carry; the pay itself was not judged.',
      negotiate: 'Ask for better terms before you answer.',
      'wait-and-watch': 'Keep your role for now, and watch whether the team proves itself.',
      decline: 'Turn it down: the company’s strength is in doubt, whatever it pays.',
    },
    risk: 'Risk: {{level}}, {{score}} of 100',
    why: 'Why',
    payNotJudged: 'Tidemark could not judge this pay against your tier.',
    payNotJudgedLink: 'Enter your current pay',
  },
  risk: {
    title: 'Risk of the move',
    level: { low: 'low', medium: 'medium', high: 'high' },
    headline: '{{level}} risk',
    score: '{{score}} of 100',
    levelHeadline: { low: 'Low risk', medium: 'Medium risk', high: 'High risk' },
    reasons: 'What makes up the risk',
    sum: 'The points add up to the score, held between 0 and 100.',
  },
  pay: {
    title: 'What it pays',
    raise: 'Raise on your current pay',
    raiseNone: 'No current pay to compare with.',
    typical: 'Yearly total, typical year',
    yearOne: 'Yearly total, year one',
    yearOneHint: 'With the sign-on bonus and the first year’s vesting.',
    yearOneSame: 'The same as a typical year: no sign-on bonus or uneven vesting.',
    afterTax: 'After tax, typical year',
    afterTaxYearOne: 'After tax, year one',
    notTaxed: 'Not taxed in mainland China: no after-tax figure.',
    taxReasons: 'How the tax is figured (top of the range)',
    optionsReasons: 'How the options are valued',
  },
  downside: {
    title: 'If the move fails',
    headline: 'Over {{months}} months, if all goes well',
    ifItFails: 'Over {{months}} months, if the role fails',
    severance_one: 'Severance ({{formatted}} month’s wages)',
    severance_other: 'Severance ({{formatted}} months’ wages)',
    failureChance: 'Chance the role fails',
    riskAdjusted: 'Risk-adjusted value',
    riskAdjustedHint: 'Both outcomes, weighted by the chance of each.',
    reasons: 'How the downside is priced',
  },
  questions: {
    title: 'Questions to ask',
    intro: 'Still unknown: put these to {{company}} in the next interview.',
    none: 'Nothing left to ask: every item on the checklist is answered.',
    settles: 'Settles: {{item}}',
    listLabel: 'Questions for {{company}}',
    actions: 'Keep the questions',
    export: 'Export as Markdown',
    print: 'Print',
    saved: 'Saved “{{fileName}}”.',
    cancelled: 'Not saved.',
    failed: 'Not saved: {{detail}}',
    item: {
      'model-product': 'Which model products has the team shipped, and can I see one working?',
      deployment: 'Where is the model deployed today, and who pays for it?',
      roadmap: 'What is the technical roadmap for the next one to two years?',
      'leadership-understands-llms':
        'How closely do the leaders who set this team’s direction work with large models themselves?',
      'team-strength': 'Who is on the team, and what have they built or published?',
      employerEager:
        'How soon do you need someone in this role, and how much room is there in the offer?',
      funding:
        'Who has invested in the company, in which round, and how many months of runway does it have?',
    },
    name: {
      employerEager: 'Employer is eager',
      funding: 'Has funding',
    },
    markdown: {
      title: 'Questions to ask {{company}}',
      role: 'Role: {{role}}',
      intro: 'Written by Tidemark on {{date}}: what is still unknown about this offer.',
    },
  },
  changes: {
    title: 'What would change the verdict',
    intro: 'For each unknown item: the recommendation if the answer were yes, and if it were no.',
    none: 'Nothing is unknown, so no answer can change the verdict.',
    item: 'Unknown item',
    ifYes: 'If yes',
    ifNo: 'If no',
    flips: 'Changes the verdict',
    outcome: 'risk {{score}} ({{level}})',
    summaryFlips_one: '{{formatted}} answer would change the verdict: ask that one first.',
    summaryFlips_other: '{{formatted}} answers would change the verdict: ask those first.',
    summaryNone: 'No single answer changes the verdict.',
  },
  reasons: {
    employer: 'Starting risk for this kind of employer ({{employer}})',
    checklist: {
      yes: '“{{item}}” confirmed',
      no: '“{{item}}” answered no',
      unknown: '“{{item}}” not known yet',
    },
    redFlag: '{{flag}}, a sign of a large-model company ruining itself',
    funding: {
      'strong-backers': 'A startup backed by strong investors',
      funded: 'A startup with funding',
      unfunded: 'A startup without funding',
      unknown: 'A startup whose funding is not known',
    },
    exposure: 'You would leave a stable role',
    mood: {
      hot: 'A hot market, where a failed move is easier to recover from',
      normal: 'A normal market',
      cautious: 'A cautious market, where a failed move is harder to recover from',
    },
    band: {
      below: 'The pay is below what {{tier}} commands (a raise of {{band}})',
      within: 'The pay is within what {{tier}} commands (a raise of {{band}})',
      above: 'The pay is above what {{tier}} commands (a raise of {{band}})',
      unknown: '{{tier}} commands a raise of {{band}}, but this pay could not be compared',
    },
    eagerEmployer:
      'The employer is eager and your skills fit the role closely: it is likely to meet your terms',
    demandExceedsSupply:
      'Demand for this talent far exceeds supply: a strong candidate is wanted by several firms at once',
    waitForCommitment:
      'Risk {{score}} is high while you hold a stable role: wait until the team proves itself, as the article’s mover waited half a year',
    strengthRedFlags_one: '{{formatted}} red flag: the company’s strength comes before the pay',
    strengthRedFlags_other: '{{formatted}} red flags: the company’s strength comes before the pay',
    strengthUnanswered:
      '{{formatted}} of the {{total}} checklist items are not answered yes, and the risk is high: the company’s strength comes before the pay',
    payNotJudged: 'The pay could not be judged: enter your current pay',
    negotiateWeakLeverage:
      'The pay is below your band, but your leverage is weak ({{why}}): negotiate, expecting less to move',
    leverage: {
      notEager: 'the employer is not eager',
      eagerUnknown: 'the employer’s eagerness is not known',
      fitNotClose: 'your skills do not closely fit the role',
    },
    negotiateHighRisk:
      'Risk {{score}} is high, and {{situation}}: ask for terms that offset it (a sign-on bonus, guaranteed months, severance)',
    situation: {
      stable: 'you hold a stable role',
      uncertain: 'your current role is uncertain',
      notEmployed: 'you are not in a job',
    },
    downside:
      'Over {{horizon}} months: a {{chance}} chance the role fails and ends after {{failsAfter}} months; then {{search}} months of search without pay, and {{lateral}} months at {{lateralPay}}',
    lateral: {
      current: 'your current pay',
      offer: 'this offer’s pay (no current pay is entered)',
    },
    downsideRisk: 'At risk {{score}}, what a failed move costs is priced in below',
    severance_one:
      'Severance if the role is cut: {{service}} month’s wages for the time served; wages above {{cap}} a month count as {{cap}}',
    severance_other:
      'Severance if the role is cut: {{service}} months’ wages for the time served; wages above {{cap}} a month count as {{cap}}',
    severanceWithNotice_one:
      'Severance if the role is cut: {{service}} month’s wages for the time served, plus one in lieu of notice (N+1); wages above {{cap}} a month count as {{cap}}',
    severanceWithNotice_other:
      'Severance if the role is cut: {{service}} months’ wages for the time served, plus one in lieu of notice (N+1); wages above {{cap}} a month count as {{cap}}',
    options:
      '{{number}} options at a strike of {{strikePrice}}, share price {{price}} ({{currency}}): counted at their paper value less {{discount}} {{from}}',
    optionsDiscount: {
      offer: '(your figure)',
      listed: '(Tidemark’s estimate for a listed company)',
      unlisted: '(Tidemark’s estimate for an unlisted company)',
    },
    socialInsurance:
      'Social insurance and housing fund: {{rate}} of a {{base}} monthly base, {{annual}} a year ({{source}})',
    socialInsuranceSource: {
      setting: '{{city}}’s {{year}} figures, as you chose',
      city: '{{city}}’s {{year}} figures',
      fallback: '{{city}}’s {{year}} figures, as no city matched',
    },
    socialInsuranceOverridden: '{{source}}, with your own changes',
    specialDeductions: 'Special additional deductions: {{amount}} a year',
    annualTax: '{{taxable}} taxable on the annual table, at a top rate of {{rate}}',
    bonus: {
      separate: 'The year-end bonus is taxed on its own, which saves {{saving}}',
      merged: 'The year-end bonus is taxed with the wages, which saves {{saving}}',
      mergedSame: 'The year-end bonus is taxed with the wages (on its own it would cost the same)',
      separateEnded:
        'The year-end bonus is taxed with the wages: taxing it on its own ended after {{year}}',
    },
    extraMonths: 'Months 13 and up ({{amount}}) are paid and taxed as the year-end bonus',
    signOn: 'The sign-on bonus ({{amount}}) is taxed as wages of year one',
    bonusCliff:
      'The bonus sits just past a tax step at {{edge}}: the {{extra}} above it costs {{tax}} more tax, so a smaller bonus would leave you more',
    stock: 'This year’s vesting stock ({{stock}}) is taxed on its own: {{tax}}',
    optionsExerciseSeparate:
      'The options’ exercise spread ({{spread}}) is equity income, taxed on its own with the stock: {{tax}} on {{equity}}',
    optionsExerciseMerged: 'The options’ exercise spread ({{spread}}) is taxed with the wages',
  },
}

export const zhCN: Widen<typeof en> = {
  title: '结论',
  notFound: '还没有结论：填好公司和薪资后，结论会显示在这里。',
  unreadable: {
    title: '读不懂薪资',
    intro: '潮位要先读懂这份 offer 的薪资，才能评估它：',
    fix: '在表单中改正薪资后，结论就会出现。',
    code: {
      empty: '薪资是空的。',
      'no-amount': '“{{fragment}}”里没有金额。',
      'several-amounts': '有不止一个数字（“{{fragment}}”）：只保留一份薪资。',
      unreadable: '读不懂“{{fragment}}”。',
      'months-on-annual': '“{{fragment}}”写了月数，但数字是年薪：两者只留一个。',
      'bad-months': '“{{fragment}}”：月数应在 1 到 24 之间，可以是半个月。',
      'options-without-base': '只找到期权：请补上底薪。',
      'no-exchange-rate': '还没有设置 {{currency}} 的汇率，无法折算成人民币：请先设置汇率。',
    },
  },
  recommendation: {
    label: '建议',
    value: {
      accept: '接受',
      negotiate: '谈条件',
      'wait-and-watch': '观望',
      decline: '拒绝',
    },
    gloss: {
      accept: '薪资符合你所在档位，风险也在你能承受的范围内。',
      acceptUnjudged: '风险在你能承受的范围内，但薪资本身没有经过评判。',
      negotiate: '答复之前，先争取更好的条件。',
      'wait-and-watch': '先保住现在的岗位，看看这个团队能否证明自己。',
      decline: '婉拒：这家公司的实力存疑，薪资再高也不值得冒险。',
    },
    risk: '风险：{{level}}，{{score}} 分（满分 100）',
    why: '依据',
    payNotJudged: '潮位无法按你的档位评判这份薪资。',
    payNotJudgedLink: '填写你目前的薪资',
  },
  risk: {
    title: '跳槽风险',
    level: { low: '低', medium: '中', high: '高' },
    headline: '{{level}}风险',
    score: '{{score}} 分（满分 100）',
    levelHeadline: { low: '低风险', medium: '中等风险', high: '高风险' },
    reasons: '风险的构成',
    sum: '各项分数相加即为风险分，限定在 0 到 100 之间。',
  },
  pay: {
    title: '薪资',
    raise: '相对目前薪资的涨幅',
    raiseNone: '没有目前薪资可供比较。',
    typical: '年度总收入（常规年份）',
    yearOne: '年度总收入（第一年）',
    yearOneHint: '含签字费和第一年归属的股票。',
    yearOneSame: '与常规年份相同：没有签字费，股票也是均匀归属。',
    afterTax: '税后（常规年份）',
    afterTaxYearOne: '税后（第一年）',
    notTaxed: '不在中国大陆纳税：不计算税后收入。',
    taxReasons: '税是怎么算的（按区间上限）',
    optionsReasons: '期权怎么估值',
  },
  downside: {
    title: '如果跳槽失败',
    headline: '{{months}} 个月内，一切顺利时',
    ifItFails: '{{months}} 个月内，岗位失败时',
    severance_one: '经济补偿（{{formatted}} 个月工资）',
    severance_other: '经济补偿（{{formatted}} 个月工资）',
    failureChance: '岗位失败的可能性',
    riskAdjusted: '风险调整后的价值',
    riskAdjustedHint: '两种结果按各自的可能性加权。',
    reasons: '失败的代价怎么算',
  },
  questions: {
    title: '要问的问题',
    intro: '以下几项还不清楚：下次面试时可以问问{{company}}。',
    none: '没有要问的了：清单上每一项都已有答案。',
    settles: '可确认：{{item}}',
    listLabel: '要问{{company}}的问题',
    actions: '保存问题',
    export: '导出为 Markdown',
    print: '打印',
    saved: '已保存“{{fileName}}”。',
    cancelled: '未保存。',
    failed: '未保存：{{detail}}',
    item: {
      'model-product': '团队已经上线了哪些模型产品？能现场看看实际效果吗？',
      deployment: '模型目前在哪些场景真正落地？由谁买单？',
      roadmap: '未来一到两年的技术规划是怎样的？',
      'leadership-understands-llms': '决定团队方向的负责人，自己对大模型了解多少、参与多深？',
      'team-strength': '团队里都有哪些人？做出过或发表过什么成果？',
      employerEager: '这个岗位希望多快到岗？offer 还有多大的调整空间？',
      funding: '公司有哪些投资方、目前是哪一轮？账上的钱还能支撑多少个月？',
    },
    name: {
      employerEager: '用人方积极',
      funding: '已获融资',
    },
    markdown: {
      title: '要问{{company}}的问题',
      role: '岗位：{{role}}',
      intro: '由潮位于 {{date}} 整理：这份 offer 还不清楚的几项。',
    },
  },
  changes: {
    title: '什么会改变结论',
    intro: '对每个还不清楚的项目：答案为“是”和为“否”时，各自的建议。',
    none: '没有不清楚的项目，任何答案都不会改变结论。',
    item: '不清楚的项目',
    ifYes: '如果是',
    ifNo: '如果否',
    flips: '会改变结论',
    outcome: '风险 {{score}} 分（{{level}}）',
    summaryFlips_one: '有 {{formatted}} 个答案会改变结论：先问这一项。',
    summaryFlips_other: '有 {{formatted}} 个答案会改变结论：先问这几项。',
    summaryNone: '单独一个答案都不会改变结论。',
  },
  reasons: {
    employer: '这类雇主的基础风险（{{employer}}）',
    checklist: {
      yes: '“{{item}}”已确认',
      no: '“{{item}}”答案为否',
      unknown: '“{{item}}”尚不清楚',
    },
    redFlag: '{{flag}}，大模型公司自毁的信号',
    funding: {
      'strong-backers': '创业公司，有实力雄厚的投资方',
      funded: '创业公司，已获融资',
      unfunded: '创业公司，未获融资',
      unknown: '创业公司，融资情况不明',
    },
    exposure: '你要离开一个稳定的岗位',
    mood: {
      hot: '市场火热，跳槽失败也较容易恢复',
      normal: '市场平稳',
      cautious: '市场谨慎，跳槽失败后更难恢复',
    },
    band: {
      below: '薪资低于{{tier}}应得的水平（涨幅 {{band}}）',
      within: '薪资在{{tier}}应得的范围内（涨幅 {{band}}）',
      above: '薪资高于{{tier}}应得的水平（涨幅 {{band}}）',
      unknown: '{{tier}}可争取 {{band}} 的涨幅，但这份薪资无法比较',
    },
    eagerEmployer: '用人方很积极，你的技能也与岗位高度契合：对方多半会满足你的条件',
    demandExceedsSupply: '这类人才供远小于求：好的候选人会同时被几家公司争抢',
    waitForCommitment:
      '风险 {{score}} 分偏高，而你有稳定的岗位：先观望，等团队证明自己，就像文中的跳槽者等了半年',
    strengthRedFlags_one: '{{formatted}} 个危险信号：企业实力比薪资更重要',
    strengthRedFlags_other: '{{formatted}} 个危险信号：企业实力比薪资更重要',
    strengthUnanswered:
      '清单 {{total}} 项中有 {{formatted}} 项没有确认为“是”，且风险偏高：企业实力比薪资更重要',
    payNotJudged: '无法评判这份薪资：请填写你目前的薪资',
    negotiateWeakLeverage: '薪资低于你的区间，但筹码较弱（{{why}}）：可以谈，但别指望能谈下太多',
    leverage: {
      notEager: '用人方并不积极',
      eagerUnknown: '不清楚用人方是否积极',
      fitNotClose: '你的技能与岗位不够契合',
    },
    negotiateHighRisk:
      '风险 {{score}} 分偏高，而{{situation}}：争取能抵消风险的条件（签字费、保底月数、补偿）',
    situation: {
      stable: '你有稳定的岗位',
      uncertain: '你目前的岗位并不稳定',
      notEmployed: '你目前没有工作',
    },
    downside:
      '{{horizon}} 个月内：岗位有 {{chance}} 的可能失败，在第 {{failsAfter}} 个月结束；之后无收入求职 {{search}} 个月，再按{{lateralPay}}工作 {{lateral}} 个月',
    lateral: {
      current: '你目前的薪资',
      offer: '这份 offer 的薪资（没有填写目前薪资）',
    },
    downsideRisk: '风险 {{score}} 分：跳槽失败的代价已计入下方的估算',
    severance_one:
      '岗位被裁时的经济补偿：按工作年限计 {{service}} 个月工资；月工资超过 {{cap}}时按 {{cap}}计算',
    severance_other:
      '岗位被裁时的经济补偿：按工作年限计 {{service}} 个月工资；月工资超过 {{cap}}时按 {{cap}}计算',
    severanceWithNotice_one:
      '岗位被裁时的经济补偿：按工作年限计 {{service}} 个月工资，另加一个月代通知金（N+1）；月工资超过 {{cap}}时按 {{cap}}计算',
    severanceWithNotice_other:
      '岗位被裁时的经济补偿：按工作年限计 {{service}} 个月工资，另加一个月代通知金（N+1）；月工资超过 {{cap}}时按 {{cap}}计算',
    options:
      '{{number}} 份期权，行权价 {{strikePrice}}，股价 {{price}}（{{currency}}）：按账面价值减去 {{discount}} 计入{{from}}',
    optionsDiscount: {
      offer: '（你设定的折扣）',
      listed: '（潮位对上市公司的估计）',
      unlisted: '（潮位对非上市公司的估计）',
    },
    socialInsurance:
      '社保和公积金：缴费基数每月 {{base}}，按 {{rate}} 缴纳，每年共 {{annual}}（{{source}}）',
    socialInsuranceSource: {
      setting: '按你选择的{{city}} {{year}} 年标准',
      city: '{{city}} {{year}} 年标准',
      fallback: '未匹配到城市，按{{city}} {{year}} 年标准',
    },
    socialInsuranceOverridden: '{{source}}，部分数值由你修改',
    specialDeductions: '专项附加扣除：每年 {{amount}}',
    annualTax: '综合所得应纳税所得额 {{taxable}}，最高适用税率 {{rate}}',
    bonus: {
      separate: '年终奖单独计税，可省 {{saving}}',
      merged: '年终奖并入综合所得计税，可省 {{saving}}',
      mergedSame: '年终奖并入综合所得计税（单独计税也一样）',
      separateEnded: '年终奖并入综合所得计税：单独计税的政策只到 {{year}} 年',
    },
    extraMonths: '第 13 个月起的薪资（{{amount}}）作为年终奖发放并计税',
    signOn: '签字费（{{amount}}）按第一年的工资计税',
    bonusCliff:
      '年终奖刚超过 {{edge}}这一税率临界点：超出的 {{extra}}要多交 {{tax}}税，少发一点反而到手更多',
    stock: '本年归属的股票（{{stock}}）单独计税：{{tax}}',
    optionsExerciseSeparate:
      '期权行权价差（{{spread}}）属于股权激励所得，与股票一起单独计税：{{equity}} 缴税 {{tax}}',
    optionsExerciseMerged: '期权行权价差（{{spread}}）并入工资计税',
  },
}
