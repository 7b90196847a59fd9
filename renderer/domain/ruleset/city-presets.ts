import { assumption, lawCitation } from './citation'
import type { RulesetInput } from './ruleset-schema'

/**
 * The article's hub cities (北上深杭, L24; Shanghai's talent programme, L20), and Chengdu for its
 * social insurance (not a hub: no hub-city points), and how users write them. Abbreviations
 * appear only where they name no other city: "SZ" could be Suzhou, "HZ" Huizhou and "CD" is no
 * city's, so none is here; 蓉 is Chengdu's one-character name.
 */
export const CITIES: RulesetInput['cities'] = [
  {
    id: 'beijing',
    nameZhHans: '北京',
    nameEn: 'Beijing',
    aliases: ['北京', 'beijing', 'peking', 'bj'],
  },
  {
    id: 'shanghai',
    nameZhHans: '上海',
    nameEn: 'Shanghai',
    aliases: ['上海', 'shanghai', 'sh', '沪', '滬'],
  },
  { id: 'shenzhen', nameZhHans: '深圳', nameEn: 'Shenzhen', aliases: ['深圳', 'shenzhen'] },
  { id: 'hangzhou', nameZhHans: '杭州', nameEn: 'Hangzhou', aliases: ['杭州', 'hangzhou'] },
  { id: 'chengdu', nameZhHans: '成都', nameEn: 'Chengdu', aliases: ['成都', 'chengdu', '蓉'] },
]

/** A preset whose figures Tidemark could not check against the notice: which year they are,
 *  and anything else not checked (`also`, in English and Chinese). */
const NOT_CHECKED = (
  city: string,
  cityZh: string,
  year = 2024,
  also: { en: string; zh: string } = { en: '', zh: '' },
) =>
  assumption(
    `Not checked against ${city}’s notice: Tidemark could not verify the 2025 figures when this ruleset was built, so the floor and cap are the ${year} ones as Tidemark recorded them${also.en}, and 2025’s are likely somewhat higher. Set your figures from the notice under Offers › Tax assumptions.`,
    `未与${cityZh}的通知核对：编写本规则时潮位无法核实 2025 年度的数据，下限和上限是潮位记录的 ${year} 年度数据${also.zh}，2025 年度可能略高。请按通知在「Offer › 税务假设」中填写。`,
  )

/**
 * Employee social insurance and housing fund by city, for the contribution year. Figures the
 * spec gives (Beijing, Shanghai, ruleset.md §4) are as given; the others are marked unchecked.
 * `baseCapIsCityAverage`: Beijing's and Shanghai's caps are 300% of their own published average
 * wage; Shenzhen, Hangzhou and Chengdu follow their province's bounds (Guangdong's, Zhejiang's,
 * Sichuan's), so their caps say nothing of the city's own average.
 */
