import type { Widen } from '../translation-type'
import type { en } from './startup'

/** 简体中文 (startup); its keys are en's (./startup.ts), which the type holds it to. */
export const zhCN: Widen<typeof en> = {
  restore: {
    heading: '从备份恢复',
    headingBrowser: '从导出文件恢复',
    intro:
      '用潮位的某个自动备份或一个导出文件，替换这份无法打开的数据。替换之前，还能读取的内容会先另存为一个新的备份。',
    introBrowser:
      '浏览器模式下潮位不会自动备份。如果你导出过数据，可以用那个导出文件替换这份无法打开的数据。',
    loading: '正在查找备份……',
    none: '没有找到自动备份。',
    listFailed: '无法列出备份。{{detail}}',
    choose: '恢复…',
    chooseNamed: '恢复 {{when}} 的备份',
    fromFile: '从导出文件恢复…',
    checking: '正在读取并检查文件……',
    confirm: {
      titleBackup: '恢复 {{when}} 的备份？',
      titleFile: '恢复“{{fileName}}”？',
      alreadyReplaced: '上一次尝试已经替换了无法打开的数据，现在恢复不会再丢失什么。',
      alreadyReplacedKept:
        '上一次尝试已经替换了无法打开的数据，它的副本是备份文件夹中的“{{fileName}}”。现在恢复不会再丢失什么。',
      made: '由潮位 {{version}} 于 {{when}} 生成，包含：',
      count: '{{table}}：{{count}}',
      replaces: '无法打开的数据将被删除，并由它替换。',
      keptAsBackup: '删除之前，还能读取的内容会先另存为一个新的备份。',
      copySaved: '你已经把能读取的内容另存了一份。',
      noCopy:
        '无法打开的数据还没有保存副本。请先点上方的“把能读取的内容另存一份…”，或在下方确认可以放弃这些数据。',
      copyFailed: '没能保存副本：{{reason}}仍然可以恢复，但无法打开的数据将就此丢失。',
      acceptLoss: '不保留副本，直接删除无法打开的数据',
      newer:
        '这些数据由更新版本的潮位写入。恢复后，数据会回到这个文件里的样子：此后新增或修改的一切，包括新版本存下的内容，都会被丢弃。',
      acceptNewer: '我明白较新的数据将被丢弃',
      restore: '删除并恢复',
      cancel: '取消',
    },
    progress: {
      rescue: '正在保存还能读取的内容……',
      delete: '正在删除无法打开的数据……',
      blocked: '正在等待其他潮位窗口关闭……请关闭它们以继续。',
      write: '正在恢复：第 {{done}} 条，共 {{total}} 条',
    },
    doneTitle: '已恢复',
    done_one: '已恢复 {{formatted}} 条记录。',
    done_other: '已恢复 {{formatted}} 条记录。',
    doneKept: '无法打开的数据已另存为备份“{{fileName}}”。',
    doneKeptRaw:
      '无法打开的数据已按读取时的原样保存在备份文件夹中的“{{fileName}}”里。这个版本的潮位无法用它恢复。',
    open: '打开潮位',
    failed: {
      read: '无法打开的数据一点也读不出来，因此没能保存副本，也没有删除任何数据。（{{detail}}）',
      keep: '还能读取的内容没能保存副本，因此没有删除任何数据。{{detail}}',
      delete: '无法删除打不开的数据，因此没有恢复。（{{detail}}）',
      writeKept:
        '无法打开的数据已删除（副本是备份文件夹中的“{{fileName}}”），但恢复的内容没能写入：{{detail}}请重试，或换一个备份。',
      writeNoCopy: '无法打开的数据已删除，但恢复的内容没能写入：{{detail}}请重试，或换一个文件。',
    },
  },
}
