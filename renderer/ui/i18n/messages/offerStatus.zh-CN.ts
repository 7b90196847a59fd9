import type { Widen } from '../translation-type'
import type { en } from './offerStatus'

/** 简体中文 (offerStatus); its keys are en's (./offerStatus.ts), which the type holds it to. */
export const zhCN: Widen<typeof en> = {
  title: '你的 offer',
  add: '添加 offer',
  empty: {
    title: '还没有 offer',
    text: '收到 offer 后，添加一个，把 HR 写的薪资原样粘贴进去（“60-70k × 15薪”“年薪 150-200w”）：潮位会读出薪资，按文章的思路评估跳槽风险，并给出建议。之后可以在这里跟进它的状态和答复期限。',
  },
  columns: {
    offer: 'Offer',
    status: '状态',
    deadline: '答复期限',
    verdict: '建议',
  },
  caption: '你的 offer：状态、答复期限和建议',
  closed: {
    summary_one: '已结束的 offer（{{count}}）',
    summary_other: '已结束的 offer（{{count}}）',
    caption: '已结束的 offer（已接受、已拒绝或已过期）：状态、答复期限和建议',
    noneLive: '没有进行中的 offer：已结束的在下方。',
  },
  statusLabel: '{{company}} offer 的状态',
  statuses: {
    considering: '考虑中',
    negotiating: '谈判中',
    accepted: '已接受',
    declined: '已拒绝',
    expired: '已过期',
  },
  since: '{{date}}起',
  pendingHint: '尚未保存：按 Enter 或 Tab 保存，按 Esc 撤销。',
  noDeadline: '未设期限',
  daysLeft: {
    left_one: '还剩 {{count}} 天',
    left_other: '还剩 {{count}} 天',
    today: '今天到期',
    overdue_one: '已逾期 {{count}} 天',
    overdue_other: '已逾期 {{count}} 天',
    mistyped: '请核对：日期似乎输错了',
  },
  recommendations: {
    accept: '接受',
    acceptUnjudged: '接受（薪资未评判）',
    negotiate: '谈条件',
    'wait-and-watch': '观望',
    decline: '拒绝',
  },
  risk: {
    low: '低风险',
    medium: '中等风险',
    high: '高风险',
  },
  verdict: '{{recommendation}} · {{risk}}（{{score}} 分）',
  verdictClosed: '潮位的结论：{{recommendation}} · {{risk}}（{{score}} 分）',
  payUnreadable: '没能读出薪资：请打开这个 offer 修改。',
  payNoRate: '还没算：没有 {{currency}} 汇率。请打开这个 offer 设置。',
  rateWrong:
    '按 1 {{currency}} = {{rate}} 元折算得出，汇率看来有误（1 {{currency}} 约合 {{typical}} 元）：请打开这个 offer 改正。',
  currentRateWrong:
    '下面每个建议都以当前薪资为基准，当前薪资按 1 {{currency}} = {{rate}} 元折算，汇率看来有误：请在“技能”中改正你的资料。',
  currentOptionsRateWrong:
    '下面每个建议都以当前薪资为基准，其中期权按 1 {{currency}} = {{rate}} 元折算，汇率看来有误：请在“技能”中改正你的资料。',
  optionsRateWrong:
    '其中期权按 1 {{currency}} = {{rate}} 元折算，汇率看来有误（1 {{currency}} 约合 {{typical}} 元）：请打开这个 offer 改正。',
  saved: '{{company}} 的 offer 已改为“{{status}}”。',
  saveFailed: '状态没能保存：{{detail}}',
  accept: {
    title: '接受 {{company}} 的 offer？',
    pending: '正在接受 {{company}} 的 offer：请在下方选择是否把它的薪资设为当前薪资。',
    makeCurrent:
      '可以把它的薪资（常规年份 {{pay}}）设为你的当前薪资，之后的评估会以新工作为基准计算涨幅、衡量新的 offer。',
    currentNow: '你现在的当前薪资：{{pay}}。',
    noCurrentNow: '还没有保存当前薪资。',
    unreadable: '没能读出它的薪资，所以不能设为当前薪资：请先在 offer 里修改。',
    noRate:
      '它的薪资以 {{currency}} 计，还没有设置汇率，所以不能设为当前薪资：请先在 offer 里设置汇率。',
    noProfile: '要把它的薪资设为当前薪资，请先保存个人资料。',
    profileLink: '填写个人资料',
    acceptAndPay: '接受，并设为当前薪资',
    acceptOnly: '只标记为已接受',
    cancel: '取消',
    done: '已接受 {{company}} 的 offer，它的薪资已设为你的当前薪资。',
  },
  reminders: {
    remindMe: '提醒我',
    ask: '在每个答复期限的前两天和前一天收到桌面通知。',
    on: '桌面提醒已开启：每个答复期限的前两天、前一天和过期时都会通知你。',
    denied:
      '此页面的通知已被屏蔽。要收到提醒，请在浏览器的网站设置中允许通知；在此之前，窗口底部的“提醒”栏会在每个页面列出 {{days}} 天内到期或已过期的 offer。',
    unsupported:
      '此浏览器无法显示通知；窗口底部的“提醒”栏仍会在每个页面列出 {{days}} 天内到期或已过期的 offer。',
  },
  banner: {
    title_one: '有 {{count}} 个 offer 需要尽快答复',
    title_other: '有 {{count}} 个 offer 需要尽快答复',
    overdue_one: '有 {{count}} 个 offer 已过答复期限',
    overdue_other: '有 {{count}} 个 offer 已过答复期限',
    alsoSoon_one: '；另有 {{count}} 个需要尽快答复',
    alsoSoon_other: '；另有 {{count}} 个需要尽快答复',
    item: '{{days}}，{{date}}',
  },
  notification: {
    title: '{{offer}}：offer 答复期限',
    'two-days': '还有 2 天，请在{{date}}前答复。',
    'one-day': '明天（{{date}}）就要答复。',
    today: '今天（{{date}}）就要答复。',
    overdue: '答复期限（{{date}}）已过：请尽快答复，或把它标为已过期。',
  },
}
