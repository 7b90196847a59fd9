import type { Widen } from '../translation-type'
import type { en } from './offerVerdict'

/** 简体中文 (offerVerdict); its keys are en's (./offerVerdict.ts), which the type holds it to. */
export const zhCN: Widen<typeof en> = {
  title: '结论',
  notFound: '还没有结论：公司和可识别的薪资都填好后，结论会显示在这里。',
  unreadable: {
    title: '读不懂薪资',
    intro: '潮位要先读懂这份 offer 的薪资，才能评估它：',
    fix: '在表单中改正薪资后，结论就会出现。',
    noRate: {
      title: '还没算：没有 {{currency}} 汇率',
      intro: '薪资已经读出，但潮位按人民币评估每个 offer，而 {{currency}} 还没有汇率。',
      fix: '在表单中设置汇率（1 {{currency}} 合多少元）后，结论就会出现。',
    },
    code: {
      empty: '薪资是空的。',
      'no-amount': '“{{fragment}}”里没有金额。',
      'several-amounts': '有不止一个数字（“{{fragment}}”）：只保留一份薪资。',
      unreadable: '读不懂“{{fragment}}”。',
      'months-on-annual': '“{{fragment}}”写了月数，但数字是年薪：两者只留一个。',
      'bad-months': '“{{fragment}}”：月数应在 1 到 24 之间，可以是半个月。',
      'months-range': '“{{fragment}}”是一段月数：请只留 offer 实际发的一个月数。',
      'options-without-base': '只找到期权：请补上底薪。',
      'no-exchange-rate': '还没有设置 {{currency}} 的汇率，无法折算成人民币：请先设置汇率。',
      'stock-years-missing':
        '“{{fragment}}”没写股票分几年归属：请补上（如“RSU 20 万分 4 年”），或在“股票”中填写授予总额和归属安排。',
      'stock-bad-years':
        '“{{fragment}}”：归属年数应为 1 到 10 的整数。也可以在“股票”中填写授予总额和归属安排。',
      'stock-cliff':
        '“{{fragment}}”是 cliff（等待期）：它决定股票何时开始归属，潮位不从薪资文字里猜。请在“股票”中填写授予总额和归属安排，并从薪资文字中去掉股票部分。',
      'stock-uneven':
        '“{{fragment}}”：潮位只从薪资文字里读取按所写年数平均归属的股票，这里不是。请在“股票”中填写授予总额和每年归属比例（如 10/20/30/40），并从薪资文字中去掉股票部分。',
      'stock-currency':
        '“{{fragment}}”：股票与底薪的币种不同。请在“股票”中填写，并从薪资文字中去掉股票部分。',
      'stock-without-base': '只找到股票（“{{fragment}}”）：请补上底薪。',
      'bonus-without-base': '只找到奖金或一次性款项（“{{fragment}}”），没有底薪：请补上底薪。',
      'period-conflict': '数字自带的周期与薪资用词说的不一致（“{{fragment}}”）：请只保留其中一个。',
      'after-tax': '“{{fragment}}”：这是税后数字。潮位根据税前薪资计算税后收入：请粘贴税前的薪资。',
      'sign-on-twice':
        '有两笔不同的签字费（“{{fragment}}”）：薪资文字中只留 offer 实际给的那笔，或填在“签字费”中。',
      'sign-on-spread':
        '“{{fragment}}”：签字费分几年发。潮位把签字费算在第一年，不猜它怎么拆分：请从薪资文字中去掉这部分，把第一年发的金额填在“签字费”中。',
      'sign-on-currency':
        '“{{fragment}}”：签字费与底薪的币种不同。请从薪资文字中去掉这部分，按薪资币种填在“签字费”中。',
      'two-currencies': '“{{fragment}}”：薪资文字写了两种货币。请只保留发薪所用的货币。',
      'stock-inside-unknown':
        '“{{fragment}}”：这个数额含股票，但薪资文字没写股票占多少。潮位把现金和股票分开计算：请写明每年的股票部分（如“年包 100 万（含 20 万股票）”），或分别填写现金薪资和“股票”。',
    },
  },
  recommendation: {
    label: '建议',
    value: {
      accept: '接受',
      acceptUnjudged: '接受（薪资未评判）',
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
    contextLabel: '结论的依据',
    skillPoints: '{{sentence}}：技能分 {{points}}',
    riskPointer:
      '这一结论也看了风险（{{score}} 分，满分 100）：每一项风险分都只列一次，见下方“{{part}}”。',
    riskPointerAbove:
      '这一结论也看了风险（{{score}} 分，满分 100）：每一项风险分都只列一次，见上方“{{part}}”。',
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
    notCounted: '以上数字未计入：{{parts}}。{{stock}}',
    notCountedPart: {
      stock: '“{{fragment}}”（股票，未给出价值）',
      unread: '“{{fragment}}”（未能读取）',
    },
    notCountedStockHint: '要计入股票，请在表单的“股票”中填写它的价值。',
    fallbackCity:
      '税后收入按{{city}} {{year}} 年的社保标准计算（缴费基数每月 {{floor}}–{{cap}} 元，公积金 {{fund}}%）：潮位没有“{{typed}}”的数据。要按你所在城市计算，请在“Offer › 税务假设”（对比表下方）填写：填写后对每个 offer 和当前工作都适用。',
    fallbackCityNone:
      '税后收入按{{city}} {{year}} 年的社保标准计算（缴费基数每月 {{floor}}–{{cap}} 元，公积金 {{fund}}%）：这个岗位和你的个人资料都没有填写城市。请填写城市，或在“Offer › 税务假设”中填写你自己的数字。',
    fallbackCityOwn: '你在那里填写的数字会替代其中对应的部分。',
    taxReasons: '税是怎么算的（常规年份，按区间上限）',
    taxReasonsSingle: '税是怎么算的（常规年份）',
    sum: {
      caption: '从税前到税后（常规年份，按区间上限）',
      captionSingle: '从税前到税后（常规年份）',
      pay: '税前收入',
      wagesPart: '工资 {{amount}}',
      bonusPart: '年终奖 {{amount}}',
      equityPart: '{{what}} {{amount}}',
      equity: { stock: '股票', options: '期权', both: '股票和期权' },
      partSeparator: '，',
      social: '社保和公积金',
      wagesTax: '工资个税',
      wagesAndBonusTax: '工资和年终奖（{{bonus}}）合并计税',
      taxable: '{{income}} {{deductions}} = 应纳税所得额 {{taxable}}，最高税率 {{rate}}',
      basic: '− 基本减除费用 {{amount}}',
      socialDeducted: '− 社保公积金 {{amount}}',
      special: '− 专项附加扣除 {{amount}}',
      bonusTax: '年终奖（{{bonus}}）单独计税',
      bonusSaving: '比并入综合所得少缴 {{saving}}',
      equityTax: '{{what}}（{{equity}}）单独计税',
      afterTax: '税后',
      minus: '−{{amount}}',
      rules: '各行依据的规则：',
    },
    cliffAt: {
      low: '区间下限（年终奖 {{bonus}}）：{{text}}',
      high: '区间上限（年终奖 {{bonus}}）：{{text}}',
    },
    cliffCurrent: '你现在的工作：{{text}}',
    rateWrong: {
      offer: '以下金额按已保存的汇率 1 {{currency}} = {{rate}} 元折算，这个汇率看来有误：{{why}}',
      options:
        '期权以 {{currency}} 计价，按已保存的汇率 1 {{currency}} = {{rate}} 元折算，这个汇率看来有误：{{why}}',
      setRate: '修改 {{currency}} 汇率',
      current:
        '涨幅所对比的当前薪资按已保存的汇率 1 {{currency}} = {{rate}} 元折算，这个汇率看来有误：{{why}}',
      currentOptions:
        '涨幅所对比的当前薪资中的期权按已保存的汇率 1 {{currency}} = {{rate}} 元折算，这个汇率看来有误：{{why}}',
      currentLink: '到当前薪资处修改',
    },
    optionsReasons: '期权怎么估值',
    optionsUncounted: {
      'no-exchange-rate':
        '期权未计入：期权以 {{currency}} 计价，但还没有设置 {{currency}} 的汇率。设置之前，上面的总收入、税和涨幅都不含期权。',
      setRate: '设置 {{currency}} 汇率',
      unpriced:
        '期权尚未定价：未计入。在你填入行权价和每股价值之前，上面的总收入、税和涨幅都不含期权。',
    },
  },
  downside: {
    title: '如果跳槽失败',
    headline: '{{months}} 个月内，一切顺利时',
    ifItFails: '{{months}} 个月内，岗位失败时',
    ifItFailsNoSeverance: '{{months}} 个月内，岗位失败时（未计经济补偿）',
    ifItFailsNoOptions: '失败时期权不计。',
    severance_one: '经济补偿：按工作年限计 {{formatted}} 个月工资',
    severance_other: '经济补偿：按工作年限计 {{formatted}} 个月工资',
    severanceNotice_one:
      '经济补偿：按工作年限计 {{formatted}} 个月工资，另加 1 个月月薪作为代通知金',
    severanceNotice_other:
      '经济补偿：按工作年限计 {{formatted}} 个月工资，另加 1 个月月薪作为代通知金',
    severanceCapped_one: '经济补偿：按工作年限计 {{formatted}} 个月工资（每月最多按 {{cap}}计）',
    severanceCapped_other: '经济补偿：按工作年限计 {{formatted}} 个月工资（每月最多按 {{cap}}计）',
    severanceCappedNotice_one:
      '经济补偿：按工作年限计 {{formatted}} 个月工资（每月最多按 {{cap}}计），另加 1 个月月薪作为代通知金',
    severanceCappedNotice_other:
      '经济补偿：按工作年限计 {{formatted}} 个月工资（每月最多按 {{cap}}计），另加 1 个月月薪作为代通知金',
    severanceUnknown: '经济补偿',
    severanceNotCounted: '未计入',
    severanceUnknownHint:
      '这份工作不在中国内地缴纳个税，视为不受中国《劳动合同法》约束，而潮位只按该法计算经济补偿。岗位被裁时这份合同赔付多少尚不清楚：请向用人方确认。',
    severanceCapPlaceholder:
      '假设：每月 {{cap}}的上限是 {{multiple}} × {{average}} 元，这个月平均工资只是占位数。潮位没有这个城市自己公布的平均工资；旁边的社保数字是省里的，并不决定这个工资。',
    severanceCapPlaceholderLink:
      '在“规则 › 期权与跳槽失败的代价”中填写你所在城市的月平均工资（“当地职工月平均工资：没有本市数据的城市”一项）',
    failureChance: '岗位失败的可能性',
    riskAdjustedOver: '风险调整后的价值（{{months}} 个月合计，税前）',
    riskAdjustedOverHint:
      '两种结果按各自的可能性加权：是 {{months}} 个月的税前收入合计，不是一年的。',
    riskAdjustedOverHintNoSeverance:
      '两种结果按各自的可能性加权：是 {{months}} 个月的税前收入合计，不是一年的；岗位失败时未计任何经济补偿。',
    reasons: '失败的代价怎么算',
  },
  questions: {
    title: '要问的问题',
    intro: '以下几项还不清楚：下次面试时可以问问{{company}}。',
    none: '没有要问的了：清单上每一项都已有答案。',
    noneNoChecklist: '没有要问的了（成熟业务线不问入职前清单）。',
    settles: '可确认：{{item}}',
    listLabel: '要问{{company}}的问题',
    export: '导出为 Markdown',
    print: '打印问题',
    printOffer: '打印这份 offer（PDF）',
    saved: '已保存“{{fileName}}”。',
    cancelled: '未保存。',
    printDialog: '已打开打印对话框：可在其中打印这份 offer，或另存为 PDF。',
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
      funded:
        '创业公司，已获融资，但不确定投资方是否雄厚（引文是文中一家获融资创业公司的例子，并非这家）',
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
      straddles: '薪资区间的下限低于{{tier}}应得的水平（涨幅 {{band}}）：争取区间上限',
      within: '薪资在{{tier}}应得的范围内（涨幅 {{band}}）',
      above: '薪资高于{{tier}}应得的水平（涨幅 {{band}}）',
      unknown: '{{tier}}可争取 {{band}} 的涨幅，但这份薪资无法比较',
    },
    bandRaise: {
      below: '这份 offer 相对你目前薪资的涨幅为 {{raise}}，低于{{tier}}应得的涨幅（{{band}}）',
      straddles:
        '这份 offer 相对你目前薪资的涨幅为 {{raise}}，区间下限低于{{tier}}应得的涨幅（{{band}}）：争取区间上限',
      within: '这份 offer 相对你目前薪资的涨幅为 {{raise}}，在{{tier}}应得的涨幅范围内（{{band}}）',
      withinOrAbove:
        '这份 offer 相对你目前薪资的涨幅为 {{raise}}，达到或高于{{tier}}应得的涨幅（{{band}}）',
      above: '这份 offer 相对你目前薪资的涨幅为 {{raise}}，高于{{tier}}应得的涨幅（{{band}}）',
      withinByLowEnds:
        '这份 offer 相对你目前薪资的涨幅为 {{raise}}；按你目前薪资的下限算，涨幅为 {{lowEnds}}，在{{tier}}应得的涨幅范围内（{{band}}）；更低的数字是按你目前薪资的上限算的',
      withinOrAboveByLowEnds:
        '这份 offer 相对你目前薪资的涨幅为 {{raise}}；按你目前薪资的下限算，涨幅为 {{lowEnds}}，达到或高于{{tier}}应得的涨幅（{{band}}）；更低的数字是按你目前薪资的上限算的',
    },
    bandCut: {
      below: '这份 offer 比你目前薪资降薪 {{cut}}，低于{{tier}}应得的涨幅（{{band}}）',
      straddles:
        '这份 offer 比你目前薪资降薪 {{cut}}，区间下限低于{{tier}}应得的涨幅（{{band}}）：争取区间上限',
      within: '这份 offer 比你目前薪资降薪 {{cut}}，在{{tier}}应得的涨幅范围内（{{band}}）',
      above: '这份 offer 比你目前薪资降薪 {{cut}}，高于{{tier}}应得的涨幅（{{band}}）',
    },
    bandTotal: {
      below: '薪资每年 {{pay}}，低于文章给对口博士的年收入（{{total}}）',
      straddles:
        '薪资区间（每年 {{pay}}）的下限低于文章给对口博士的年收入（{{total}}）：争取区间上限',
      within: '薪资每年 {{pay}}，在文章给对口博士的年收入范围内（{{total}}）',
      withinOrAbove: '薪资每年 {{pay}}，达到或高于文章给对口博士的年收入（{{total}}）',
      above: '薪资每年 {{pay}}，高于文章给对口博士的年收入（{{total}}）',
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
    negotiateWeakLeverageStraddles:
      '薪资区间的下限低于你的区间，且筹码较弱（{{why}}）：往上限谈，但别指望能谈下太多',
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
      unknown: '还不清楚你目前的工作情况（还没有保存个人资料，或你选择不透露）',
    },
    downside:
      '{{horizon}} 个月内：岗位有 {{chance}} 的可能失败，在第 {{failsAfter}} 个月结束；之后无收入求职 {{search}} 个月，再按{{lateralPay}}工作 {{lateral}} 个月',
    downsideNoOptions:
      '{{horizon}} 个月内：岗位有 {{chance}} 的可能失败，在第 {{failsAfter}} 个月结束；之后无收入求职 {{search}} 个月，再按{{lateralPay}}工作 {{lateral}} 个月；失败时期权不计',
    lateral: {
      current: '你目前的薪资',
      offer: '这份 offer 的薪资（没有填写目前薪资）',
    },
    downsideRisk: '风险 {{score}} 分：跳槽失败的代价已计入下方的估算',
    severance_one:
      '岗位被裁时的经济补偿：按工作年限计 {{service}} 个月工资（年薪 ÷ 12；月工资超过 {{cap}}时按 {{cap}}计算，{{basis}}）',
    severance_other:
      '岗位被裁时的经济补偿：按工作年限计 {{service}} 个月工资（年薪 ÷ 12；月工资超过 {{cap}}时按 {{cap}}计算，{{basis}}）',
    severanceCapBasis: {
      city: '即 {{capExact}} 元 = {{multiple}} × {{average}} 元，{{city}} {{year}} 年社保缴费基数上限所依据的月平均工资',
      'your-cap':
        '即 {{capExact}} 元 = {{multiple}} × {{average}} 元，按你设定的社保缴费基数上限推算',
      rules: '即 {{capExact}} 元 = {{multiple}} × {{average}} 元，你在“规则”中填写的月平均工资',
      placeholder:
        '即 {{capExact}} 元 = {{multiple}} × {{average}} 元，月平均工资只是占位数：潮位没有这个城市自己公布的平均工资，请在“规则”中填写',
    },
    severanceWithNotice_one:
      '岗位被裁时的经济补偿：按工作年限计 {{service}} 个月工资（年薪 ÷ 12；月工资超过 {{cap}}时按 {{cap}}计算，{{basis}}），另加一个月月薪作为代通知金（N+1），不封顶',
    severanceWithNotice_other:
      '岗位被裁时的经济补偿：按工作年限计 {{service}} 个月工资（年薪 ÷ 12；月工资超过 {{cap}}时按 {{cap}}计算，{{basis}}），另加一个月月薪作为代通知金（N+1），不封顶',
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
    stock: '本年归属的股票（{{stock}}）单独计税：{{tax}}',
    optionsExerciseSeparate:
      '期权行权价差 {{spread}}，按 {{keep}} 计入：预计税额 {{tax}}（行权价差全额计税 {{full}} × {{keep}}，与股票一起单独计税）',
    optionsExerciseMerged:
      '期权行权价差 {{spread}}，按 {{keep}} 计入：预计税额 {{tax}}（行权价差并入工资全额计税 {{full}} × {{keep}}）',
  },
}
