import type { Widen } from '../translation-type'

/** Writing a journal entry: the form, the quick entry, Markdown, drafts, the weekly template. */
export const en = {
  title: 'New entry',
}

export const zhCN: Widen<typeof en> = {
  title: '新建记录',
}
