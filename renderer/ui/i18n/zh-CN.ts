import type { Translation } from './en'

/** 简体中文界面文字。键与 en.ts 完全一致(类型检查保证)。 */
export const zhCN: Translation = {
  app: {
    name: '潮位',
    tagline: '大模型时代的职业选择，在本机上权衡',
    skipToContent: '跳到正文',
    mode: {
      electron: '桌面应用',
      browser: '浏览器模式',
    },
  },
  nav: {
    label: '栏目',
    dashboard: '总览',
    skills: '技能',
    offers: 'Offer',
    journal: '日志',
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
      intro: '记下学习、项目、面试、offer 和反思，与技能关联，中英文都能搜索。',
    },
    comingNext: '此栏目将在后续版本提供。你的数据只保存在这台电脑上。',
  },
  settings: {
    title: '设置',
    language: '语言',
    languageHint: '默认跟随系统语言，也可以手动选择。',
    theme: '外观',
    themeHint: '默认跟随系统的浅色或深色设置，也可以手动选择。',
    languageChoice: {
      system: '跟随系统（{{current}}）',
      'zh-CN': '简体中文',
      en: 'English',
    },
    themeChoice: {
      system: '跟随系统',
      light: '浅色',
      dark: '深色',
    },
    saved: '已保存。',
    storage: '存储',
    storageLocal: '所有数据只保存在这台电脑上，不会发送到任何地方。',
    storagePersisted: '浏览器已承诺持久保留这些数据。',
    storageNotPersisted: '浏览器尚未承诺持久保留这些数据；磁盘将满时可能会被清理。',
    storageUnknown: '正在检查数据是否会被持久保留……',
    storageUnavailable: '此浏览器无法告知是否会持久保留这些数据。',
    lastSaved: '设置最近保存于 {{when}}。',
  },
  errors: {
    title: '出错了',
    databaseOpen:
      '潮位无法打开数据库，没有任何数据被改动。请关闭其他潮位窗口后重试。详情：{{detail}}',
    saveFailed: '设置未保存，仍保留原来的值。详情：{{detail}}',
    ipc: {
      'untrusted-sender': '请求并非来自潮位自己的窗口，已拒绝。',
      'invalid-payload': '请求格式有误，已拒绝（{{detail}}）。',
      'file-too-large': '文件太大，无法打开（{{detail}}）。',
      'file-not-text': '文件“{{detail}}”不是 UTF-8 文本文件。',
      'io-failed': '无法读写文件：{{detail}}',
    },
  },
}
