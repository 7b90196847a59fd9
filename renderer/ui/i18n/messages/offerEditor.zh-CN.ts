import type { Widen } from '../translation-type'
import type { en } from './offerEditor'

/** 简体中文 (offerEditor); its keys are en's (./offerEditor.ts), which the type holds it to. */
export const zhCN: Widen<typeof en> = {
  title: 'Offer',
  newTitle: '新的 offer',
  editTitle: 'Offer：{{company}}',
  intro:
    '按 offer 上写的填。结论随你的输入更新；点“保存”（或在任一字段按 Ctrl+Enter / ⌘+Enter）后才存为 offer。在此之前，输入作为草稿留在本机，切换到其他页面也还在；点“取消”则丢弃草稿。',
  introSaved:
    '按 offer 上写的修改。结论随你的输入更新；点“保存”（或在任一字段按 Ctrl+Enter / ⌘+Enter）后修改才存入。在此之前，修改作为草稿留在本机，切换到其他页面也还在；点“取消”则丢弃这些修改，已保存的 offer 保持原样。',
  loading: '正在读取 offer…',
  notFound: '这个地址下没有 offer，可能已被删除。',
  backToOffers: '返回 offer 列表',
  groups: {
    offer: '公司与岗位',
    employer: '关于公司与岗位',
    pay: '薪资',
    checklist: '入职前的五个问题（第 35 行）',
    redFlags: '毁掉一家大模型公司的做法（第 50 行）',
    decision: '答复期限与备注',
  },
  company: { label: '公司', placeholder: '如：月之暗面、字节跳动 Seed' },
  role: { label: '岗位', placeholder: '如：大模型推理工程师' },
  employerKind: {
    label: '公司与团队类型',
    options: {
      'big-tech-established-line': '大厂的成熟业务',
      'research-institute': '研究院或实验室',
      'big-tech-new-llm-team': '大厂新组建的大模型团队',
      'other-industry-new-llm-team': '其他行业新组建的大模型团队',
      startup: '创业公司',
    },
    explain: {
      'big-tech-established-line':
        '在已经赚钱的业务上（搜索、广告、云）：大家权衡跳槽时拿来对比的那份稳定工作。',
      'research-institute': '企业研究院、高校或独立的研究机构：认真做这个方向，但落地较慢。',
      'big-tech-new-llm-team':
        '大型互联网公司新组建的大模型团队：背靠大树，但业务是新的，尚未跑通。',
      'other-industry-new-llm-team': '车企、银行、制造业等自建的大模型团队：领域不熟，前景未明。',
      startup: '基于大模型创业的年轻公司：不少火一阵就没了，所以谁在投它很重要。',
    },
    baseline: '这类团队的风险从 {{points}} 分起算。',
  },
  funding: {
    label: '创业公司的投资方',
    options: {
      'strong-backers': '有实力雄厚的投资方',
      funded: '已融资',
      unfunded: '尚未融资',
      unknown: '不清楚',
    },
    explain: {
      'strong-backers': '最近一轮有知名机构或科技巨头领投（如阿里云领投零一万物，第 42 行）。',
      funded: '已经融过资，但投资方没有特别的分量。',
      unfunded: '还没有外部资金：靠创始人的钱或最初的收入维持。',
      unknown: '还没打听到：按略有风险计算。',
    },
    points: '风险 {{points}} 分。',
  },
  city: {
    label: '城市',
    placeholder: '如：北京、上海',
    hint: '岗位所在的城市。与个人资料中的城市相同时可以留空。',
    matched: '识别为{{name}}：个税按当地社保标准计算。',
    noMatch:
      '潮位没有这个城市的社保数据（已有：{{cities}}）：税后收入改按{{city}} {{year}} 年的标准计算，缴费基数每月 {{floor}}–{{cap}} 元，公积金 {{fund}}%。',
    setOwn:
      '要按你所在城市计算，请在“Offer › 税务假设”（对比表下方）填写当地的缴费基数和公积金比例。',
    untickAbroad: '如果这份工作不在中国内地纳税，请取消勾选下方的“在中国内地缴纳个税”。',
    presetChosen:
      '所有岗位的个税都按{{city}} {{year}} 年的社保标准计算（在“Offer › 税务假设”中选定）。',
    withOwnFigures: '你在“Offer › 税务假设”中自己填写的数字适用于所有 offer，代替这里的对应数字。',
    notTaxed: '不在中国内地缴纳个税：这份 offer 不使用任何城市的个税和社保数字。',
    untickedOutsideMainland:
      '不在中国内地：已取消勾选下方的“在中国内地缴纳个税”，不使用任何城市的个税和社保数字。如果这份工作在中国内地纳税，请重新勾选。',
  },
  taxedInChina: {
    label: '在中国内地缴纳个税',
    hint: '薪资在境外纳税时（香港或海外雇主）取消勾选：此时不计算税后收入。',
  },
  eager: {
    legend: '对方是否急着招你？',
    hint: '急于招人的公司会满足候选人的条件（第 15 行）：谈判的余地更大。',
  },
  answers: { yes: '是', no: '否', unknown: '还不清楚' },
  fold: {
    answers: '你的回答：{{state}}',
    answerCount: {
      yes: '{{count}} 个“是”',
      no: '{{count}} 个“否”',
      unknown: '{{count}} 个“还不清楚”',
    },
    ticked: '已勾选：{{state}}',
    none: '还没有',
    separator: '、',
    tickedSeparator: '；',
  },
  roleDomains: {
    legend: '岗位需要的技能',
    hint: '勾选职位描述里要求的方向：结论会看你的技能与岗位是否匹配。',
  },
  checklist: {
    hint: '候选人加入大模型团队前会问这些。答“否”风险加 {{no}} 分，“还不清楚”加 {{unknown}} 分。',
    notAsked: '成熟业务线不问这些：它们衡量的是新的大模型业务，而不是成熟业务线。',
  },
  redFlags: {
    hint: '勾选你在这家公司看到或听说的做法。每项风险加 {{points}} 分；达到 {{decline}} 项及以上，结论是拒绝。',
  },
  pay: {
    paste: '按猎头的写法粘贴薪资',
    pastePlaceholder: '月薪 3-4 万 × 14 薪，RSU 20 万分 4 年',
    pasteHint: '潮位会读出数字并填到下面的字段里：请核对，读错的地方直接改。粘贴的原文不会保存。',
    read: '读取结果：{{reading}}。',
    readMonthly: '月薪 {{monthly}} × {{months}} 个月',
    readAnnual: '年薪 {{annual}}',
    readCurrency: '币种 {{currency}}',
    readBonusAmount: '年终奖 {{amount}}',
    readSignOn: '签字费 {{amount}}',
    readBonusMonths: '年终奖 {{months}} 个月',
    readBonusPercent: '年终奖为全年底薪的 {{percent}}，即 {{months}} 个月',
    readOptions: '期权 {{count}} 股',
    readOptionsNoCount: '期权（未写股数）',
    readStrike: '行权价每股 {{price}} {{currency}}',
    readStock: '股票每年 {{perYear}}',
    readStockGrant_one: '股票每年 {{perYear}}（总额 {{total}}，分 {{count}} 年归属）',
    readStockGrant_other: '股票每年 {{perYear}}（总额 {{total}}，分 {{count}} 年归属）',
    notRead: '未能读取：{{fragments}}。请在下面的字段里填写这部分。',
    afterTaxAside_one: '{{fragments}}是税后收入，这里不用：潮位按税前薪资计算，到手多少由它算出。',
    afterTaxAside_other:
      '{{fragments}}是税后收入，这里不用：潮位按税前薪资计算，到手多少由它算出。',
    decimalComma:
      '“{{fragment}}”：小数请用小数点，写作“{{point}}”。逗号只用作千位分隔，如 12,500。',
    currencyUnsupported:
      '“{{fragment}}”：潮位不支持这种货币，也不会把数字当成别的货币来读。请把薪资换算成支持的货币（人民币、美元、港币、新加坡元、欧元、英镑、日元），或在下面选择货币并填写各项。',
    signOnInside:
      '“{{fragment}}”：签字费含在这个数里，潮位不猜去掉它后的薪资。请粘贴不含签字费的薪资（每年都发的部分），再把签字费填在“签字费”中。',
    totalDisagrees:
      '“{{fragment}}”：月薪乘月数与这行写的总额对不上。请只粘贴 offer 实际给的那一个，或在下面填写各项。',
    bonusPercent:
      '“{{fragment}}”：潮位把百分比的年终奖读作全年底薪（12 个月或年薪）的比例。这一项是别的数的比例、写在超过 12 薪旁边，或超过 24 个月：请在“年终奖”中按月数或金额填写。',
    putBack: '薪资字段已恢复为粘贴上一行之前的内容。',
    stockWord: '“{{fragment}}”是股票：请在“股票”中填写授予总额和归属安排，或每年的价值。',
    note: {
      'months-assumed-12': '没写几薪：按 12 个月计。',
      'period-inferred-annual': '没写月薪还是年薪：数额较大，按年薪读取。',
      'period-inferred-monthly': '没写月薪还是年薪：数额较小，按月薪读取。',
      'stock-per-year':
        '股票按每年的价值计，授予总额平均分到各归属年。若不是平均归属，请在“股票”中填写授予总额和归属比例。',
      'bonus-month-of-annual':
        '年终奖的一个月按全年数额 ÷ 12 计：{{annual}} ÷ 12 = {{month}}。若一个月指的是月薪，请按“月薪 × 月数”填写。',
      'bonus-months-many':
        '年终奖 13 个月及以上很少见，请核对。若指的是一年发几个月（13 薪、14 个月），请填在月数里，不填年终奖。',
    },
    bonusBesideMonths:
      '按 {{months}} 薪另加 {{bonus}} 个月年终奖计，一年共 {{total}} 个月月薪。若年终奖已含在 {{months}} 薪里，请把“另有年终奖”选为“没有写明”。',
    cashOnly:
      '这个数额是现金，股票另计：只计入“股票”中填写的股票。股票另谈或待定的，填写之前不计入。',
    stockInside: {
      stated: '这行写明数额含股票：按原数额计，不另加股票。请不要再在“股票”中填写。',
      possible:
        '年包、总包常含股票：按原数额计。若其中有股票，请填写不含股票的薪资，股票另在“股票”中填写。',
    },
    optionsAsk: '期权：请在下面填写{{fields}}，否则不计入。',
    asks: {
      count: '股数',
      'strike-price': '行权价',
      'share-price': '每股价格',
      vesting: '归属安排',
    },
    problem: {
      empty: '还没有可读的内容。',
      'no-amount': '“{{fragment}}”中没有找到金额。',
      'several-amounts':
        '有不止一个数字（“{{fragment}}”）：只粘贴底薪和至多一项年终奖，签字费和股票请填在各自的字段里。',
      unreadable: '读不懂“{{fragment}}”：请改写这部分，或直接填写下面的字段。',
      'months-on-annual': '“{{fragment}}”写了月数，但数字是年薪：两者留一个即可。',
      'bad-months': '“{{fragment}}”：月数应在 1 到 24 之间，可以是半个月。',
      'months-range': '“{{fragment}}”是一段月数：请填 offer 实际发的一个月数（如 13、14）。',
      'options-without-base': '只找到期权：请把底薪也粘贴进来。',
      'stock-years-missing':
        '“{{fragment}}”没写股票分几年归属：请补上（如“RSU 20 万分 4 年”），或在“股票”中填写授予总额和归属安排。',
      'stock-bad-years':
        '“{{fragment}}”：归属年数应为 1 到 10 的整数。也可以在“股票”中填写授予总额和归属安排。',
      'stock-cliff':
        '“{{fragment}}”是 cliff（等待期）：它决定股票何时开始归属，潮位不从一行文字里猜。请在“股票”中填写授予总额和归属安排，粘贴时去掉股票部分。',
      'stock-uneven':
        '“{{fragment}}”：潮位只从一行文字里读取按所写年数平均归属的股票，这里不是。请在“股票”中填写授予总额和每年归属比例（如 10/20/30/40），粘贴时去掉股票部分。',
      'stock-currency':
        '“{{fragment}}”：股票与底薪的币种不同。请在“股票”中填写，粘贴时去掉股票部分。',
      'stock-without-base': '只找到股票（“{{fragment}}”）：请把底薪也粘贴进来。',
      'bonus-without-base':
        '只找到奖金或一次性款项（“{{fragment}}”），没有底薪：请把底薪也粘贴进来，签字费请填在它自己的字段里。',
      'period-conflict': '数字自带的周期与薪资用词说的不一致（“{{fragment}}”）：请只保留其中一个。',
      'after-tax': '“{{fragment}}”：这是税后数字。潮位根据税前薪资计算税后收入：请粘贴税前的薪资。',
      'sign-on-twice':
        '有两笔不同的签字费（“{{fragment}}”）：粘贴时只留 offer 实际给的那笔，或填在“签字费”中。',
      'sign-on-spread':
        '“{{fragment}}”：签字费分几年发。潮位把签字费算在第一年，不猜它怎么拆分：粘贴时去掉这部分，把第一年发的金额填在“签字费”中。',
      'sign-on-currency':
        '“{{fragment}}”：签字费与底薪的币种不同。粘贴时去掉这部分，按薪资币种填在“签字费”中。',
      'two-currencies':
        '“{{fragment}}”：薪资写了两种货币。潮位只按一种读数：请只保留发薪所用的货币，或在下面选择货币并填写各项。',
      'stock-inside-unknown':
        '“{{fragment}}”：这个数额含股票，但没写股票占多少。潮位把现金和股票分开计算：请写明每年的股票部分（如“年包 100 万（含 20 万股票）”），或在下方填写现金薪资，在“股票”中填写股票。',
    },
    baseKind: {
      label: '底薪写法',
      monthly: '月薪 × 月数',
      annual: '年薪总额',
      text: '原文，未能读取',
    },
    storedText:
      '已按原文保存，但潮位读不懂：“{{text}}”。请改正后重新粘贴，或选择底薪写法后直接填写。',
    monthlyLow: '月薪',
    annualLow: '年薪',
    upTo: '最高',
    months: '每年发几个月（薪）',
    rangeHint: '单位：{{currency}}。填一个数，或填“最高”成为区间。',
    monthsHint: '“16 薪”填 16：超过 12 个月的部分按年终奖发放。',
    reads: '即 {{amount}}。',
    currency: '币种',
    currencies: {
      CNY: '人民币（CNY）',
      USD: '美元（USD）',
      HKD: '港币（HKD）',
      EUR: '欧元（EUR）',
      GBP: '英镑（GBP）',
      SGD: '新加坡元（SGD）',
      JPY: '日元（JPY）',
    },
    bonus: {
      label: '另有年终奖',
      hint: '只填 offer 在上面的月数之外写明的年终奖。',
      none: '没有写明',
      months: '按月薪的几个月',
      amount: '按金额',
      monthsLabel: '几个月月薪',
      monthsReads: '即每年 {{months}} 个月月薪。',
      amountLow: '年终奖',
    },
    signOn: {
      low: '签字费',
      hint: '一次性发放，计入第一年。没有就留空。',
    },
    stock: {
      label: '股票',
    },
    options: {
      label: '期权',
      hint: '归属后可按行权价买入股票的权利：只有公司以高于行权价的价格被收购或上市时才值钱。',
      count: '期权股数',
      strike: '每股行权价',
      priceLow: '目前每股价格',
      priceHint: '最近一轮融资的价格，或你的估计；可以填区间。',
      currency: '价格的币种',
      sameAsPay: '与薪资相同（{{currency}}）',
      listed: '公司已上市',
      listedHint: '上市公司的股票可以按市价卖出；未上市公司的可能永远卖不掉。',
      cliff: '等待期（月）',
      cliffHint: '等待期内不归属；期满时，此前应归属的部分一次归属。',
      discount: '期望价值的折扣（%）',
      discountHint: '留空：按默认折扣计，未上市公司 {{unlisted}}%，上市公司 {{listed}}%。',
    },
    noRate:
      '还没有设置 {{currency}} 的汇率：设置之前，这份 offer 以 {{currency}} 计的部分不会计入。',
    rateLabel: '1 {{currency}} 合多少元',
    saveRate: '保存汇率',
    rateSaved: '汇率已保存：1 {{currency}} = {{rate}} 元。',
    rateFailed: '汇率没有保存：{{detail}}',
    rateStoredWrong:
      '已保存的汇率看来有误，所有以 {{currency}} 计的薪资都按它折算。{{why}}然后点“{{save}}”。',
    counted: {
      cash: '计入：现金 {{cash}}',
      bonus: '，其中年终奖 {{bonus}}',
      yearOne: '第一年合计 {{total}}',
      typical: '之后每年 {{total}}',
      converted: '按 1 {{currency}} = {{rate}} 元折算。',
      convertedWrong:
        '按 1 {{currency}} = {{rate}} 元折算，这个汇率看来有误：1 {{currency}} 约合 {{typical}} 元。',
      pending: '填好公司和薪资后，这里会显示计入结论的数字。',
      invalid: '有字段未填或填写有误：改正后，这里会重新显示计入的数字。',
      showProblems: '查看是哪些',
      noRate: '未计入：没有 {{currency}} 的汇率。',
      unreadable: '未计入：原文写法读不懂。',
      optionsUncounted: {
        unpriced: '期权尚未定价：未计入。',
        'no-exchange-rate': '期权未计入：没有 {{currency}} 的汇率。',
      },
    },
  },
  deadline: { label: '答复期限', hint: '对方希望你给出答复的日期。' },
  notes: { label: '备注', hint: '其他信息：和谁谈的、对方承诺了什么、下次要问什么。' },
  save: '保存 offer',
  saveShortcut: 'Ctrl+Enter / ⌘+Enter',
  cancel: '取消',
  delete: '删除 offer',
  confirmDelete: '删除 {{company}} 的 offer？相关的日志条目会保留，但不再关联。',
  confirmDeleteYes: '删除',
  confirmDeleteNo: '保留',
  undo: {
    button: '撤销',
    named: '撤销删除 {{company}} 的 offer',
    deleted: '已删除 {{company}} 的 offer。',
    restored: '已恢复 {{company}} 的 offer。',
    failed: '未能恢复 {{company}} 的 offer：{{detail}}',
    open: '查看',
  },
  saved: '已保存。',
  deleteFailed: '没有删除：{{detail}}',
  saveFailed: '没有保存，已存的内容不变。详情：{{detail}}',
  invalid: '没有保存：请修改标红的字段。',
  draftNote: '尚未保存：结论已按你填写的内容更新。',
  pasteUnread: '没有保存：粘贴的薪资读不懂。请改写，或清空它并直接填写薪资字段。',
  kept: '你之前未保存的修改还在：可以保存，也可以放弃。',
  keptSavedElsewhere:
    '你之前未保存的修改还在，但这份 offer 之后在别处（另一个窗口）保存过。保存会用这里的内容覆盖它；放弃修改则显示已保存的内容。',
  overwriteAsked:
    '这份 offer 在你开始修改之后在别处保存过。再按一次保存，用你的修改覆盖它；或者放弃修改。',
  discardKept: '放弃修改',
  errors: {
    company: '请填写公司名称。',
    tooLong: '最多 {{max}} 个字。',
    amountRequired: '请填写金额。',
    amount: '请输入不小于 0 的金额，最多两位小数。',
    range: '不能高于“最高”。',
    months: '请输入 1 到 24 个月，可以是半个月（如 13.5）。',
    bonusMonths: '请输入 0 到 24 个月。',
    bonusMonthsRange: '不能少于前面的月数。',
    schedule: '请填写每年归属的百分比，用“/”分隔，合计 100（如 25/25/25/25）。',
    count: '请输入大于 0 的整数股数。',
    price: '请输入不小于 0 的价格，最多四位小数。',
    cliff: '请输入 0 到 60 之间的整月数。',
    discount: '请输入 0 到 100 之间的百分比。',
    date: '请填写日期。',
    dateRange:
      '日期须在 {{first}} 年至 {{last}} 年之间（offer 通常几周内就要答复，超出这个范围的年份多半是输错了）。',
    text: '潮位读不懂这份薪资：请选择底薪写法并填写字段。',
    rate: '请输入大于 0、不超过 10000 的汇率。',
    rateScale:
      '1 {{currency}} 约合 {{typical}} 元，{{rate}} 与此相差太远（是否填成了银行每 100 {{currency}} 的报价？）。请填写 1 {{currency}} 合多少元。',
    rateScaleFar:
      '1 {{currency}} 约合 {{typical}} 元，{{rate}} 与此相差太远。请填写 1 {{currency}} 合多少元。',
  },
}
