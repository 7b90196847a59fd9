import { articleCitation, assumption, lawCitation } from './citation'
import { CITIES, SOCIAL_INSURANCE_PRESETS } from './city-presets'
import type { MarketPayBasis, MarketPayId, MarketPayRule } from './market-pay-schema'
import type { Ruleset } from './ruleset-schema'

// Citations and assumptions the rules below refer to by name.
const L24_TRAINING = articleCitation(
  [24, 33],
  '大平台要人肯定是希望做過大模型訓練相關技術的人',
  '大平台要人肯定是希望做过大模型训练相关技术的人',
  'Big platforms want people who have done large-model training.',
)
// The quote's word in both scripts, once where the two are written alike ("推理加速").
const L33_BOTTOM_LAYER = (part: string, partZh: string, en: string) =>
  articleCitation(
    [33],
    `細分下去還包括底層的算法開發如模型訓練、調優、推理加速等`,
    `细分下去还包括底层的算法开发如模型训练、调优、推理加速等`,
    `Urgently needed LLM algorithm engineers include bottom-layer work: ${en} (the quote names ${part === partZh ? `“${part}”` : `“${part}” / “${partZh}”`}).`,
  )
const L24_MOST_NEEDED = articleCitation(
  [24],
  'NLP 算法工程師、深度學習等崗位是大模型人才市場裏最爲急需的那一批',
  'NLP 算法工程师、深度学习等岗位是大模型人才市场里最为急需的那一批',
  'NLP algorithm engineers and deep-learning roles are the most urgently needed in the LLM talent market.',
)
const L28_DIVERSE = (en: string) =>
  articleCitation(
    [28],
    '還需要具備 AI 模型優化、自然語言處理、機器人操作系統等綜合多方面知識和經驗的人才',
    '还需要具备 AI 模型优化、自然语言处理、机器人操作系统等综合多方面知识和经验的人才',
    `Roles also need people combining knowledge such as ${en}.`,
  )
const L33_SCARCE = articleCitation(
  [33],
  '企業裏 AI 的産品經理、架構師也幾乎沒有現成的',
  '企业里 AI 的产品经理、架构师也几乎没有现成的',
  'AI product managers and architects are almost never available ready-made; companies train them.',
)
const L35_CHECKLIST = (quote: string, quoteZh: string, en: string) =>
  articleCitation([35], quote, quoteZh, `Candidates check ${en} before joining.`)
const L50 = (quote: string, quoteZh: string, en: string) =>
  articleCitation([50], quote, quoteZh, `One of the “four steps to ruin an LLM company”: ${en}.`)
/** A yearly pay the article reports, [low, high] in yuan, quoted at its line. */
const marketPay = (
  id: MarketPayId,
  [low, high]: [number, number],
  basis: MarketPayBasis,
  lines: number[],
  quote: string,
  quoteZhHans: string,
  paraphraseEn: string,
): MarketPayRule => ({
  id,
  yuan: { low, high },
  basis,
  citation: { source: 'article', lines, quote, quoteZhHans, paraphraseEn },
})

/**
 * The rules of shared/spec/ruleset.md as data. Quotes are verbatim from the article (its
 * Traditional script; a test checks each against the cited line). Every number the article does
 * not give carries an `assumption` saying so; the user can override any of them.
 *
 * Written as the schema's output (defaults filled in, keys in the schema's order) rather than
 * parsed at load: building and running the ruleset's zod schemas cost every start about 100 ms,
 * on screens that never read a rule. Tests check that the schema accepts it and returns it
 * unchanged, so a bad edit still fails the build.
 */
