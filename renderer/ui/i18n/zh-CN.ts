import type { Translation } from './en'
import * as journalEntry from './messages/journalEntry.zh-CN'
import * as journalProgress from './messages/journalProgress.zh-CN'
import * as journalTimeline from './messages/journalTimeline.zh-CN'
import * as form from './messages/form.zh-CN'
import * as profile from './messages/profile.zh-CN'
import * as offerEditor from './messages/offerEditor.zh-CN'
import * as offerVerdict from './messages/offerVerdict.zh-CN'
import * as offerCompare from './messages/offerCompare.zh-CN'
import * as offerStatus from './messages/offerStatus.zh-CN'
import * as skills from './messages/skills.zh-CN'
import * as assessment from './messages/assessment.zh-CN'
import * as rules from './messages/rules.zh-CN'
import * as dashboard from './messages/dashboard.zh-CN'
import * as report from './messages/report.zh-CN'
import * as help from './messages/help.zh-CN'
import * as startup from './messages/startup.zh-CN'
import * as settings from './messages/settings.zh-CN'

/** 简体中文界面文字。键与 en.ts 完全一致(类型检查保证)。 */
export const zhCN: Translation = {
  app: {
    name: '潮位',
    tagline: '大模型时代的职业选择，在本机上权衡',
    loading: '正在加载…',
    skipToContent: '跳到正文',
    notices: '提醒',
    mode: {
      electron: '桌面应用',
      browser: '浏览器模式',
    },
  },
  citation: {
    source: '出处',
    lines: '原文第 {{lines}} 行',
    assumption: '假设',
    assumptionHint: '原文没有给出这个数字：这是潮位的假设，可在“规则”中修改。',
  },
  nav: {
    label: '栏目',
    dashboard: '总览',
    skills: '技能',
    offers: 'Offer',
    journal: '日志',
    rules: '规则',
    settings: '设置',
    shortcut: '快捷键：{{keys}}',
  },
  sections: {
    dashboard: {
      title: '总览',
      intro: '一眼看清你的位置：所在档位、跳槽能谈到的涨幅、手上的 offer，以及一路的进展。',
    },
    skills: {
      title: '技能',
      intro:
        '对照文章所说的溢价方向（大模型训练、调优、推理加速、NLP、深度学习）给自己打分，看清下一步该学什么。',
    },
    offers: {
      title: 'Offer',
      intro:
        '按招聘的写法读懂 offer（月薪 × 薪数、区间、奖金、股票），算出税后收入，答复之前先掂量风险。',
    },
    journal: {
      title: '日志',
      intro: '记下学习、项目、投递、面试、offer 和复盘，与技能关联，中英文都能搜索。',
    },
  },
  settings: settings.zhCN,
  journal: {
    views: {
      label: '日志视图',
      timeline: '时间线',
      jobs: '求职进展',
      goals: '目标',
      newEntry: '写一条',
    },
    search: '搜索日志',
    searchPlaceholder: '中文或英文：推理、quant……',
    total_one: '共 {{formatted}} 条',
    total_other: '共 {{formatted}} 条',
    matches_one: '找到 {{formatted}} 条',
    matches_other: '找到 {{formatted}} 条',
    listLabel: '日志条目',
    kind: {
      learning: '学习',
      project: '项目',
      application: '投递',
      interview: '面试',
      offer: 'Offer',
      reflection: '复盘',
    },
  },
  data: {
    title: '你的数据',
    intro:
      '导出会把全部数据（个人资料、技能、offer、日志、目标、设置）写入一个 JSON 文件，便于保存、迁移或阅读；导入则读回这样的文件。',
    export: '导出全部数据…',
    import: '导入文件…',
    cancel: '取消',
    merge: '合并（以较新的为准）',
    replace: '全部替换',
    modeHint:
      '合并会保留本机现有的记录，文件中的副本修改得更晚时以文件为准；合并不会删除任何记录，所以在本机删掉的记录，如果文件里还有，会重新出现。替换会删除本机现有数据，只保留文件中的数据。',
    confirmTitle: '导入“{{fileName}}”？',
    indexing: '已导入，正在准备搜索……',
    undoBackup: '导入前的数据已另存为备份“{{fileName}}”：在“自动备份”中恢复它即可撤销。',
    searchLater: '数据已导入，但暂时无法准备搜索；下次启动时会自动完成。',
    exported: '已保存“{{fileName}}”。',
    cancelled: '已取消，数据保持原样。',
    failed: '操作未成功，数据保持原样。详情：{{detail}}',
    resultTitle: '导入结果',
    resultTable: '数据表',
    added: '新增',
    updated: '更新',
    unchanged: '未变',
    replaced: '已替换，未比较',
    result: {
      merged: '已合并“{{fileName}}”，共 {{records}}：{{parts}}。',
      replaced: '已用“{{fileName}}”替换你的数据，共 {{records}}：{{parts}}。',
      records_one: '{{formatted}} 条记录',
      records_other: '{{formatted}} 条记录',
      separator: '，',
      added: '新增 {{formatted}} 条',
      updated: '更新 {{formatted}} 条（文件中的较新，或从文件补全）',
      unchanged: '未变 {{formatted}} 条',
      replacedUncompared: '{{formatted}} 条覆盖了你的',
      nothing: '没有改动',
    },
    combined: {
      filledFromFile: '{{table}}：保留本机的（较新），并从文件补上了本机的空缺项：{{fields}}。',
      keptFromStored: '{{table}}：已按文件更新（较新），文件中空缺的项保留了本机的：{{fields}}。',
      rate: '{{currency}} 汇率',
      fields: {
        currentPay: '当前薪资',
        city: '城市',
        phdInField: '对口博士',
        leadership: '领导经历',
        socialInsurance: {
          pensionPercent: '养老保险比例',
          medicalPercent: '医疗保险比例',
          unemploymentPercent: '失业保险比例',
          housingFundPercent: '住房公积金比例',
          baseFloorMonthly: '缴费基数下限',
          baseCapMonthly: '缴费基数上限',
        },
        specialDeductions: {
          elderlyParents: '赡养老人扣除',
        },
      },
    },
    lastExport: '上次导出：{{when}}。',
    neverExported: '尚未导出过。',
    phase: {
      start: '正在开始……',
      read: '正在读取数据……',
      check: '正在检查文件……',
      serialize: '正在写入文件：{{done}} / {{total}} 条记录',
      write: '正在导入：{{done}} / {{total}} 条记录',
    },
    table: {
      settings: '设置',
      profile: '个人资料',
      skills: '技能',
      skillSnapshots: '评分历史',
      offers: 'Offer',
      journal: '日志',
      goals: '目标',
      engineSettings: '个税与市场设置',
      rulesetOverrides: '规则调整',
    },
    problem: {
      'too-large': '文件大小为 {{size}} MB，潮位最多导入 {{limit}} MB 的文件。没有任何数据被改动。',
      'not-utf8': '该文件不是 UTF-8 文本，不是潮位的导出文件。没有任何数据被改动。',
      'not-json': '文件不是有效的 JSON（可能不完整，或被手动改过）。没有任何数据被改动。',
      'not-json-line':
        '文件不是有效的 JSON：第 {{line}} 行出错（可能不完整，或被手动改过）。没有任何数据被改动。',
      'too-deep':
        '文件在 {{path}} 处的嵌套层级超过任何潮位导出文件（{{limit}} 层）。没有任何数据被改动。',
      'forbidden-key':
        '文件在 {{path}} 处含有键“{{key}}”，潮位的导出文件不会有它。没有任何数据被改动。',
      'string-too-long':
        '{{path}} 处的文本超过任何字段允许的长度（{{limit}} 个字符）。没有任何数据被改动。',
      empty: '文件是空的。没有任何数据被改动。',
      'not-tidemark': '这不是潮位的导出文件。没有任何数据被改动。',
      'newer-version':
        '该文件来自更新版本的潮位（格式 {{version}}，当前版本最多读取 {{supported}}）。请先更新潮位再导入。没有任何数据被改动。',
      invalid: '文件中有潮位无法接受的记录，没有任何数据被改动：',
      issue: '{{table}}，第 {{record}} 条 {{id}}，字段“{{field}}”：{{message}}',
      issueTop: '字段“{{field}}”：{{message}}',
      more: '……另有 {{count}} 处。',
      versionTakes: '数字 {{versions}}，不加引号（这个版本的潮位能读取的导出格式）',
      versionOr: ' 或 ',
    },
  },
  backups: {
    title: '自动备份',
    intro:
      '潮位在关闭时以及工作期间每隔几小时把全部数据保存为一个备份文件，保留最近 7 天和 4 周的备份。恢复某个备份前，会先把当前数据另存为一个备份，因此恢复也可以撤销。',
    failed: '{{when}} 的自动备份失败（{{detail}}）。之前的备份完好无损，潮位会在你工作时再次尝试。',
    now: '立即备份',
    none: '还没有备份：潮位第一次关闭时会生成第一个备份。',
    when: '时间',
    reason: '原因',
    size: '大小',
    actions: '操作',
    restore: '恢复…',
    megabytes: '{{size}} MB',
    confirmRestore: '用此备份替换',
    confirmTitle: '恢复 {{when}} 的备份？',
    confirmText: '当前存储的全部数据将被该备份替换。替换前会先把当前数据另存为一个备份。',
    saved: '已备份到“{{fileName}}”。',
    restored: '已恢复。恢复前的数据已另存为“{{fileName}}”，恢复它即可撤销。',
    reasons: {
      quit: '关闭时',
      scheduled: '定时',
      'before-restore': '恢复前',
      manual: '手动',
      rescue: '原样副本',
    },
    rescueNote: '为安全起见保留：这个版本的潮位无法用它恢复。文件是 {{folder}} 里的“{{fileName}}”',
    working: {
      backup: '正在备份……',
      restore: '正在恢复……',
    },
  },
  reminder: {
    exportDue: '浏览器模式下，数据只存于本浏览器，可能被清除。上次导出是 {{days}} 天前。',
    neverExported: '浏览器模式下，数据只存于本浏览器，可能被清除，且从未导出过。',
    dismiss: '暂时隐藏提醒',
  },
  versionChange: {
    message: '潮位已在另一个窗口中更新。请重新加载以使用新版本。',
    reload: '重新加载',
  },
  errors: {
    title: '出错了',
    saveFailed: '设置未保存，仍保留原来的值。详情：{{detail}}',
    ipc: {
      'untrusted-sender': '请求并非来自潮位自己的窗口，已拒绝。',
      'invalid-payload': '请求格式有误，已拒绝（{{detail}}）。',
      'file-too-large': '文件太大（{{detail}}）。',
      'file-not-text': '文件“{{detail}}”不是 UTF-8 文本文件。',
      'io-failed': '无法读写文件：{{detail}}',
      'disk-full': '磁盘已满，未写入任何内容，之前的备份完好无损（{{detail}}）。',
      'not-found': '找不到文件“{{detail}}”。',
      'invalid-response': '潮位主进程的应答格式有误，已丢弃（{{detail}}）。',
    },
    details: '详情',
    open: {
      'newer-version':
        '这些数据由更新版本的潮位写入，当前版本不会改动它们：请更新潮位，或先把能读取的内容另存一份。',
      blocked: '另一个潮位窗口正占用数据库。请关闭其他窗口后重试。',
      quota: '磁盘（或浏览器分配给潮位的存储空间）已满。请释放一些空间后重试。',
      'backing-store':
        '浏览器无法打开自己的存储文件。关闭所有潮位窗口后重试通常可以解决；重启电脑更为有效。',
      unknown: '潮位无法打开数据库。',
      nothingChanged: '没有任何数据被改动，你的数据仍在原处。',
      retry: '重试',
      rescue: '把能读取的内容另存一份…',
      rescueSaving: '正在读取能读取的内容……',
      rescueSaved: '已保存。请留好这个文件：它包含所有能读取的记录。',
      rescueFailed: '什么也读不出来：{{detail}}',
    },
  },
  journalEntry: journalEntry.zhCN,
  journalTimeline: journalTimeline.zhCN,
  journalProgress: journalProgress.zhCN,
  form: form.zhCN,
  profile: profile.zhCN,
  skills: skills.zhCN,
  assessment: assessment.zhCN,
  rules: rules.zhCN,
  dashboard: dashboard.zhCN,
  report: report.zhCN,
  help: help.zhCN,
  startup: startup.zhCN,
  offerEditor: offerEditor.zhCN,
  offerVerdict: offerVerdict.zhCN,
  offerCompare: offerCompare.zhCN,
  offerStatus: offerStatus.zhCN,
}