export const SOCIAL_INSURANCE_PRESETS: RulesetInput['tax']['socialInsurance']['presets'] = [
  {
    cityId: 'beijing',
    year: 2025,
    validFrom: '2025-07-01',
    baseFloorMonthlyYuan: 7_162,
    baseCapMonthlyYuan: 35_811,
    baseCapIsCityAverage: true,
    pensionPercent: 8,
    medicalPercent: 2,
    unemploymentPercent: 0.5,
    housingFund: { minPercent: 5, maxPercent: 12, defaultPercent: 12 },
    source: lawCitation(
      '北京市 2025 年度社会保险缴费工资基数上下限（2025 年 7 月 1 日起执行）',
      '2025 年 7 月至 2026 年 6 月，缴费工资基数下限 7,162 元、上限 35,811 元/月，即本市 2024 年全口径城镇单位就业人员月平均工资 11,937 元的 60% 和 300%；个人缴纳养老 8%、医疗 2%（另有每月 3 元大额医疗互助资金，未计入）、失业 0.5%；住房公积金 5%–12%。',
      'July 2025 to June 2026: contribution base 7,162–35,811 a month, 60% and 300% of Beijing’s own 2024 average monthly wage (all urban employers), 11,937; employee pension 8%, medical 2% (plus 3 yuan a month for major-illness mutual aid, not counted), unemployment 0.5%; housing fund 5–12%.',
    ),
  },
  {
    cityId: 'shanghai',
    year: 2025,
    validFrom: '2025-07-01',
    baseFloorMonthlyYuan: 7_460,
    baseCapMonthlyYuan: 37_302,
    baseCapIsCityAverage: true,
    pensionPercent: 8,
    medicalPercent: 2,
    unemploymentPercent: 0.5,
    housingFund: { minPercent: 5, maxPercent: 7, defaultPercent: 7 },
    source: lawCitation(
      '上海市 2025 年度社会保险缴费基数上下限（2025 年 7 月 1 日起执行）',
      '2025 年 7 月 1 日起，缴费基数下限 7,460 元、上限 37,302 元/月，即本市 2024 年全口径城镇单位就业人员月平均工资 12,434 元的 60% 和 300%；个人缴纳养老 8%、医疗 2%、失业 0.5%；住房公积金 5%–7%（补充公积金 1%–5% 未计入）。',
      'From 1 July 2025: contribution base 7,460–37,302 a month, 60% and 300% of Shanghai’s own 2024 average monthly wage (all urban employers), 12,434; employee pension 8%, medical 2%, unemployment 0.5%; housing fund 5–7% (the supplementary fund of 1–5% is not counted).',
    ),
  },
  {
    cityId: 'shenzhen',
    year: 2024,
    baseFloorMonthlyYuan: 4_492,
    baseCapMonthlyYuan: 27_501,
    baseCapIsCityAverage: false,
    pensionPercent: 8,
    medicalPercent: 2,
    unemploymentPercent: 0.5,
    housingFund: { minPercent: 5, maxPercent: 12, defaultPercent: 12 },
    source: lawCitation(
      '广东省社会保险缴费基数上下限（深圳执行）；《深圳市住房公积金管理暂行办法》',
      '养老保险缴费基数按广东省统一的上下限；个人缴纳养老 8%、医疗 2%（一档）、失业 0.5%；住房公积金 5%–12%。深圳的医疗保险和公积金按本市平均工资另定上限。',
      'The pension base follows Guangdong’s province-wide bounds; employee pension 8%, medical 2% (tier one), unemployment 0.5%; housing fund 5–12%. Shenzhen bounds medical insurance and the housing fund on its own average wage.',
    ),
    assumption: NOT_CHECKED('Shenzhen', '深圳'),
  },
  {
    cityId: 'hangzhou',
    year: 2024,
    baseFloorMonthlyYuan: 4_462,
    baseCapMonthlyYuan: 24_930,
    baseCapIsCityAverage: false,
    pensionPercent: 8,
    medicalPercent: 2,
    unemploymentPercent: 0.5,
    housingFund: { minPercent: 5, maxPercent: 12, defaultPercent: 12 },
    source: lawCitation(
      '浙江省社会保险缴费基数上下限（杭州执行）；《杭州市住房公积金管理条例》',
      '缴费基数按浙江省公布的上下限；个人缴纳养老 8%、医疗 2%、失业 0.5%；住房公积金 5%–12%。',
      'The contribution base follows Zhejiang’s published bounds; employee pension 8%, medical 2%, unemployment 0.5%; housing fund 5–12%.',
    ),
    assumption: NOT_CHECKED('Hangzhou', '杭州'),
  },
  {
    cityId: 'chengdu',
    year: 2023,
    baseFloorMonthlyYuan: 4_071,
    baseCapMonthlyYuan: 20_355,
    baseCapIsCityAverage: false,
    pensionPercent: 8,
    medicalPercent: 2,
    unemploymentPercent: 0.4,
    housingFund: { minPercent: 5, maxPercent: 12, defaultPercent: 12 },
    source: lawCitation(
      '四川省社会保险缴费基数上下限（成都执行）；《关于住房公积金管理若干具体问题的指导意见》（建金〔2005〕5号）',
      '缴费基数按四川省公布的上下限，即全省上年度全口径城镇单位就业人员月平均工资的 60% 和 300%；个人缴纳养老 8%、医疗 2%、失业 0.4%；住房公积金 5%–12%。',
      'The contribution base follows Sichuan’s published bounds, 60% and 300% of the province’s average monthly wage of the year before (all urban employers); employee pension 8%, medical 2%, unemployment 0.4%; housing fund 5–12%.',
    ),
    assumption: NOT_CHECKED('Chengdu', '成都', 2023, {
      en: ' (Sichuan’s: 60% and 300% of its 2022 average wage, 6,785 a month; the employee’s 0.4% for unemployment is Sichuan’s rate as recorded, too)',
      zh: '（四川省的：其 2022 年月平均工资 6,785 元的 60% 和 300%；个人失业保险费率 0.4% 也是潮位记录的四川费率）',
    }),
  },
]
