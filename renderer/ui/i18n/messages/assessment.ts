import type { Widen } from '../translation-type'

/** The live assessment beside the forms: score, tier, raise, reasons, quotes, gaps, charts. */
export const en = {
  title: 'Your assessment',
  summary: {
    score: 'Premium score',
    outOf: 'of 100',
    tier: 'Tier',
    raise: 'Raise a move can command',
    total: 'Expected yearly total',
    totalFromPay: 'Your current pay × this tier’s raise band.',
    totalFromTier: 'The article’s yearly total for this tier (add your current pay to see yours).',
    totalNone: 'Add your current pay to your profile to see a yearly total.',
    neutralProfile:
      'No profile saved yet: a neutral one stands in (no degree, leadership or city counted). Fill in your profile to count them.',
  },
  domains: {
    'llm-training': 'LLM training',
    'fine-tuning': 'Fine-tuning',
    'inference-acceleration': 'Inference acceleration',
    nlp: 'NLP',
    'deep-learning': 'Deep learning',
    'computer-vision': 'Computer vision',
    'model-optimization': 'Model optimization',
    'llm-foundation-software': 'LLM foundation software',
    'robotics-os': 'Robot operating systems',
    'ai-product': 'AI product management',
    'ai-architecture': 'AI architecture',
    'cs-data-foundations': 'CS and data science',
  },
  levels: { '0': 'none', '1': 'aware', '2': 'working', '3': 'proficient', '4': 'expert' },
  reasons: {
    title: 'Why',
    withPoints_one: '{{sentence}}: {{points}} point',
    withPoints_other: '{{sentence}}: {{points}} points',
    domainFirst:
      '{{domain}} at level {{level}} ({{levelName}}), your strongest domain, class {{premiumClass}}, counted in full',
    domainNext:
      '{{domain}} at level {{level}} ({{levelName}}), class {{premiumClass}}, counted at {{weight}} as your domain no. {{rank}}',
    domainUncounted:
      '{{domain}} at level {{level}} ({{levelName}}), class {{premiumClass}}: domain no. {{rank}} adds nothing more',
    evidenceCap:
      '{{domain}}: you rate it {{claimed}}, but without evidence it counts as {{counted}}. Add a shipped project, paper, open-source work or side project to lift the cap',
    breadth:
      'Breadth: {{count}} of the bottom-layer directions ({{domains}}) at level {{minLevel}} or above',
    phdInField: 'PhD in the field',
    yearsNotEnough: '{{years}} years of experience alone do not earn the premium',
    leadership: 'Leadership: {{kinds}}',
    leadershipKinds: {
      businessLine: 'a business line',
      team: 'a team',
      openSource: 'an open-source project',
    },
    hubCity: 'Working in {{city}}, where this talent concentrates',
    inFieldTransition:
      'In-field move: algorithm work at a big tech company, leading a business line, with {{domain}} at level {{minLevel}} or above',
    tier: {
      core: 'Score {{score}} reaches {{tier}}: {{minScore}} and up, with an evidenced level-4 skill in an S-class domain',
      premium: 'Score {{score}} reaches {{tier}}: {{minScore}} and up',
      mid: 'Score {{score}}: {{tier}}, an algorithm engineer (an S- or A-class skill at level 2 or above) below {{nextTier}} at {{nextScore}}',
      emerging:
        'Score {{score}}: {{tier}}, below {{nextTier}} at {{nextScore}} and without an S- or A-class skill at level 2 or above',
    },
    unknown: 'Rule “{{ruleId}}”',
  },
  gaps: {
    title: 'What would raise your score most',
    none: 'Nothing left to raise: every domain that adds points is at its top level.',
    addEvidence:
      'Add evidence to {{domain}} (you rate it {{toLevel}}, it counts as {{fromLevel}} now)',
    raiseLevel: 'Raise {{domain}} from {{fromLevel}} to {{toLevel}}, with evidence',
    reaches: '{{gain}} points, up to {{tier}}',
    stays: '{{gain}} points, still {{tier}}',
  },
  charts: {
    loading: 'Loading the chart…',
    levelsTitle: 'Your domains',
    levelsDescription:
      'Each domain’s level as you rate it and as it counts: a level above 2 counts only with evidence.',
    domain: 'Domain',
    claimed: 'Your rating',
    counted: 'Counts as',
    trendTitle: 'Your score over time',
    trendDescription:
      'The premium score on each day you changed your skills or profile. Tier thresholds: {{thresholds}}.',
    trendEmpty:
      'Your score is kept each day you save a skill or your profile; the trend appears from the second day.',
    date: 'Date',
    score: 'Score',
    tier: 'Tier',
    threshold: '{{tier}} at {{score}}',
  },
}

export const zhCN: Widen<typeof en> = {
  title: '评估结果',
  summary: {
    score: '溢价分',
    outOf: '满分 100',
    tier: '档位',
    raise: '跳槽可争取的涨幅',
    total: '预计年度总收入',
    totalFromPay: '按你目前的收入 × 本档涨幅区间计算。',
    totalFromTier: '文章给出的本档年收入（在个人资料中填写目前收入后，按你的收入计算）。',
    totalNone: '在个人资料中填写目前收入后，这里会显示预计年收入。',
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
    'ai-product': 'AI 产品',
    'ai-architecture': 'AI 架构',
    'cs-data-foundations': '传统计算机/数据科学',
  },
  levels: { '0': '不会', '1': '了解', '2': '能独立工作', '3': '熟练', '4': '专家' },
  reasons: {
    title: '依据',
    withPoints_one: '{{sentence}}：{{points}} 分',
    withPoints_other: '{{sentence}}：{{points}} 分',
    domainFirst:
      '{{domain}} {{level}} 级（{{levelName}}），是你最强的方向，属 {{premiumClass}} 类，全额计分',
    domainNext:
      '{{domain}} {{level}} 级（{{levelName}}），属 {{premiumClass}} 类，作为第 {{rank}} 个方向按 {{weight}} 计分',
    domainUncounted:
      '{{domain}} {{level}} 级（{{levelName}}），属 {{premiumClass}} 类：第 {{rank}} 个方向不再加分',
    evidenceCap:
      '{{domain}}：你自评 {{claimed}} 级，但没有证据，只按 {{counted}} 级计算。补上上线项目、论文、开源或个人项目即可解除上限',
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
      mid: '{{score}} 分：{{tier}}，属算法工程师（有 S 或 A 类技能达到 2 级及以上），未达{{nextTier}}的 {{nextScore}} 分',
      emerging:
        '{{score}} 分：{{tier}}，未达{{nextTier}}的 {{nextScore}} 分，也还没有 S 或 A 类技能达到 2 级',
    },
    unknown: '规则“{{ruleId}}”',
  },
  gaps: {
    title: '怎样提分最多',
    none: '没有可再提升的了：每个能加分的方向都已到最高级。',
    addEvidence: '为{{domain}}补上证据（自评 {{toLevel}} 级，现只按 {{fromLevel}} 级计）',
    raiseLevel: '把{{domain}}从 {{fromLevel}} 级提到 {{toLevel}} 级，并有证据',
    reaches: '{{gain}} 分，升到{{tier}}',
    stays: '{{gain}} 分，仍在{{tier}}',
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
