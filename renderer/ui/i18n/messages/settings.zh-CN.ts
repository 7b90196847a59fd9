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
    system: '跟随系统',
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
}
