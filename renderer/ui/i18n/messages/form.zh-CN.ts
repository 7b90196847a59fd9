import type { Widen } from '../translation-type'
import type { en } from './form'

/** 简体中文 (form); its keys are en's (./form.ts), which the type holds it to. */
export const zhCN: Widen<typeof en> = {
  date: {
    notComplete: '这个日期不存在或没有填完整，请检查年、月、日。',
  },
  stock: {
    none: '没有',
    grant: '授予后分几年归属',
    'per-year': '每年一笔',
    grantLow: '授予总额',
    perYearLow: '每年价值',
    years: '归属年数',
    schedule: '每年归属的百分比',
    scheduleHint:
      '逐年填写，合计 100：25/25/25/25 是四年平均，10/20/30/40 是后高。选择年数会自动平均分配。',
    scheduleYears_one: '{{count}} 年',
    scheduleYears_other: '{{count}} 年',
  },
}