export const DEFAULT_RULESET: Ruleset = {
  kind: 'tidemark-ruleset',
  version: 2,
  source: { article: 'shared/article/000_5f294095ff94353c.txt', script: 'zh-Hant' },

  skillDomains: [
    {
      id: 'llm-training',
      nameZhHans: '大模型训练',
      nameEn: 'LLM (pre)training, distributed training',
      premiumClass: 'S',
      citation: L24_TRAINING,
    },
    {
      id: 'fine-tuning',
      nameZhHans: '调优',
      nameEn: 'Fine-tuning and alignment (SFT, RLHF, PEFT)',
      premiumClass: 'S',
      citation: L33_BOTTOM_LAYER('調優', '调优', 'fine-tuning'),
    },
    {
      id: 'inference-acceleration',
      nameZhHans: '推理加速',
      nameEn: 'Inference acceleration (quantization, kernels, serving)',
      premiumClass: 'S',
      citation: L33_BOTTOM_LAYER('推理加速', '推理加速', 'inference acceleration'),
    },
    {
      id: 'nlp',
      nameZhHans: 'NLP 算法',
      nameEn: 'NLP algorithms',
      premiumClass: 'A',
      citation: L24_MOST_NEEDED,
    },
    {
      id: 'deep-learning',
      nameZhHans: '深度学习',
      nameEn: 'Deep learning (general)',
      premiumClass: 'A',
      citation: L24_MOST_NEEDED,
    },
    {
      id: 'computer-vision',
      nameZhHans: '视觉算法',
      nameEn: 'Vision algorithms',
      premiumClass: 'A',
      citation: articleCitation(
        [6],
        '320 萬年薪招聘視覺算法專家',
        '320 万年薪招聘视觉算法专家',
        'A vision-algorithm expert was sought at 3.2M a year.',
      ),
    },
    {
      id: 'model-optimization',
      nameZhHans: 'AI 模型优化',
      nameEn: 'AI model optimization',
      premiumClass: 'A',
      citation: L28_DIVERSE('AI model optimization'),
    },
    {
      id: 'llm-foundation-software',
      nameZhHans: '大模型基础软件',
      nameEn: 'LLM foundation software (frameworks, infrastructure)',
      premiumClass: 'A',
      citation: articleCitation(
        [5],
        '招聘大模型基礎軟件研發負責人',
        '招聘大模型基础软件研发负责人',
        'A lab recruited a lead for LLM foundation software at 1.5–2M cash.',
      ),
    },
    {
      id: 'robotics-os',
      nameZhHans: '机器人操作系统',
      nameEn: 'Robot operating systems',
      premiumClass: 'B',
      citation: L28_DIVERSE('robot operating systems'),
    },
    {
      id: 'ai-product',
      nameZhHans: 'AI 产品经理',
      nameEn: 'AI product management',
      premiumClass: 'B',
      citation: L33_SCARCE,
    },
    {
      id: 'ai-architecture',
      nameZhHans: 'AI 架构师',
      nameEn: 'AI architecture',
      premiumClass: 'B',
      citation: L33_SCARCE,
    },
    {
      id: 'cs-data-foundations',
      nameZhHans: '传统计算机/数据科学',
      nameEn: 'Traditional computer science and data science',
      premiumClass: 'C',
      citation: articleCitation(
        [28],
        '不僅需要傳統的計算機科學和數據科學方面的人才',
        '不仅需要传统的计算机科学和数据科学方面的人才',
        'Roles still need traditional computer-science and data-science people: needed, but no premium.',
      ),
    },
  ],
  cities: CITIES,

  scoring: {
    classMaxPoints: { S: 50, A: 35, B: 20, C: 8 },
    levelFactors: [0, 0.1, 0.4, 0.75, 1],
    depthWeights: [1, 0.5, 0.25, 0.125, 0.0625],
    assumption: assumption(
      'Class points (S 50, A 35, B 20, C 8), level factors and the depth weights are Tidemark’s estimates; the article ranks the domains but gives no weights.',
      '各级别分值（S 50、A 35、B 20、C 8）、等级系数和深度权重为潮位的估计；文章只给出排序，没有权重。',
    ),
  },
  evidenceCap: {
    id: 'evidence-cap',
    maxLevelWithoutEvidence: 2,
    citation: articleCitation(
      [33],
      '可能隻是在某一個方向上有所涉獵,還不是全面性的',
      '可能只是在某一个方向上有所涉猎，还不是全面性的',
      'Most applicants have only dabbled in one direction: a self-rated 3 or 4 without evidence counts as 2.',
    ),
  },

  modifiers: {
    breadth: {
      id: 'breadth',
      domains: ['llm-training', 'fine-tuning', 'inference-acceleration'],
      minLevel: 3,
      pointsByCount: [0, 0, 8, 12],
      citation: articleCitation(
        [33],
        '隻是在某一個方向上有所涉獵,還不是全面性的',
        '只是在某一个方向上有所涉猎，还不是全面性的',
        'The few who work in the field have often dabbled in only one direction, not across it: covering several bottom-layer directions (training, fine-tuning, inference acceleration) is rare and valued.',
      ),
      assumption: assumption(
        '+8 for two directions at level 3+, +12 for all three: Tidemark’s estimate.',
        '两个方向达到 3 级加 8 分，三个方向加 12 分：潮位的估计。',
      ),
    },
    phdInField: {
      id: 'phd-in-field',
      points: 15,
      citation: articleCitation(
        [25, 17],
        '一年經驗的博士可能年薪百萬',
        '一年经验的博士可能年薪百万',
        'A PhD with one year of experience may earn a million a year; a fresh in-field PhD can start at 2M excluding stock (L17).',
      ),
      assumption: assumption(
        '+15 points: Tidemark’s estimate of the strongest single signal.',
        '加 15 分：潮位对“最强单项信号”的估计。',
      ),
    },
    yearsNotEnough: {
      id: 'years-not-enough',
      minYears: 7,
      citation: articleCitation(
        [25],
        '有一些本科、碩士幹了 7、8 年也未必能到 100 萬',
        '有一些本科、硕士干了 7、8 年也未必能到 100 万',
        'Some with a bachelor’s or master’s and 7–8 years still do not reach 1M: years alone do not buy the premium.',
      ),
    },
    leadership: {
      id: 'leadership',
      pointsForOne: 4,
      pointsForTwoOrMore: 6,
      citation: articleCitation(
        [5, 12],
        '有開源項目發開管理經驗,團隊管理經驗',
        '有开源项目开发管理经验，团队管理经验',
        'Lead roles ask for open-source project management and team management; the article’s mover led a business line (L12).',
      ),
      assumption: assumption(
        '+4 for one kind of leadership, +6 for two or more: Tidemark’s estimate.',
        '一项领导经验加 4 分，两项及以上加 6 分：潮位的估计。',
      ),
      businessLineCitation: articleCitation(
        [12],
        '王晉此前一直在互聯網大廠做算法相關工作,是業務線負責人',
        '王晋此前一直在互联网大厂做算法相关工作，是业务线负责人',
        'The article’s mover did algorithm work at a big internet company and led a business line.',
      ),
    },
    hubCity: {
      id: 'hub-city',
      points: 3,
      cityIds: ['beijing', 'shanghai', 'shenzhen', 'hangzhou'],
      citation: articleCitation(
        [24, 20],
        '這類人才也一般集中在北上深杭',
        '这类人才也一般集中在北上深杭',
        'This talent concentrates in Beijing, Shanghai, Shenzhen and Hangzhou; Shanghai backs it with talent programmes and hukou (L20).',
      ),
      assumption: assumption('+3 points: Tidemark’s estimate.', '加 3 分：潮位的估计。'),
    },
    inFieldTransition: {
      id: 'in-field-transition',
      points: 8,
      domains: ['nlp', 'deep-learning', 'llm-training', 'fine-tuning', 'inference-acceleration'],
      minLevel: 3,
      citation: articleCitation(
        [12, 11],
        '王晉此前一直在互聯網大廠做算法相關工作,是業務線負責人',
        '王晋此前一直在互联网大厂做算法相关工作，是业务线负责人',
        'The article’s mover did algorithm work at a big internet company and led a business line; he moved into an LLM role at a >50% raise, over 1M in total (L11).',
      ),
      assumption: assumption('+8 points: Tidemark’s estimate.', '加 8 分：潮位的估计。'),
    },
  },

  tiers: [
    {
      id: 'core',
      nameZhHans: '核心人才',
      nameEn: 'Core talent',
      minScore: 85,
      requiresExpertSClass: true,
      requiresAlgorithmBase: false,
      raiseBand: { low: 0.5, high: 2 },
      totalBandYuan: { low: 3_000_000, high: 5_000_000 },
      citation: articleCitation(
        [26],
        '一個核心人員開到 300-500 萬年薪都是有可能',
        '一个核心人员开到 300-500 万年薪都是有可能',
        'A core person can be paid 3–5M a year.',
      ),
      assumption: assumption(
        'The score threshold (85, with an evidenced level-4 S-class skill) and the raise band are Tidemark’s estimates; 3–5M is the article’s.',
        '分数门槛（85，且有证据的 S 类 4 级技能）和涨幅区间为潮位的估计；300–500 万出自文章。',
        ['totalBandYuan.low', 'totalBandYuan.high'],
      ),
    },
    {
      id: 'premium',
      nameZhHans: '百万档',
      nameEn: 'Premium (≈1M+)',
      minScore: 50,
      requiresExpertSClass: false,
      requiresAlgorithmBase: false,
      raiseBand: { low: 0.3, high: 1 },
      totalBandYuan: { low: 1_000_000, high: 2_000_000 },
      citation: articleCitation(
        [11, 17, 25],
        '薪資漲幅超 50%,是所面崗位工資最高的,總包超過百萬年薪',
        '薪资涨幅超 50%，是所面岗位工资最高的，总包超过百万年薪',
        'In-field people command about 1M+ a year (L17, L25). The article’s one figure for a move, its mover’s raise of over 50% to more than 1M in total, is a point inside this band, above its floor: it is not where the floor comes from.',
      ),
      assumption: assumption(
        'The +30% floor and +100% top are Tidemark’s estimates, not the article’s: the article gives one mover at over +50% (L11), a point inside the band. One mover’s raise is not a floor, so Tidemark puts the floor below it: a solid in-field move to a big platform whose LLM team has done its homework can pay less than +50% and still be a premium move. The yearly total, 1M–2M, is the article’s: what it gives an in-field PhD (L25, a PhD with a year’s experience may earn 1M a year; L17, a fresh in-field PhD can start at 2M).',
        '+30% 的下限和 +100% 的上限是潮位的估计，并非出自文章：文章只给出一位跳槽者涨幅超 50%（L11），是区间之内的一个点。一个人的涨幅不能当作下限，所以潮位把下限放在它之下：稳妥的对口跳槽（例如去一家大模型团队准备充分的大厂）涨幅不到 50%，也仍是百万档的跳槽。年薪总额 100 万–200 万出自文章，是文章给对口博士的数字（L25“一年经验的博士可能年薪百万”，L17 刚毕业的对口博士“起薪 200 万”）。',
        ['totalBandYuan.low', 'totalBandYuan.high'],
      ),
    },
    {
      id: 'mid',
      nameZhHans: '中层',
      nameEn: 'Mid-level',
      minScore: 0,
      requiresExpertSClass: false,
      requiresAlgorithmBase: true,
      gateAssumption: assumption(
        'Entry needs an S- or A-class skill at level 2 or above: the article’s mid tier is algorithm engineers (“中層或中底層的算法工程師”, L27), and Tidemark reads “algorithm engineer” as working level in an algorithm domain; others below premium are “Transitioning”.',
        '进入中层需要一项 S 或 A 类技能达到 2 级及以上：文章的中层指“中层或中底层的算法工程师”（L27），潮位把“算法工程师”理解为在某个算法方向达到“会用”（2 级）的水平；其余未达百万档的人归为“转型中”。',
      ),
      raiseBand: { low: -0.1, high: 0.2 },
      citation: articleCitation(
        [27],
        '他們大多屬于平薪跳槽,即使有小部分漲薪的人,也不會超過 20%,甚至在當前大環境較差的情況下降薪也是有的',
        '他们大多属于平薪跳槽，即使有小部分涨薪的人，也不会超过 20%，甚至在当前大环境较差的情况下降薪也是有的',
        'Mid and lower-level algorithm engineers mostly move laterally: raises stay under 20%, and cuts happen.',
      ),
      assumption: assumption(
        'The −10% floor is Tidemark’s estimate of “cuts happen”; +20% is the article’s ceiling.',
        '−10% 的下限是潮位对“降薪也是有的”的估计；+20% 上限出自文章。',
        ['raiseBand.high'],
      ),
    },
    {
      id: 'emerging',
      nameZhHans: '转型中',
      nameEn: 'Transitioning',
      minScore: 0,
      requiresExpertSClass: false,
      requiresAlgorithmBase: false,
      raiseBand: { low: -0.05, high: 0.15 },
      citation: articleCitation(
        [31, 32],
        '大多數人員都是企業自己親自培養',
        '大多数人员都是企业自己亲自培养',
        'Most people are trained in-house by employers: adjacent engineers transitioning into LLM work are hired near lateral pay.',
      ),
      assumption: assumption(
        'The band (−5% to +15%) is Tidemark’s estimate of “near lateral”.',
        '区间（−5% 至 +15%）是潮位对“接近平薪”的估计。',
      ),
    },
  ],

  risk: {
    baselines: [
      {
        employerKind: 'big-tech-established-line',
        points: 10,
        nameZhHans: '大厂成熟业务线',
        nameEn: 'Big tech, established business line',
        citation: articleCitation(
          [36],
          '從現在比較穩定的業務線',
          '从现在比较稳定的业务线',
          'An established business line is the stable option people weigh a move against.',
        ),
        assumption: assumption(
          'Baseline points are Tidemark’s estimates of the ruleset’s low / medium / high.',
          '基线分值是潮位对规则中低/中/高的估计。',
        ),
      },
      {
        employerKind: 'research-institute',
        points: 20,
        nameZhHans: '研究院',
        nameEn: 'Research institute',
        citation: articleCitation(
          [13],
          '越來越多厲害的大廠和研究院都入局認真做這件事',
          '越来越多厉害的大厂和研究院都入局认真做这件事',
          'Strong big firms and research institutes entering seriously was the signal that the direction is viable.',
        ),
        assumption: assumption(
          'Baseline points are Tidemark’s estimates.',
          '基线分值为潮位的估计。',
        ),
      },
      {
        employerKind: 'big-tech-new-llm-team',
        points: 35,
        nameZhHans: '大厂新组建的大模型团队',
        nameEn: 'Big tech, new LLM team',
        citation: articleCitation(
          [36],
          '去往一個不太熟悉、前景未明的大模型業務上',
          '去往一个不太熟悉、前景未明的大模型业务上',
          'A new LLM business is unfamiliar and its prospects unclear.',
        ),
        assumption: assumption(
          'Baseline points are Tidemark’s estimates.',
          '基线分值为潮位的估计。',
        ),
      },
      {
        employerKind: 'other-industry-new-llm-team',
        points: 40,
        nameZhHans: '其他行业（如车企）的新大模型团队',
        nameEn: 'Other industry (e.g. EV maker), new LLM team',
        citation: articleCitation(
          [36],
          '去往一個不太熟悉、前景未明的大模型業務上',
          '去往一个不太熟悉、前景未明的大模型业务上',
          'A new LLM business is unfamiliar and its prospects unclear.',
        ),
        assumption: assumption(
          'Baseline points are Tidemark’s estimates.',
          '基线分值为潮位的估计。',
        ),
      },
      {
        employerKind: 'startup',
        points: 55,
        nameZhHans: '创业公司',
        nameEn: 'Startup',
        citation: articleCitation(
          [13],
          '國内大模型玩家很多都是初創',
          '国内大模型玩家很多都是初创',
          'Many Chinese LLM players are startups that may flare and fade (“活不長久”).',
        ),
        assumption: assumption(
          'Baseline points are Tidemark’s estimates.',
          '基线分值为潮位的估计。',
        ),
      },
    ],
    checklist: [
      {
        id: 'model-product' as const,
        nameZhHans: '有模型产品',
        nameEn: 'Has a model product',
        noPoints: 8,
        unknownPoints: 4,
        citation: L35_CHECKLIST(
          '會關注企業是否有模型産品',
          '会关注企业是否有模型产品',
          'whether the company has a model product',
        ),
      },
      {
        id: 'deployment' as const,
        nameZhHans: '有真正的落地场景',
        nameEn: 'Has real deployment scenarios',
        noPoints: 8,
        unknownPoints: 4,
        citation: L35_CHECKLIST(
          '有沒有真正的落地場景',
          '有没有真正的落地场景',
          'whether there are real deployment scenarios',
        ),
      },
      {
        id: 'roadmap' as const,
        nameZhHans: '有后续技术规划',
        nameEn: 'Has a technical roadmap',
        noPoints: 8,
        unknownPoints: 4,
        citation: L35_CHECKLIST('以及後續技術規劃', '以及后续技术规划', 'the technical roadmap'),
      },
      {
        id: 'leadership-understands-llms' as const,
        nameZhHans: '领导层懂大模型',
        nameEn: 'Leadership understands LLMs',
        noPoints: 8,
        unknownPoints: 4,
        citation: L35_CHECKLIST(
          '對方對大模型的認知',
          '对方对大模型的认知',
          'how well the employer understands LLMs',
        ),
      },
      {
        id: 'team-strength' as const,
        nameZhHans: '团队技术实力',
        nameEn: 'Team technical strength',
        noPoints: 8,
        unknownPoints: 4,
        citation: L35_CHECKLIST(
          '會偏好大平台以及團隊的技術實力',
          '会偏好大平台以及团队的技术实力',
          'the platform and the team’s technical strength',
        ),
      },
    ].map((item) => ({
      ...item,
      assumption: assumption(
        '+8 for “no”, +4 for “unknown”: Tidemark’s estimates.',
        '“否”加 8 分，“不清楚”加 4 分：潮位的估计。',
      ),
    })),
    redFlags: [
      {
        id: 'compute-splurge-star-hires' as const,
        nameZhHans: '花大钱买算力、高薪挖大牛',
        nameEn: 'Splurging on compute and star hires',
        points: 12,
        citation: L50(
          '花大錢買算力、用 500-800 萬年薪挖大牛',
          '花大钱买算力、用 500-800 万年薪挖大牛',
          'buying compute and hiring stars at 5–8M a year',
        ),
      },
      {
        id: 'leaderboard-chasing' as const,
        nameZhHans: '打榜、卷排名',
        nameEn: 'Chasing leaderboards',
        points: 12,
        citation: L50('大模型打榜、卷排名', '大模型打榜、卷排名', 'chasing benchmark leaderboards'),
      },
      {
        id: 'all-hands-data-cleaning' as const,
        nameZhHans: '全员清洗数据、7×24 训练',
        nameEn: 'Everyone cleaning data, training 7×24',
        points: 12,
        citation: L50(
          '包括保潔阿姨在内全員清洗數據、7×24 開始訓練',
          '包括保洁阿姨在内全员清洗数据、7×24 开始训练',
          'everyone down to the cleaners cleaning data, training around the clock',
        ),
      },
      {
        id: 'pr-over-product' as const,
        nameZhHans: '发公关稿、买营销',
        nameEn: 'PR and paid marketing over product',
        points: 12,
        citation: L50('發公關稿,買營銷', '发公关稿，买营销', 'press releases and paid marketing'),
      },
      {
        id: 'unaffordable-deployment' as const,
        nameZhHans: '私有化部署贵到客户买不起',
        nameEn: 'Private deployment customers cannot afford',
        points: 12,
        citation: L50(
          '私有化部署大百萬起,客戶根本買不起',
          '私有化部署大百万起，客户根本买不起',
          'private deployment from millions, which customers cannot afford',
        ),
      },
    ].map((flag) => ({
      ...flag,
      assumption: assumption(
        '+12 per red flag: Tidemark’s estimate of “raises risk sharply”.',
        '每个危险信号加 12 分：潮位对“大幅提高风险”的估计。',
      ),
    })),
    funding: {
      id: 'funding',
      points: { 'strong-backers': -10, funded: 0, unfunded: 10, unknown: 5 },
      citation: articleCitation(
        [42, 43],
        '零一萬物已完成新一輪融資,由阿裏雲領投',
        '零一万物已完成新一轮融资，由阿里云领投',
        'Startups backed by strong investors (Alibaba Cloud leading 01.AI’s round; Zhipu’s backers in L43) are less likely to fade.',
      ),
      assumption: assumption(
        'Points for each funding signal are Tidemark’s estimates; they apply to startups only.',
        '各融资信号的分值为潮位的估计，只用于创业公司。',
      ),
    },
    exposure: {
      id: 'exposure',
      points: 5,
      citation: articleCitation(
        [36],
        '他們本身就已經處在不錯的崗位上了,不願意再冒險',
        '他们本身就已经处在不错的岗位上了，不愿意再冒险',
        'People already in a good position do not want to take the risk: leaving a stable role raises the stakes.',
      ),
      assumption: assumption(
        '+5 points: Tidemark’s estimate. They apply only to a new LLM team or a startup, the uncertain move the article weighs; a stable business line or a research institute is not that move.',
        '加 5 分：潮位的估计。只用于大模型新团队或创业公司，即文中权衡的那种前景未明的去处；稳定的业务线或研究院不算。',
      ),
    },
    marketMood: {
      id: 'market-mood',
      points: { hot: -5, normal: 0, cautious: 5 },
      citation: articleCitation(
        [16, 7],
        '在當前各企業紛紛裁員、降薪、緊縮預算的環境下',
        '在当前各企业纷纷裁员、降薪、紧缩预算的环境下',
        'Elsewhere firms are laying off, cutting pay and tightening budgets: a failed move is harder to recover from.',
      ),
      assumption: assumption(
        'Points per market mood are Tidemark’s estimates; the mood is your setting.',
        '各市场情绪的分值为潮位的估计；市场情绪由你设置。',
      ),
    },
    levels: {
      mediumFrom: 30,
      highFrom: 65,
      assumption: assumption(
        'Risk is low below 30, medium from 30, high from 65: Tidemark’s thresholds.',
        '风险分低于 30 为低，30 起为中，65 起为高：潮位的阈值。',
      ),
    },
  },

  options: {
    id: 'options-value',
    discountPercent: { listed: 20, unlisted: 70 },
    citation: articleCitation(
      [13],
      '他擔心這會像過往的很多風口一樣昙花一現',
      '他担心这会像过往的很多风口一样昙花一现',
      'Many LLM players are startups that may flare and fade like past fads: their options can end worth nothing, so their value runs from zero to the paper value.',
    ),
    assumption: assumption(
      'Tidemark values options from zero to their paper value, (share price − strike) × options vested, and counts them in the totals at an expected value: the paper value less 20% for a listed company (the price moves before you can sell) or 70% for an unlisted one (it may never list or be bought, and the round’s price is not a price you can sell at). Both discounts are estimates; set your own on the offer.',
      '潮位对期权的估值从零到账面价值（（股价 − 行权价）× 已归属期权数），并以期望值计入总包：上市公司在账面价值上打八折（卖出之前股价会变动），非上市公司打三折（可能永远无法上市或被收购，融资轮的价格也不是你能卖出的价格）。两个折扣均为估计，可在该 offer 中自行设置。',
    ),
  },

  downside: {
    id: 'downside',
    horizonMonths: 24,
    failureChanceAtZero: 0.05,
    failureChanceAtMax: 0.6,
    failsAfterMonths: 12,
    searchMonths: 4,
    citation: articleCitation(
      [36],
      '他們害怕項目不落地,或者落地不及預期就被裁了',
      '他们害怕项目不落地，或者落地不及预期就被裁了',
      'People fear the project never ships, or ships below expectations, and they are laid off.',
    ),
    assumption: assumption(
      'Failure chance 5% at risk 0 to 60% at risk 100 within 2 years; a failing role ends after 12 months; 4 months of search, then lateral pay (your current pay). All Tidemark’s estimates.',
      '两年内失败概率从风险 0 分的 5% 到 100 分的 60%；失败的岗位在 12 个月后结束；求职 4 个月，之后拿平薪（你现在的薪资）。均为潮位的估计。',
    ),
    severance: {
      id: 'severance',
      extraMonthInLieuOfNotice: true,
      localAverageMonthlyWageYuan: 12_000,
      capMultiple: 3,
      capYears: 12,
      citation: lawCitation(
        '《中华人民共和国劳动合同法》第四十条、第四十六条、第四十七条',
        '经济补偿按工作年限每满一年支付一个月工资（六个月以上不满一年按一年，不满六个月支付半个月）；月工资高于当地职工月平均工资三倍的，按三倍支付且年限最高不超过十二年；未提前三十日通知的，另付一个月工资（N+1）。',
        'Severance is one month’s wage per year of service (six months or more count as a year, less as half a month); wages above three times the local average are capped at three times, for at most twelve years; without 30 days’ notice one more month is paid (N+1).',
      ),
      assumption: assumption(
        'The local average monthly wage the cap is three times of: in Beijing and Shanghai, whose social-insurance base cap is three times the city’s own published average, that cap ÷ 3 (a base cap you set under Offers › Tax assumptions instead, if you set one); in any other city 12,000, a placeholder: set your city’s figure here. It replaces the placeholder only: Beijing and Shanghai keep their own.',
        '封顶所按的当地职工月平均工资：北京和上海的社保缴费基数上限是本市公布的月平均工资的三倍，取该上限 ÷ 3（如你在「Offer › 税务假设」中设定了缴费基数上限，则取你的）；其他城市取 12,000，只是占位数：请在此填写你所在城市的数据。它只替代占位数，北京和上海仍按本市的数据。',
      ),
      cityAverage: {
        baseCapMultiple: 3,
        citation: lawCitation(
          '《职工基本养老保险个人账户管理暂行办法》（劳办发〔1997〕116号）；《降低社会保险费率综合方案》（国办发〔2019〕13号）；各地社会保险缴费基数上下限',
          '个人缴费工资基数超过当地职工平均工资 300% 的部分不计入；各省以全口径城镇单位就业人员平均工资核定缴费基数上下限。北京 2025 年度上限 35,811 元、上海 37,302 元，均为当地上年度职工月平均工资（11,937 元、12,434 元）的三倍。',
          'Wages above 300% of the local average wage do not count toward the contribution base; provinces set the base’s bounds from the average wage of all urban employers. Beijing’s 2025 cap of 35,811 and Shanghai’s of 37,302 are three times the local average monthly wage of the year before (11,937 and 12,434).',
        ),
        assumption: assumption(
          'Tidemark takes the average wage that 第四十七条 names to be the one the city’s social-insurance cap is three times of only where the city publishes that average itself (Beijing and Shanghai). Where a city’s base follows its province’s bounds (Shenzhen, Hangzhou, Chengdu), the cap is three times the province’s average, not the city’s, so the placeholder (or the figure set under Rules) stands instead. An arbitrator may use another figure.',
          '潮位只在城市自己公布该平均工资时（北京和上海），才把第四十七条所说的当地职工月平均工资取为该市社保缴费基数上限所依据的平均工资。缴费基数按全省上下限执行的城市（深圳、杭州、成都），上限是全省平均工资的三倍而非本市的，因此改用占位数（或在「规则」中填写的数据）。仲裁或法院可能采用别的数据。',
        ),
      },
    },
  },

  recommendation: {
    declineAtRedFlags: 2,
    declineAtUnansweredItems: 3,
    fitLevel: 3,
    fitShare: 0.5,
    assumption: assumption(
      'Decline at 2+ red flags, or 3+ checklist items unanswered with high risk; fit is close when half the role’s domains are at level 3+: Tidemark’s thresholds.',
      '危险信号达 2 个及以上，或高风险且清单中 3 项及以上为否/不清楚时建议拒绝；岗位所需方向有一半达到 3 级即视为契合：潮位的阈值。',
    ),
    eagerEmployer: {
      id: 'eager-employer',
      citation: articleCitation(
        [15],
        '隻要我願意去,提出的條件基本都滿足了',
        '只要我愿意去，提出的条件基本都满足了',
        'An employer that wants you meets most of your terms.',
      ),
    },
    demandExceedsSupply: {
      id: 'demand-exceeds-supply',
      citation: articleCitation(
        [18],
        '找到一個很好的候選人,可以同時推四五家都有可能',
        '找到一个很好的候选人，可以同时推四五家都有可能',
        'Demand far exceeds supply: a strong candidate can be put forward to four or five firms at once.',
      ),
    },
    waitForCommitment: {
      id: 'wait-for-commitment',
      citation: articleCitation(
        [13],
        '半年過去,王晉發現越來越多厲害的大廠和研究院都入局認真做這件事',
        '半年过去，王晋发现越来越多厉害的大厂和研究院都入局认真做这件事',
        'The article’s mover waited half a year, until strong firms and institutes committed seriously.',
      ),
    },
    strengthBeforePay: {
      id: 'strength-before-pay',
      citation: articleCitation(
        [34],
        '如果企業實力不過關,盡管面對一路水漲船高的薪資待遇,也依舊有人選擇放棄或者觀望',
        '如果企业实力不过关，尽管面对一路水涨船高的薪资待遇，也依旧有人选择放弃或者观望',
        'If the company is not strong enough, people give up or wait despite rising pay: pay alone should not decide.',
      ),
    },
    payNotJudged: {
      id: 'pay-not-judged',
      citation: articleCitation(
        [25],
        '當前業内薪資比較兩極分化',
        '当前业内薪资比较两极分化',
        'Pay in the field is polarized: whether an offer is good depends on where you stand, so it cannot be judged without your current pay or a tier with a stated yearly total.',
      ),
      assumption: assumption(
        'The recommendation rules accept only pay judged within or above the band. With no current pay and no yearly total for the tier, Tidemark keeps the accept that the risk allows but says the pay was not judged: enter your current pay.',
        '建议规则只在薪资位于区间之内或之上时建议接受。既没有当前薪资、所在档位也没有年薪总额时，潮位保留风险所允许的“接受”，但注明薪资未经评判：请填写当前薪资。',
      ),
    },
    negotiateWeakLeverage: {
      id: 'negotiate-weak-leverage',
      citation: articleCitation(
        [18],
        '需求方的量是遠大于人才數量的',
        '需求方的量是远大于人才数量的',
        'Demand for this talent far exceeds supply, so asking for more costs little even without an eager employer.',
      ),
      assumption: assumption(
        'The recommendation rules advise negotiating below-band pay where the employer is eager and the fit close. Without that, Tidemark still advises negotiating rather than accepting pay below the band, but the leverage is weak: expect less to move.',
        '建议规则只在用人方积极且匹配度高时建议就低于区间的薪资谈判。缺少这些条件时，潮位仍建议谈判而不是接受低于区间的薪资，但筹码较弱：能争取到的会更少。',
      ),
    },
    negotiateHighRisk: {
      id: 'negotiate-high-risk',
      citation: articleCitation(
        [36],
        '他們害怕項目不落地,或者落地不及預期就被裁了',
        '他们害怕项目不落地，或者落地不及预期就被裁了',
        'People fear the project never ships, or ships below expectations, and they are laid off.',
      ),
      assumption: assumption(
        'The recommendation rules say wait and watch when the risk is high and you hold a stable role; it says nothing for someone without one. Tidemark advises negotiating terms that offset the risk (a sign-on, guaranteed months, severance) rather than waiting, but the leverage is weak: the employer carries none of the risk.',
        '建议规则在风险高且你有稳定岗位时建议观望，没有说明没有稳定岗位时怎么办。潮位建议争取能抵消风险的条件（签字费、保底月数、补偿），而不是等待，但筹码较弱：风险全在你这边。',
      ),
    },
  },

  tax: {
    annual: {
      id: 'iit-annual',
      basicDeductionYuan: 60_000,
      brackets: [
        { upToYuan: 36_000, ratePercent: 3, quickDeductionYuan: 0 },
        { upToYuan: 144_000, ratePercent: 10, quickDeductionYuan: 2_520 },
        { upToYuan: 300_000, ratePercent: 20, quickDeductionYuan: 16_920 },
        { upToYuan: 420_000, ratePercent: 25, quickDeductionYuan: 31_920 },
        { upToYuan: 660_000, ratePercent: 30, quickDeductionYuan: 52_920 },
        { upToYuan: 960_000, ratePercent: 35, quickDeductionYuan: 85_920 },
        { upToYuan: null, ratePercent: 45, quickDeductionYuan: 181_920 },
      ],
      citation: lawCitation(
        '《中华人民共和国个人所得税法》综合所得年度税率表',
        '综合所得应纳税所得额 = 收入 − 60,000 基本减除费用 − 个人缴纳的社保和公积金 − 专项附加扣除，按 3%–45% 七级超额累进税率计算。',
        'Taxable comprehensive income = income − 60,000 basic deduction − employee social insurance and housing fund − special additional deductions, taxed at 3–45% in seven brackets.',
      ),
    },
    bonusSeparate: {
      id: 'iit-bonus-separate',
      validThroughYear: 2027,
      monthlyBrackets: [
        { upToYuan: 3_000, ratePercent: 3, quickDeductionYuan: 0 },
        { upToYuan: 12_000, ratePercent: 10, quickDeductionYuan: 210 },
        { upToYuan: 25_000, ratePercent: 20, quickDeductionYuan: 1_410 },
        { upToYuan: 35_000, ratePercent: 25, quickDeductionYuan: 2_660 },
        { upToYuan: 55_000, ratePercent: 30, quickDeductionYuan: 4_410 },
        { upToYuan: 80_000, ratePercent: 35, quickDeductionYuan: 7_160 },
        { upToYuan: null, ratePercent: 45, quickDeductionYuan: 15_160 },
      ],
      citation: lawCitation(
        '财政部 税务总局公告2023年第30号',
        '全年一次性奖金可不并入当年综合所得，以奖金除以 12 个月得到的数额按月度税率表确定税率，单独计算纳税；执行至 2027 年 12 月 31 日。',
        'A one-off annual bonus may be taxed alone: divide it by 12, find the rate in the monthly table, tax = bonus × rate − quick deduction; in force through 31 Dec 2027.',
      ),
    },
    stockSeparate: {
      id: 'iit-stock-separate',
      validThroughYear: 2027,
      citation: lawCitation(
        '财税〔2018〕164号；财政部 税务总局公告2023年第25号',
        '上市公司股权激励收入不并入当年综合所得，全额单独适用综合所得税率表计算纳税；执行至 2027 年 12 月 31 日。',
        'Equity-incentive income from listed companies is taxed alone on the annual table, not merged with wages; in force through 31 Dec 2027.',
      ),
      assumption: assumption(
        'Tidemark treats every stock grant this way, listed or not; an unlisted company’s grant may instead fall under 财税〔2016〕101号 (deferral until sale). Options have their own rule: taxed as if exercised when they vest, the spread added to the year’s stock.',
        '潮位对所有股票都按此处理，无论是否上市；非上市公司的授予可能改按财税〔2016〕101号递延至转让时纳税。期权另有规则：假设在归属时行权，差额与当年的股票所得合并计税。',
      ),
    },
    optionsExercise: {
      id: 'iit-options-exercise',
      citation: lawCitation(
        '财税〔2005〕35号；财税〔2018〕164号；财政部 税务总局公告2023年第25号',
        '员工行权时，行权日股票市价与行权价的差额为股票期权所得；居民个人取得的股权激励所得不并入当年综合所得，全额单独适用综合所得税率表计税，一年内多次取得的合并计算；执行至 2027 年 12 月 31 日。',
        'On exercise, the share’s market price less the strike is option income; a resident’s equity-incentive income is taxed alone on the annual table, not merged with wages, several in a year added together; in force through 31 Dec 2027.',
      ),
      assumption: assumption(
        'Tidemark taxes options as if exercised when they vest, at the share price you gave, the spread added to the year’s stock. For an unlisted company this follows 财税〔2016〕101号 第四条 for plans that do not qualify for deferral; a plan filed for deferral under its 第一条 pays instead 20% on the gain when the shares are sold. Ask the employer which applies.',
        '潮位假设期权在归属时即按你填写的股价行权，差额与当年的股票所得合并计税。非上市公司不符合递延纳税条件的，按财税〔2016〕101号第四条处理；已按其第一条备案递延纳税的，改为在转让股票时按财产转让所得 20% 计税。请向用人单位确认适用哪种。',
      ),
    },
    extraMonthsAsBonus: {
      id: 'iit-extra-months-as-bonus',
      citation: lawCitation(
        '财政部 税务总局公告2023年第30号',
        '全年一次性奖金是根据全年经济效益和对雇员全年工作业绩的综合考核情况发放的一次性奖金，包括年终加薪和实行年薪制、绩效工资办法的单位兑现的年薪和绩效工资。',
        'A one-off annual bonus is paid once a year on the year’s results, including year-end pay rises and the settled part of an annual salary.',
      ),
      assumption: assumption(
        'Tidemark taxes months 13 and up of “N 薪” as the one-off annual bonus: employers commonly pay them once at year end. One that pays the 13th month with a regular month’s wages makes it wages instead.',
        '“N 薪”中第 13 个月及以后按全年一次性奖金计税：用人单位通常在年底一次发放。若随某月工资一并发放，则按工资计税。',
      ),
    },
    signOnAsWages: {
      id: 'iit-sign-on-as-wages',
      citation: lawCitation(
        '《中华人民共和国个人所得税法》第二条、第六条',
        '工资、薪金所得并入综合所得，按年度税率表计税。',
        'Wages and salaries join comprehensive income, taxed on the annual table.',
      ),
      assumption: assumption(
        'A sign-on bonus is taxed as wages of year one: it is not paid on a year’s results, so Tidemark does not treat it as the one-off annual bonus (公告2023年第30号) that may be taxed alone.',
        '签字费按第一年的工资计税：它并非依据全年业绩发放，潮位不把它视为可单独计税的全年一次性奖金（公告2023年第30号）。',
      ),
    },
    socialInsurance: {
      id: 'social-insurance',
      citation: lawCitation(
        '《中华人民共和国社会保险法》；《住房公积金管理条例》；各地缴费基数上下限',
        '个人缴纳养老 8%、医疗 2%、失业 0.5%、公积金 5%–12%，缴费基数受城市上下限约束（如北京 2025 年 7,162–35,811 元/月）。',
        'Employees pay pension 8%, medical 2%, unemployment 0.5%, housing fund 5–12%, on a base the city bounds (e.g. Beijing 2025: 7,162–35,811 a month).',
      ),
      assumption: assumption(
        'One base for social insurance and the housing fund, from the monthly base pay; cities may bound the housing fund differently. The housing-fund rate defaults to the top of the city’s range, which large tech employers commonly pay.',
        '社保和公积金使用同一缴费基数（取月基本工资）；各城市的公积金上下限可能不同。公积金比例默认取城市区间的上限，大型科技公司通常按此缴纳。',
      ),
      presets: SOCIAL_INSURANCE_PRESETS,
      fallbackCityId: 'beijing',
      fallbackAssumption: assumption(
        'Where no preset matches the city (or none is given), Beijing’s figures stand in, as they did for every city before presets. Set your city’s floor, cap and rates under Offers › Tax assumptions.',
        '城市没有对应预设（或未填写城市）时，沿用北京的数据，与引入城市预设之前相同。请在「Offer › 税务假设」中填写你所在城市的下限、上限和比例。',
      ),
    },
    specialDeductions: {
      id: 'special-deductions',
      childMonthlyYuan: 2_000,
      infantMonthlyYuan: 2_000,
      continuingEducationDegreeMonthlyYuan: 400,
      continuingEducationCertificateYearlyYuan: 3_600,
      mortgageMonthlyYuan: 1_000,
      elderlyParentsMonthlyYuan: 3_000,
      elderlyParentsSharedMaxMonthlyYuan: 1_500,
      seriousIllnessThresholdYuan: 15_000,
      seriousIllnessMaxYearlyYuan: 80_000,
      rentMonthlyYuan: { 'rent-tier-1': 1_500, 'rent-tier-2': 1_100, 'rent-tier-3': 800 },
      citation: lawCitation(
        '国发〔2023〕13号',
        '子女教育、3 岁以下婴幼儿照护每人每月 2,000 元；赡养老人每月 3,000 元（独生子女；非独生子女分摊，每人每月不超过 1,500 元）；继续教育每月 400 元或取证当年 3,600 元；首套住房贷款利息每月 1,000 元；住房租金每月 1,500/1,100/800 元；大病医疗自付超过 15,000 元的部分，每年最多 80,000 元。',
        'Children’s education and infant care 2,000 a month each; elderly parents 3,000 (only child; siblings share it, at most 1,500 each); continuing education 400 a month or 3,600 in the certificate year; first-home mortgage interest 1,000; rent 1,500/1,100/800 by city; serious illness: costs borne above 15,000, up to 80,000 a year.',
      ),
    },
  },

  jobSearchReference: {
    id: 'job-search-reference',
    companiesContacted: 21,
    interviewsPerWeek: 3,
    offers: 4,
    weeks: 5,
    citation: articleCitation(
      [14],
      '一個多月的時間裏,他和包括京東、微博、騰訊、58、高途教育、字節、理想等 21 家包括科技或互聯網大廠在内的企業聊過,每周都安排了三個或以上面試。最終,他拿到了 4 個 offer',
      '一个多月的时间里，他和包括京东、微博、腾讯、58、高途教育、字节、理想等 21 家包括科技或互联网大厂在内的企业聊过，每周都安排了三个或以上面试。最终，他拿到了 4 个 offer',
      'In a little over a month he talked to 21 companies, with three or more interviews every week, and got 4 offers.',
    ),
    assumption: assumption('“A little over a month” is read as 5 weeks.', '“一个多月”按 5 周计。', [
      'companiesContacted',
      'interviewsPerWeek',
      'offers',
    ]),
  },

  marketFacts: [
    {
      id: 'talent-gap',
      citation: articleCitation(
        [30],
        '2030 年中國的 AI 人才缺口可能多達 400 萬人',
        '2030 年中国的 AI 人才缺口可能多达 400 万人',
        'McKinsey: China’s AI talent gap may reach 4M by 2030 (demand 6M, supply 2M).',
      ),
    },
    {
      id: 'campus-relevance',
      citation: articleCitation(
        [32],
        '20 個人投簡曆,隻有 2 個人稍微能夠專業對口',
        '20 个人投简历，只有 2 个人稍微能够专业对口',
        'Of 20 campus applicants, only 2 were somewhat relevant.',
      ),
    },
    {
      id: 'openai-pay',
      citation: articleCitation(
        [47],
        'OpenAI 向人工智能工程師支付的年平均薪酬達到了驚人的 92.5 萬美元',
        'OpenAI 向人工智能工程师支付的年平均薪酬达到了惊人的 92.5 万美元',
        'OpenAI pays AI engineers $925k a year on average.',
      ),
    },
  ],
  /**
   * Lowest first. Left out: L47 (OpenAI, in US dollars: it needs the user's exchange rate and
   * dwarfs the rest) and L50 (5-8M for star hires is one of the "four steps" that ruin a
   * company, a warning rather than a market rate).
   */
  marketPay: [
    marketPay(
      'vivo-after-tax',
      [1_000_000, 1_000_000],
      'after-tax',
      [1],
      '人才成本平均稅後爲 100 萬元',
      '人才成本平均税后为 100 万元',
      'vivo spends 2–3B a year on LLMs, half of it on talent: 1M a year per person on average, after tax.',
    ),
    marketPay(
      'phd-one-year',
      [1_000_000, 1_000_000],
      'total',
      [25],
      '一年經驗的博士可能年薪百萬',
      '一年经验的博士可能年薪百万',
      'A PhD with one year of experience may earn 1M a year.',
    ),
    marketPay(
      'mover',
      [1_000_000, 1_000_000],
      'total',
      [11],
      '總包超過百萬年薪',
      '总包超过百万年薪',
      'The article’s mover: a raise of over 50%, more than 1M a year in total.',
    ),
    marketPay(
      'pinduoduo',
      [1_000_000, 1_300_000],
      'total',
      [2],
      '年薪百萬不在少數,最高将近 130 萬元',
      '年薪百万不在少数，最高将近 130 万元',
      'Pinduoduo’s LLM roles: many at 1M a year, up to nearly 1.3M.',
    ),
    marketPay(
      'internet-posting',
      [1_440_000, 1_920_000],
      'cash',
      [4],
      '以 90-120k,16 薪的待遇在招大模型技術相關人才',
      '以 90-120k，16 薪的待遇在招大模型技术相关人才',
      'A well-known internet company’s posting: 90–120k a month × 16 (1.44M–1.92M a year).',
    ),
    marketPay(
      'lab-lead-posting',
      [1_500_000, 2_000_000],
      'cash',
      [5],
      '待遇在 150-200w(現金)',
      '待遇在 150-200w（现金）',
      'A Beijing AI lab (BAAI) sought a lead for LLM foundation software at 1.5M–2M cash.',
    ),
    marketPay(
      'car-maker-posting',
      [1_680_000, 2_100_000],
      'cash',
      [4],
      '120-150k,14 薪尋找大模型算法工程師',
      '120-150k，14 薪寻找大模型算法工程师',
      'A well-known car maker’s posting: 120–150k a month × 14 (1.68M–2.1M a year).',
    ),
    marketPay(
      'phd-starting',
      [2_000_000, 2_000_000],
      'cash',
      [17],
      '起薪 200 萬還是能看得見的,這還不算股票',
      '起薪 200 万还是能看得见的，这还不算股票',
      'A fresh PhD in the field can start at 2M a year, before stock.',
    ),
    marketPay(
      'core-talent',
      [3_000_000, 5_000_000],
      'total',
      [26],
      '一個核心人員開到 300-500 萬年薪都是有可能',
      '一个核心人员开到 300-500 万年薪都是有可能',
      'A core person can be paid 3–5M a year.',
    ),
    marketPay(
      'vision-expert',
      [3_200_000, 3_200_000],
      'total',
      [6],
      '320 萬年薪招聘視覺算法專家',
      '320 万年薪招聘视觉算法专家',
      'A vision-algorithm expert was sought at 3.2M a year.',
    ),
  ],
}
