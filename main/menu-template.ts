import type { MenuItemConstructorOptions } from 'electron'
import { uiLanguageFor, type UiLanguage } from '../preload/api'

/** The menu speaks the language the screens would pick for this system locale. */
export function menuLanguageFor(systemLocale: string): UiLanguage {
  return uiLanguageFor([systemLocale])
}

const LABELS = {
  'zh-CN': {
    file: '文件',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    help: '帮助',
    quit: '退出',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '全屏',
    minimize: '最小化',
    close: '关闭窗口',
    about: '关于潮位',
    hide: '隐藏潮位',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    quit: 'Quit Tidemark',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    minimize: 'Minimize',
    close: 'Close Window',
    about: 'About Tidemark',
    hide: 'Hide Tidemark',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
  },
} as const satisfies Record<UiLanguage, Record<string, string>>

/**
 * The application menu: standard roles (so the OS wires the usual shortcuts and behaviours)
 * with labels in the system's language, since Electron's own role labels are English only
 * on Windows and Linux. No reload or developer tools: a reload mid-write is a data risk and
 * the tools are not for users.
 */
export function buildMenuTemplate(
  language: UiLanguage,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const l = LABELS[language]
  const isMac = platform === 'darwin'
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Tidemark',
          submenu: [
            { role: 'about', label: l.about },
            { type: 'separator' },
            { role: 'hide', label: l.hide },
            { role: 'hideOthers', label: l.hideOthers },
            { role: 'unhide', label: l.unhide },
            { type: 'separator' },
            { role: 'quit', label: l.quit },
          ],
        },
      ]
    : [{ label: l.file, submenu: [{ role: 'quit', label: l.quit, accelerator: 'CmdOrCtrl+Q' }] }]
  return [
    ...appMenu,
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo, accelerator: 'CmdOrCtrl+Z' },
        { role: 'redo', label: l.redo, accelerator: 'Shift+CmdOrCtrl+Z' },
        { type: 'separator' },
        { role: 'cut', label: l.cut, accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', label: l.copy, accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', label: l.paste, accelerator: 'CmdOrCtrl+V' },
        { role: 'selectAll', label: l.selectAll, accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: l.view,
      submenu: [
        { role: 'resetZoom', label: l.resetZoom, accelerator: 'CmdOrCtrl+0' },
        { role: 'zoomIn', label: l.zoomIn, accelerator: 'CmdOrCtrl+Plus' },
        { role: 'zoomOut', label: l.zoomOut, accelerator: 'CmdOrCtrl+-' },
        { type: 'separator' },
        {
          role: 'togglefullscreen',
          label: l.fullScreen,
          accelerator: isMac ? 'Ctrl+Cmd+F' : 'F11',
        },
      ],
    },
    {
      label: l.window,
      submenu: [
        { role: 'minimize', label: l.minimize, accelerator: 'CmdOrCtrl+M' },
        { role: 'close', label: l.close, accelerator: 'CmdOrCtrl+W' },
      ],
    },
    ...(isMac ? [] : [{ label: l.help, submenu: [{ role: 'about' as const, label: l.about }] }]),
  ]
}
