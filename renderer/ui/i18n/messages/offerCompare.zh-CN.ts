import type { Widen } from '../translation-type'
import type { en } from './offerCompare'

/** 简体中文 (offerCompare); its keys are en's (./offerCompare.ts), which the type holds it to. */
export const zhCN: Widen<typeof en> = {
  title: '对比',
  intro:
    '当前工作和每个仍在考虑或谈判中的 offer 逐项并列，金额都按区间显示；已接受、已拒绝或已过期的 offer 不再列入对比。所有数字都由引擎算出：修改下面的税务假设，所有数字随之更新。',
  empty: '还没有可对比的 offer，请先在上面添加。',
  noProfile: '还没有保存个人资料：风险和涨幅按中性资料估算。请在“技能”中保存你的资料。',
  tableLabel: '各 offer 与当前工作的对比',
  scrollHint: '表格可以左右滚动，左侧的项目名称保持不动。',
  best: '最优',
  bestHint:
    '★ 标出每一行中最优的数字：区间按下限（至少能拿到的数）比较，下限相同再比上限。不标给结论为拒绝或观望的 offer，这类 offer 的数字本行最优时标 ☆。',
  bestTitle: '本行最优：区间按下限比较',
  unstarred: {
    decline: '本行最优，不标 ★：结论是拒绝',
    wait: '本行最优，不标 ★：结论是观望',
    rate: '本行数字最高，不标 ★：它按看来有误的汇率折算',
    'current-rate': '本行数字最高，不标 ★：它以当前薪资为基准，而当前薪资按看来有误的汇率折算',
  },
  bestHintRate: '按看来有误的汇率折算的数字也不标 ★，本行最高时标 ☆。',
  controls: {
    sortLabel: 'offer 排序',
    sort: {
      entered: '按添加顺序',
      riskAdjusted: '按风险调整后价值，从高到低',
      total: '按常规年份总包，从高到低',
      risk: '按风险，从低到高',
    },
    showLabel: '显示哪些 offer',
    show: '显示 {{company}}',
  },
  columns: {
    figure: '项目',
    current: '当前工作',
    offerLink: '打开 {{company}}',
  },
  rows: {
    cash: '年现金',
    cashHint: '底薪加奖金',
    total: '总包（常规年份）',
    totalHint: '现金加平均每年归属的股票',
    yearOne: '总包（第一年）',
    yearOneHint: '含签字费和第一年归属的股票',
    afterTax: '税后（常规年份）',
    afterTaxYearOne: '税后（第一年）',
    taxCity: '社保依据',
    raise: '相对当前薪资的涨幅',
    risk: '跳槽风险',
    riskAdjusted: '风险调整后价值',
    riskAdjustedHint: '{{months}} 个月税前合计，不是一年：已计入失败概率',
    recommendation: '建议',
  },
  cells: {
    none: '—',
    noCurrentPay: '尚未填写当前薪资',
    currentPayUnread: '无法读取你的当前薪资',
    payUnread: '无法读取薪资：请打开该 offer 修改',
    noRate: '还没有 {{currency}} 的汇率：请在 offer 中设置',
    rateWrong:
      '按已保存的汇率 1 {{currency}} = {{rate}} 元折算，这个汇率看来有误：1 {{currency}} 约合 {{typical}} 元，此列人民币金额因此同样失真。',
    optionsRateWrong:
      '期权按已保存的汇率 1 {{currency}} = {{rate}} 元折算，这个汇率看来有误：1 {{currency}} 约合 {{typical}} 元。',
    notTaxedInChina: '不在中国内地纳税：不计算税后',
    signOn: '含签字费 {{amount}}',
    vestingYearOne: '股票归属 {{yearOne}}（常规年份 {{typical}}）',
    stockPerYear: '含股票 {{amount}}',
    optionsPerYear: '含期权 {{amount}}（期望值）',
    optionsUncounted: {
      unpriced: '期权尚未定价：未计入',
      'no-exchange-rate': '期权未计入：没有 {{currency}} 汇率',
    },
    notCounted: '未计入：{{parts}}',
    notCountedPart: {
      stock: '“{{fragment}}”（未给出价值）',
      unread: '“{{fragment}}”（未能读取）',
    },
    sameAsTypical: '与常规年份相同',
    stayingOverHorizon: '留任：{{months}}\u00a0个月的常规年份收入，不计失败风险',
    staying: '留任：按常规年份计',
    tax: '个税 {{tax}}，社保公积金 {{social}}',
    riskLevel: '{{level}} · {{score}}/100',
    why: '原因',
    skillPoints: '{{sentence}}：技能分 {{points}}',
    riskPointer:
      '这一建议也看了风险（风险分 {{score}}，满分 100）：每一项风险分都只列一次，见“{{row}} › {{why}}”。',
    reasonsLabel: '{{column}}的{{row}}：原因',
    downside: '两种结果',
    overHorizon: '{{amount}}/{{months}}个月',
    downsideText:
      '一切顺利：{{headline}}。如果岗位失败（概率 {{chance}}）：先领 {{worked}} 个月薪水，{{severance}}，再无薪找工作 {{search}} 个月，之后回到{{lateral}}：共 {{ifItFails}}。',
    downsideTextNoOptions:
      '一切顺利：{{headline}}。如果岗位失败（概率 {{chance}}）：先领 {{worked}} 个月薪水，{{severance}}，再无薪找工作 {{search}} 个月，之后回到{{lateral}}：共 {{ifItFails}}；失败时期权不计。',
    severance: {
      plain_one: '拿到经济补偿 {{amount}}（按工作年限计 {{formatted}} 个月工资）',
      plain_other: '拿到经济补偿 {{amount}}（按工作年限计 {{formatted}} 个月工资）',
      notice_one:
        '拿到经济补偿 {{amount}}（按工作年限计 {{formatted}} 个月工资，另加 1 个月月薪代通知金）',
      notice_other:
        '拿到经济补偿 {{amount}}（按工作年限计 {{formatted}} 个月工资，另加 1 个月月薪代通知金）',
      capped_one:
        '拿到经济补偿 {{amount}}（按工作年限计 {{formatted}} 个月工资，每月最多按 {{cap}}计）',
      capped_other:
        '拿到经济补偿 {{amount}}（按工作年限计 {{formatted}} 个月工资，每月最多按 {{cap}}计）',
      cappedNotice_one:
        '拿到经济补偿 {{amount}}（按工作年限计 {{formatted}} 个月工资，每月最多按 {{cap}}计，另加 1 个月月薪代通知金）',
      cappedNotice_other:
        '拿到经济补偿 {{amount}}（按工作年限计 {{formatted}} 个月工资，每月最多按 {{cap}}计，另加 1 个月月薪代通知金）',
      none: '不计经济补偿（这份工作不在中国内地缴纳个税，不按中国《劳动合同法》计算：请问清合同怎么赔付）',
    },
    lateralCurrent: '当前薪资水平',
    lateralOffer: '同等薪资的其他工作',
    noCurrentForRaise: '需要当前薪资',
    declinedNotBest: '不标 ★：结论是拒绝，企业实力不过关时，高薪不应单独决定去留（原文第 34 行）。',
    waitNotBest: '不标 ★：结论是观望，等这家公司显出实力再说（原文第 13 行）。',
  },
  bonus: {
    separate: '年终奖单独计税，比并入综合所得少缴 {{saving}}',
    separateSame: '年终奖单独计税',
    merged: '年终奖并入综合所得，比单独计税少缴 {{saving}}',
    mergedSame: '年终奖并入综合所得',
    mergedOnly: '年终奖并入综合所得：单独计税只到 {{year}} 年',
    low: '区间下限：{{text}}',
    high: '区间上限：{{text}}',
    cliffAt: {
      low: '区间下限（年终奖 {{bonus}}）：{{text}}',
      high: '区间上限（年终奖 {{bonus}}）：{{text}}',
    },
    cliff_one:
      '年终奖比税率临界点（{{edge}}）多出 {{extra}}：这 {{extra}}要多缴个税 {{tax}}。少要 {{extra}}，或改成月薪发放，到手反而更多。',
    cliff_other:
      '年终奖比税率临界点（{{edge}}）多出 {{extra}}：这 {{extra}}要多缴个税 {{tax}}。少要 {{extra}}，或改成月薪发放，到手反而更多。',
    cliffCurrent_one:
      '年终奖比税率临界点（{{edge}}）多出 {{extra}}：这 {{extra}}要多缴个税 {{tax}}。',
    cliffCurrent_other:
      '年终奖比税率临界点（{{edge}}）多出 {{extra}}：这 {{extra}}要多缴个税 {{tax}}。',
  },
  taxCity: {
    name: '{{city}} {{year}} 年度',
    nameOwn: '你自己填写的数字',
    nameOwnPart: '你自己填写的数字，其余按{{city}} {{year}} 年度',
    setting: '在税务假设中选定',
    city: '按工作所在城市',
    fallback: '未匹配到城市：暂按{{city}}计算',
    withOwn: '{{because}}；{{own}}',
    overridden: '采用你自己填写的数字（{{figures}}），而非{{city}}的标准',
    figure: {
      baseFloorMonthly: '基数下限 {{value}}',
      baseCapMonthly: '基数上限 {{value}}',
      housingFundPercent: '公积金 {{value}}%',
      pensionPercent: '养老保险 {{value}}%',
      medicalPercent: '医疗保险 {{value}}%',
      unemploymentPercent: '失业保险 {{value}}%',
    },
    figureSeparator: '，',
  },
  riskLevels: { low: '低', medium: '中', high: '高' },
  recommendations: {
    accept: '接受',
    acceptUnjudged: '接受（薪资未评判）',
    negotiate: '谈条件',
    'wait-and-watch': '观望',
    decline: '拒绝',
  },
  pick: {
    title: '选哪个 offer',
    take: '{{company}}',
    takeNegotiate: '{{company}}，先谈条件',
    tie: '不分高下：{{companies}}',
    stay: '都不选：暂时留在现在的岗位',
    noneWeighed: '暂时无法比较',
    onlyOffer: {
      accept: '这是你正在考虑的唯一一个 offer，规则建议接受。',
      negotiate: '这是你正在考虑的唯一一个 offer，规则建议先谈条件再接受。',
    },
    onlyWeighed: {
      accept: '这是唯一一个能参与比较的 offer，规则建议接受。',
      negotiate: '这是唯一一个能参与比较的 offer，规则建议先谈条件再接受。',
    },
    verdict: {
      accept: '你的 {{count}} 个 offer 中，只有它是规则建议接受的；其余：{{others}}。',
      negotiate:
        '你的 {{count}} 个 offer 中没有可以直接接受的，规则建议谈条件的只有这一个；其余：{{others}}。',
    },
    value: {
      accept:
        '规则对它和{{other}}都建议接受；它 {{months}} 个月的风险调整后价值为 {{value}}，高于{{other}}的 {{otherValue}}。',
      negotiate:
        '规则对它和{{other}}都建议谈条件；它 {{months}} 个月的风险调整后价值为 {{value}}，高于{{other}}的 {{otherValue}}。',
    },
    valueOthers: '其余：{{others}}。',
    tieText: {
      accept:
        '规则对它们都建议接受，{{months}} 个月的风险调整后价值相差在 1% 以内（{{values}}）。在其中一家谈到更好的条件，或把填了“不清楚”的风险问题答上，就能分出高下。',
      negotiate:
        '规则对它们都建议谈条件，{{months}} 个月的风险调整后价值相差在 1% 以内（{{values}}）。哪家满足你更多的条件，就选哪家。',
    },
    stayOne:
      '你正在考虑的这个 offer，规则建议{{verdicts}}：高薪本身不该是决定因素，文章里的跳槽者也是等到实力强的公司认真入局才动身。',
    stayMany:
      '你的 {{count}} 个 offer 规则都建议观望或拒绝（{{verdicts}}）：高薪本身不该是决定因素，文章里的跳槽者也是等到实力强的公司认真入局才动身。',
    noneWeighedText: '要比较，需要先把每份薪资折成人民币算出来：{{list}}。',
    notWeighed: '未参与比较：{{list}}。',
    why: {
      'pay-unread': '{{company}}（薪资无法读取）',
      'no-exchange-rate': '{{company}}（还没有 {{currency}} 汇率）',
      pending: '{{company}}（仍在评估）',
    },
    rateWrong: {
      pay100:
        '{{company}}（汇率 1 {{currency}} = {{rate}} 元，看来大了 100 倍：请在 offer 中改正）',
      pay: '{{company}}（汇率 1 {{currency}} = {{rate}} 元看来有误，1 {{currency}} 约合 {{typical}} 元：请在 offer 中改正）',
      options100:
        '{{company}}（期权汇率 1 {{currency}} = {{rate}} 元，看来大了 100 倍：请在 offer 中改正）',
      options:
        '{{company}}（期权汇率 1 {{currency}} = {{rate}} 元看来有误，1 {{currency}} 约合 {{typical}} 元：请在 offer 中改正）',
    },
    currentRateWrong: {
      pay100:
        '每个 offer 的建议和风险调整后价值都以你的当前薪资为基准，而当前薪资的汇率 1 {{currency}} = {{rate}} 元看来大了 100 倍：请在“技能”中改正你的资料。',
      pay: '每个 offer 的建议和风险调整后价值都以你的当前薪资为基准，而当前薪资的汇率 1 {{currency}} = {{rate}} 元看来有误（1 {{currency}} 约合 {{typical}} 元）：请在“技能”中改正你的资料。',
      options100:
        '每个 offer 的建议和风险调整后价值都以你的当前薪资为基准，而当前薪资中期权的汇率 1 {{currency}} = {{rate}} 元看来大了 100 倍：请在“技能”中改正你的资料。',
      options:
        '每个 offer 的建议和风险调整后价值都以你的当前薪资为基准，而当前薪资中期权的汇率 1 {{currency}} = {{rate}} 元看来有误（1 {{currency}} 约合 {{typical}} 元）：请在“技能”中改正你的资料。',
    },
    otherVerdict: '{{company}}（{{verdict}}）',
    verdicts: {
      accept: '接受',
      negotiate: '谈条件',
      'wait-and-watch': '观望',
      decline: '拒绝',
    },
    valueOf: '{{company}} {{value}}',
    stayingWorthMore:
      '留在现在的岗位，同样 {{months}} 个月价值更高：{{staying}}，{{company}}为 {{value}}。',
    beforeTax_one:
      '比较的都是税前价值：{{companies}}不在中国内地纳税，潮位不计算那里的税，税后的高低可能不同。',
    beforeTax_other:
      '比较的都是税前价值：{{companies}}不在中国内地纳税，潮位不计算那里的税，税后的高低可能不同。',
    hidden_one: '在“显示哪些 offer”中隐藏的 {{count}} 个 offer 未参与比较。',
    hidden_other: '在“显示哪些 offer”中隐藏的 {{count}} 个 offer 未参与比较。',
    whyLabel: '为什么选它',
    reasons: {
      'pick-offer':
        '潮位的选法：先看建议（接受优先于谈条件），再看风险调整后价值哪个更高；文章里的跳槽者在 4 个 offer 中选了薪资最高的。',
      downside:
        '建议相同时，由风险调整后价值决定：每个 offer {{months}} 个月的薪资，已计入岗位失败的可能。',
      'strength-before-pay': '建议拒绝的 offer 不论薪资多高都不会被选中：高薪本身不该是决定因素。',
      'wait-for-commitment':
        '建议观望的 offer 现在不选：文章里的跳槽者等到实力强的公司认真入局才动身。',
    },
  },
  tax: {
    title: '税务假设',
    intro:
      '以下假设适用于每一列的税后数字：当前工作和每个 offer 都一样。每项修改立即保存，上面的数字随之更新；留空则使用各工作所在城市的标准。',
    ownFigures:
      '你自己填写的数字（{{figures}}）用于每一列（当前工作和每个 offer），取代各城市的标准。清空对应字段即恢复城市标准。',
    cityPreset: '社保按哪个城市计算',
    cityPresetAuto: '按各工作所在城市',
    cityPresetHint: '正在使用：{{presets}}。',
    presetFigures: '{{city}} {{year}} 年度：基数 {{floor}}–{{cap}} 元/月，公积金 {{fund}}%',
    presetFiguresOwn:
      '{{city}} {{year}} 年度（{{which}}为你自己填写）：基数 {{floor}}–{{cap}} 元/月，公积金 {{fund}}%',
    ownWhich: {
      baseFloorMonthly: '基数下限',
      baseCapMonthly: '基数上限',
      housingFundPercent: '公积金比例',
    },
    floor: '缴费基数下限（元/月）',
    cap: '缴费基数上限（元/月）',
    housingFund: '公积金比例（%）',
    housingFundHint: '各城市允许 5% 到 12%。',
    cityValue: '城市标准：{{value}}',
    taxYear: '纳税年度',
    taxYearHint: '年终奖单独计税政策执行到 {{year}} 年底，此后并入综合所得。',
    deductions: '专项附加扣除',
    children: '子女教育（人数）',
    infants: '3 岁以下婴幼儿（人数）',
    elderlyParents: '赡养老人',
    elderly: {
      none: '无',
      'only-child': '独生子女（全额扣除）',
      'sibling-share': '与兄弟姐妹分摊',
      stated: '沿用之前填写的金额（每月 {{amount}}）',
    },
    elderlyMonthly: '你分摊的金额（元/月）',
    continuingEducation: '继续教育',
    education: { none: '无', degree: '学历（学位）教育', certificate: '当年取得职业资格证书' },
    housing: '住房',
    housingOptions: {
      none: '无',
      mortgage: '首套住房贷款利息',
      'rent-tier-1': '住房租金（直辖市、省会等大城市）',
      'rent-tier-2': '住房租金（市辖区户籍人口超过 100 万的城市）',
      'rent-tier-3': '住房租金（其他城市）',
    },
    seriousIllness: '大病医疗自付费用（元/年）',
    saved: '已保存，上面的数字已按此更新。',
    saveFailed: '保存失败：{{detail}}',
    errors: {
      floor: '请输入不小于 0 的金额，或留空以使用城市标准。',
      floorAboveCap: '下限不能高于上限。',
      cap: '请输入大于 0 的金额，或留空以使用城市标准。',
      housingFund: '请输入 0 到 12 之间的比例，或留空以使用城市标准。',
      taxYear: '请输入 2019 到 2100 之间的年份。',
      count: '请输入 0 到 10 之间的整数。',
      elderlyMonthly: '请输入 0 到 100000 之间的金额。',
      seriousIllness: '请输入 0 到 10000000 之间的金额。',
    },
  },
  market: {
    title: '你的薪资与文章中的数字',
    description:
      '按年总包的区间绘制（菱形表示单个数字）。阴影部分：按你的档位（{{tier}}），跳槽能拿到的范围。',
    descriptionInFieldPhd:
      '按年总包的区间绘制（菱形表示单个数字）。阴影部分：文章给对口博士的年收入，不是按你的收入算出的范围。',
    noBand:
      '按年总包的区间绘制（菱形表示单个数字）。没有阴影：没有当前薪资时，你所在的档位给不出年总包。',
    keyboard: '聚焦图表后，用方向键逐条查看数字及其出处。',
    chartLabel: '图表：你的薪资与文章中的数字',
    loading: '正在加载图表…',
    bandYours: '你的预计年度总收入：{{range}}',
    bandInFieldPhd: '对口博士（文章）：{{range}}',
    current: '当前工作',
    basis: {
      total: '年总包',
      cash: '年现金，不含股票',
      'after-tax': '税后，企业的平均人才成本',
    },
    table: {
      caption: '你的薪资与文章中的数字（元/年）',
      item: '薪资',
      range: '每年',
      source: '出处',
      entered: '你填写的',
      bandEstimate: '按你的薪资和档位估算',
      bandInFieldPhd: '文章给对口博士的数字',
    },
    references: {
      'vivo-after-tax': 'L1 vivo 平均税后',
      'phd-one-year': 'L25 工作一年的博士',
      mover: 'L11 文中的跳槽者',
      pinduoduo: 'L2 拼多多',
      'internet-posting': 'L4 互联网公司招聘',
      'lab-lead-posting': 'L5 实验室负责人（现金）',
      'car-maker-posting': 'L4 车企招聘',
      'phd-starting': 'L17 应届博士（不含股票）',
      'core-talent': 'L26 核心人才',
      'vision-expert': 'L6 视觉算法专家',
    },
  },
}
