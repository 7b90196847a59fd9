import type { Widen } from '../translation-type'
import type { en } from './settings'

/** 简体中文 (settings); its keys are en's (./settings.ts), which the type holds it to. */
export const zhCN: Widen<typeof en> = {
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
    system: '跟随系统（{{current}}）',
    light: '浅色',
    dark: '深色',
  },
  saved: '已保存。',
  languageUnavailable:
    '未能加载 {{language}}，界面语言没有改变，这项选择也没有保存。请重试；如果仍然失败，请重新启动潮位。',
  storage: '存储',
  storageLocal: '所有数据只保存在这台电脑上，不会发送到任何地方。',
  storagePersisted: '浏览器已承诺持久保留这些数据。',
  storageNotPersisted: '浏览器尚未承诺持久保留这些数据；磁盘将满时可能会被清理。',
  storageExportHint: '为防数据被清理，请不时导出一份副本自己保存。',
  storageExportNow: '立即导出',
  storageUnknown: '正在检查数据是否会被持久保留……',
  storageUnavailable: '此浏览器无法告知是否会持久保留这些数据。',
  lastSaved: '设置最近保存于 {{when}}。',
  browserNoBackups:
    '浏览器模式不会自动备份：导出的文件就是你的备份。请不时导出一份，并保存在这个浏览器以外的地方。',
  transfer: {
    fileHolds:
      '导出于 {{exportedAt}}，包含：{{list}}。文件已完整检查，在你选择之前不会写入任何内容。',
    fileHoldsNothing:
      '导出于 {{exportedAt}}，不含任何记录。文件已完整检查，在你选择之前不会写入任何内容。',
    storedNow: '现在存储的以下数据会被“全部替换”删除：{{list}}。',
    storedNothing: '现在没有存储任何数据，“全部替换”不会删除什么。',
    tableCount: '{{table}} {{count}}',
    // 中文不分单复数：_one 与 _other 同文（键须与英文一致）。
    sameName: {
      intro_one:
        '文件中有 {{list}}与本机已有的同名，但属于另外录入的记录（例如在两台电脑上各录了一遍）：合并按 ID 而不是名称匹配记录，两份都会保留。“全部替换”则只保留文件中的。',
      intro_other:
        '文件中有 {{list}}与本机已有的同名，但属于另外录入的记录（例如在两台电脑上各录了一遍）：合并按 ID 而不是名称匹配记录，两份都会保留。“全部替换”则只保留文件中的。',
      skills_one: '{{formatted}} 项技能',
      skills_other: '{{formatted}} 项技能',
      offers_one: '{{formatted}} 个 offer（公司和职位相同）',
      offers_other: '{{formatted}} 个 offer（公司和职位相同）',
      journal_one: '{{formatted}} 条日志（日期和标题相同）',
      journal_other: '{{formatted}} 条日志（日期和标题相同）',
      goals_one: '{{formatted}} 个目标',
      goals_other: '{{formatted}} 个目标',
      lastSeparator: '和 ',
    },
    listSeparator: '、',
    lastExport: '数据上次与文件一致是在{{date}}（一次导出，或一次使数据与文件完全相同的导入）。',
    neverExported: '尚未导出过。',
    storedNowKept:
      '现在存储的以下数据会被“全部替换”删除：{{list}}。浏览器模式不会自动备份：替换前，潮位会先在此窗口中保留这些数据，刷新或关闭页面之前都可以撤销这次替换。',
    replacedTitle: '已于 {{when}} 全部替换',
    replacedKept:
      '替换前的数据保留在此窗口中，刷新或关闭页面后就不再保留。撤销会让数据完全恢复原样（替换之后所做的修改不会保留）；如需长期保存，请另存为文件。',
    undo: '撤销替换',
    saveBefore: '将替换前的数据另存为文件…',
    undone: '已撤销：数据已恢复到替换之前的样子。',
    savedBefore: '已将替换前的数据保存为“{{fileName}}”。',
    combinedPay: {
      removalKept:
        '{{table}}：你的当前薪资保持删除：你是在文件中的薪资设置之后删除的，因此未采用文件中的。',
      removalTaken: '{{table}}：已删除你的当前薪资，与文件一致：文件中是在你上次设置之后删除的。',
      newerInFile: '{{table}}：采用了文件中的当前薪资：它是在你的薪资上次设置或删除之后设置的。',
      newerHere: '{{table}}：保留了你的当前薪资：你是在文件中的薪资上次设置或删除之后设置的。',
      savedInFileAfter:
        '{{table}}：采用了文件中的当前薪资：文件的个人资料是在你的薪资上次设置或删除之后保存的。',
      savedHereAfter:
        '{{table}}：保留了你的当前薪资：你的个人资料是在文件中的薪资上次设置或删除之后保存的。',
    },
    keptNewer: '保留本机的（较新）',
    keptSameTime: '保留本机的（保存时间相同、内容不同）',
    removed: '从本机删除',
    result: {
      keptNewer_one: '保留本机的 {{formatted}} 条（本机的版本较新）',
      keptNewer_other: '保留本机的 {{formatted}} 条（本机的版本较新）',
      keptSameTime_one: '保留本机的 {{formatted}} 条（与文件中的保存时间相同、内容不同）',
      keptSameTime_other: '保留本机的 {{formatted}} 条（与文件中的保存时间相同、内容不同）',
      updated_one: '更新 {{formatted}} 条（与本机的不同，现为文件中的）',
      updated_other: '更新 {{formatted}} 条（与本机的不同，现为文件中的）',
      unchanged: '未变 {{formatted}} 条（与本机的相同）',
      replacedUncompared: '已替换 {{formatted}} 条（未与本机的比较）',
      replacedNothing: '已用“{{fileName}}”替换你的数据，文件中没有记录。',
      removed_one: '另从本机删除 {{formatted}} 条（文件中没有）。',
      removed_other: '另从本机删除 {{formatted}} 条（文件中没有）。',
      withRemoved: '{{sentence}}{{removed}}',
    },
    combinedFigures: {
      removalKept_one:
        '{{table}}：你的{{fields}}保持清除：你是在文件中的数值设置之后清除的，因此未采用文件中的。',
      removalKept_other:
        '{{table}}：你的{{fields}}保持清除：你是在文件中的数值设置之后清除的，因此未采用文件中的。',
      removalTaken_one:
        '{{table}}：已清除你的{{fields}}，与文件一致：文件中是在你上次设置之后清除的。',
      removalTaken_other:
        '{{table}}：已清除你的{{fields}}，与文件一致：文件中是在你上次设置之后清除的。',
      newerInFile_one: '{{table}}：采用了文件中的{{fields}}：它是在你上次设置或清除之后设置的。',
      newerInFile_other:
        '{{table}}：采用了文件中的{{fields}}：它们是在你上次设置或清除之后设置的。',
      newerHere_one:
        '{{table}}：保留了你的{{fields}}：你是在文件中的数值上次设置或清除之后设置的。',
      newerHere_other:
        '{{table}}：保留了你的{{fields}}：你是在文件中的数值上次设置或清除之后设置的。',
      savedInFileAfter_one:
        '{{table}}：采用了文件中的{{fields}}：文件的设置是在你的数值上次设置或清除之后保存的。',
      savedInFileAfter_other:
        '{{table}}：采用了文件中的{{fields}}：文件的设置是在你的数值上次设置或清除之后保存的。',
      savedHereAfter_one:
        '{{table}}：保留了你的{{fields}}：你的设置是在文件中的数值上次设置或清除之后保存的。',
      savedHereAfter_other:
        '{{table}}：保留了你的{{fields}}：你的设置是在文件中的数值上次设置或清除之后保存的。',
      rate: '{{currency}} 汇率',
    },
    combinedCity: {
      stored:
        '{{table}}：保留了你按{{storedCity}}设置的社保公积金数值；文件中的是按{{fileCity}}（其个人资料的城市）设置的，一项也未采用。',
      file: '{{table}}：采用了文件中按{{fileCity}}设置的社保公积金数值：文件的个人资料较新，你的城市现为{{fileCity}}；你原来的是按{{storedCity}}设置的。',
    },
    problem: {
      invalid: '文件中有潮位无法接受的记录，因此没有改动任何数据：',
      record: '{{table}}{{gap}}第 {{record}} 条',
      recordNamed: '{{table}}{{gap}}第 {{record}} 条（“{{label}}”）',
      missing: '{{where}}缺少“{{field}}”：应为{{takes}}。',
      wrong: '{{where}}的“{{field}}”无效：应为{{takes}}。',
      other: '{{where}}的“{{field}}”：{{message}}',
      unknownField: '{{where}}有潮位不认识的字段{{keys}}。',
      unknownFields: '{{where}}有潮位不认识的字段：{{keys}}。',
      unknownFieldIn: '{{where}}的“{{field}}”中有潮位不认识的字段{{keys}}。',
      unknownFieldsIn: '{{where}}的“{{field}}”中有潮位不认识的字段：{{keys}}。',
      duplicateId: '{{where}}的 ID“{{value}}”已被前面的记录使用，每条记录的 ID 都不能相同。',
      duplicateDate: '{{where}}的日期 {{value}} 已经有一条记录，每天最多一条。',
      quoted: '“{{value}}”',
      file: '文件',
      takes: {
        text: '一段文字',
        date: '日期（如 2026-03-01）',
        dateTime: '日期和时间（如 2026-03-01T09:30:00.000Z）',
        yesNo: '是或否（true 或 false）',
        choice: '以下之一：{{options}}',
        integerRange:
          '介于 {{min, number(useGrouping: min2)}} 到 {{max, number(useGrouping: min2)}} 之间的整数',
        numberRange:
          '介于 {{min, number(useGrouping: min2)}} 到 {{max, number(useGrouping: min2)}} 之间的数',
        integerFrom: '不小于 {{min, number(useGrouping: min2)}} 的整数',
        numberFrom: '不小于 {{min, number(useGrouping: min2)}} 的数',
        integer: '整数',
        number: '数字',
        object: '用 { } 括起的一组字段',
        list: '用 [ ] 括起的列表',
        value: '{{value}}',
      },
      detail: {
        tooLong: '文字太长，最多 {{max, number}} 个字。',
        tooShort: '文字太短，至少 {{min, number}} 个字。',
        empty: '不能为空。',
        tooMany: '项数太多，最多 {{max, number}} 项。',
        tooFew: '项数太少，至少 {{min, number}} 项。',
        atMost: '数值太大，最大为 {{max, number}}。',
        below: '数值太大，应小于 {{max, number}}。',
        atLeast: '数值太小，最小为 {{min, number}}。',
        above: '数值太小，应大于 {{min, number}}。',
        multipleOf: '应为 {{divisor, number}} 的整数倍。',
        format: '格式不对。',
        wrongKind: '值的类型不对。',
        rule: {
          'unique-tags': '同一个标签出现了两次。',
          'evidence-linked': '这条证据对应的技能没有关联到这条日志。',
          'unique-red-flags': '同一个危险信号出现了两次。',
          'two-decimals': '最多两位小数。',
          'four-decimals': '最多四位小数。',
          'vesting-total': '各年归属比例加起来应为 100。',
          'low-above-high': '下限高于上限。',
          'base-floor-above-cap': '缴费基数下限高于上限。',
        },
      },
      whatToDo: '请从潮位重新导出这个文件，或改正文件中的这些地方后再导入。',
      rulesFile:
        '这是规则文件，不是潮位的数据导出文件，因此没有改动任何数据。规则文件请在“规则”页面导入：规则 › {{button}}',
    },
    ruleName: '{{zhHans}}',
    fields: {
      title: '标题',
      kind: '类型',
      date: '日期',
      body: '正文',
      tags: '标签',
      name: '名称',
      domain: '方向',
      level: '等级',
      company: '公司',
      status: '状态',
      notes: '备注',
      targetDate: '目标日期',
      city: '城市',
      id: 'ID',
      createdAt: '创建时间',
      updatedAt: '修改时间',
      skillId: '技能',
      evidence: '证据',
      stability: '岗位稳定性',
      skillIds: '关联的技能',
    },
  },
}
