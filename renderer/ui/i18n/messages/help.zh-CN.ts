import type { Widen } from '../translation-type'
import type { en } from './help'

/** 简体中文 (help); its keys are en's (./help.ts), which the type holds it to. */
export const zhCN: Widen<typeof en> = {
  title: '键盘快捷键',
  open: '键盘快捷键',
  close: '关闭',
  intro:
    '单键快捷键只在焦点不在文本框或下拉列表中时生效：在文本框里按字母会输入文字，在下拉列表里会选中以该字母开头的选项（例如焦点停在“薪资写法”列表上时，按 N 不会新增技能）。请先按 Tab 离开。',
  keys: '按键',
  action: '作用',
  or: '或',
  scope: {
    everywhere: '所有页面',
    dialogs: '对话框中',
    forms: '表单中',
    section: '“{{section}}”页面',
  },
  shortcuts: {
    openSection: '打开“{{section}}”',
    quickEntry: '快速写一条日志',
    help: '显示本快捷键列表',
    close: '关闭对话框（包括本列表）',
    save: '保存表单',
    cancelForm: '在技能、日志和目标表单中：取消并返回（新写的日志会保留草稿）',
    newSkill: '新增一项技能',
    saveRules: '保存对规则的修改',
  },
}
