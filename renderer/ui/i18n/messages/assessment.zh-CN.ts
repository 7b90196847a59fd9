import type { Widen } from '../translation-type'
import type { en } from './assessment'

/** 简体中文 (assessment); its keys are en's (./assessment.ts), which the type holds it to. */
export const zhCN: Widen<typeof en> = {
  title: '评估结果',
  summary: {
    score: '溢价分',
    outOf: '满分 100',
    tier: '档位',
    raise: '跳槽可争取的涨幅',
    total: '预计年度总收入',
    totalFromPay: '按你目前的收入 × 本档涨幅区间计算。',
    premiumTotalUnreached:
      '“{{tier}}”的 {{total}} 是文章给对口博士的年收入；对其他人，文章说“有一些本科、硕士干了 7、8 年也未必能到 100 万”（L25）。按你目前的收入，本档的涨幅还到不了这个数。',
    totalFromPayFloor:
      '按你目前的收入 × 本档涨幅区间为 {{fromPay}}；低于文章给对口博士的年收入（{{tierTotal}}）的一端，按该年收入计。',
    totalFromTier: '文章给对口博士的年收入（在个人资料中填写目前收入后，按你的收入计算）。',
    totalNone: '在个人资料中填写目前收入后，这里会显示预计年收入。',
    totalPayUncounted: '已保存的目前收入无法计算（打开个人资料查看原因），因此没有按它计算年收入。',
    neutralProfile:
      '还没有保存个人资料：暂按中性资料计算（不计学历、领导经验和城市）。填写个人资料后，这些都会计入。',
  },
  domains: {
    'llm-training': '大模型训练',
    'fine-tuning': '调优',
    'inference-acceleration': '推理加速',
    nlp: 'NLP 算法',
    'deep-learning': '深度学习',
    'computer-vision': '视觉算法',
    'model-optimization': 'AI 模型优化',
    'llm-foundation-software': '大模型基础软件',
    'robotics-os': '机器人操作系统',
    'ai-product': 'AI 产品经理',
    'ai-architecture': 'AI 架构师',
    'cs-data-foundations': '传统计算机/数据科学',
  },
  levels: { '0': '不会', '1': '了解', '2': '会用', '3': '熟练', '4': '专家' },
  reasons: {
    title: '依据',
    withPoints_one: '{{sentence}}：{{points}} 分',
    withPoints_other: '{{sentence}}：{{points}} 分',
    changedRule: {
      sentence: '{{sentence}}。{{changes}}',
      separator: '；',
      article: '“{{label}}”用的是你改的值 {{value}}（文章：{{defaultValue}}）',
      assumption: '“{{label}}”用的是你改的值 {{value}}（潮位的默认值：{{defaultValue}}）',
      law: '“{{label}}”用的是你改的值 {{value}}（默认：{{defaultValue}}）',
      link: '到“规则”页修改',
    },
    domainFirst:
      '{{domain}} {{level}} 级（{{levelName}}），属 {{premiumClass}} 类，是你得分最高的方向，全额计分',
    domainNext:
      '{{domain}} {{level}} 级（{{levelName}}），属 {{premiumClass}} 类，作为第 {{rank}} 个方向按 {{weight}} 计分',
    domainUncounted:
      '{{domain}} {{level}} 级（{{levelName}}），属 {{premiumClass}} 类：第 {{rank}} 个方向不再加分',
    domainMovedFromFull:
      '{{domain}} {{level}} 级（{{levelName}}），属 {{premiumClass}} 类，从第 {{rankBefore}} 个方向变为第 {{rank}} 个，由全额计分改为按 {{weight}} 计分（{{full}} 分中计 {{counted}} 分）',
    domainMoved:
      '{{domain}} {{level}} 级（{{levelName}}），属 {{premiumClass}} 类，从第 {{rankBefore}} 个方向变为第 {{rank}} 个，由按 {{weightBefore}} 计分改为按 {{weight}} 计分（{{full}} 分中计 {{counted}} 分）',
    domainMovedUncounted:
      '{{domain}} {{level}} 级（{{levelName}}），属 {{premiumClass}} 类，从第 {{rankBefore}} 个方向变为第 {{rank}} 个，不再加分（原先 {{full}} 分按 {{weightBefore}} 计）',
    evidenceCap:
      '{{domain}}：你自评 {{claimed}} 级，但没有证据，只按 {{counted}} 级计算。补上任一项证据即可解除上限：{{kinds}}',
    breadth: '广度：底层方向（{{domains}}）中有 {{count}} 个达到 {{minLevel}} 级及以上',
    phdInField: '对口博士',
    yearsNotEnough: '{{years}} 年工作经验本身并不带来溢价',
    leadership: '领导经验：{{kinds}}',
    leadershipKinds: {
      businessLine: '负责业务线',
      team: '管理团队',
      openSource: '主导开源项目',
    },
    hubCity: '在{{city}}工作，这类人才集中在此',
    inFieldTransition: '对口转型：在大厂做算法、负责业务线，且{{domain}}达到 {{minLevel}} 级及以上',
    tier: {
      core: '{{score}} 分，达到{{tier}}：{{minScore}} 分及以上，且有一项带证据的 S 类 4 级技能',
      premium: '{{score}} 分，达到{{tier}}：{{minScore}} 分及以上',
      mid: '{{score}} 分：{{tier}}，即文章所说的算法工程师一档（有 S 或 A 类技能达到 2 级及以上即可进入），未达{{nextTier}}的 {{nextScore}} 分',
      emerging:
        '{{score}} 分：{{tier}}，未达{{nextTier}}的 {{nextScore}} 分，也还没有 S 或 A 类技能达到 2 级',
      midFrom:
        '{{score}} 分：{{tier}}，即文章所说的算法工程师一档（{{minScore}} 分及以上、且有 S 或 A 类技能达到 2 级及以上即可进入），未达{{nextTier}}的 {{nextScore}} 分',
      emergingScore: '{{score}} 分：{{tier}}，未达{{nextTier}}的 {{nextScore}} 分',
    },
    tierGate: {
      sentence: '{{reached}}。{{gate}}',
      below:
        '{{tier}}需要 {{minScore}} 分，且有一项带证据的 S 类 4 级技能：你最好的{{domain}}为 {{level}} 级',
      capped:
        '{{tier}}需要 {{minScore}} 分，且有一项带证据的 S 类 4 级技能：你给{{domain}}自评 {{claimed}} 级，但没有证据，只按 {{level}} 级计',
      noSkill: '{{tier}}需要 {{minScore}} 分，且有一项带证据的 S 类 4 级技能：你还没有 S 类技能',
    },
    unknown: '规则“{{ruleId}}”',
  },
  gaps: {
    title: '怎样提分最多',
    none: '没有可再提升的了：每个能加分的方向都已到最高级。',
    atTop: '你的分数已是满分 100：再提升哪一项也不会更高。',
    addEvidence: '为{{domain}}补上证据（自评 {{toLevel}} 级，现只按 {{fromLevel}} 级计）',
    raiseLevel: '把{{domain}}从 {{fromLevel}} 级提到 {{toLevel}} 级，并有证据',
    reaches: '{{gain}} 分，升到{{tier}}',
    stays: '{{gain}} 分，仍在{{tier}}',
    reachesAtTop: '分数已是满分 100，不再加分，但可升到{{tier}}',
    why: '怎么算的',
    partsIntro: '这一步之后的各条规则，以及每条变动的分数：',
    partsLabel: '这一步的分数怎么算',
    nearer: '近一点的一步：只提到 {{toLevel}} 级，{{effect}}。',
    nearerWithEvidence: '近一点的一步：只提到 {{toLevel}} 级并有证据，{{effect}}。',
    heldAtTop: '各项合计 {{raw}} 分，但分数最高为 100：这一步只带来 {{gain}} 分。',
  },
  charts: {
    loading: '正在加载图表…',
    levelsTitle: '各方向水平',
    levelsDescription: '每个方向的自评等级和实际计入的等级：2 级以上须有证据才计入。',
    domain: '方向',
    claimed: '自评',
    counted: '计入',
    trendTitle: '溢价分走势',
    trendDescription: '每次修改技能或个人资料当天的溢价分。档位门槛：{{thresholds}}。',
    trendEmpty: '每天保存技能或个人资料时都会记下当天的分数，第二天起即可看到走势。',
    date: '日期',
    score: '分数',
    tier: '档位',
    threshold: '{{tier}} {{score}} 分',
  },
}
