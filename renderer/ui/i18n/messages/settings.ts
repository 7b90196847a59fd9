/** The Settings screen: language, appearance, and where the data is stored. */
export const en = {
  title: 'Settings',
  language: 'Language',
  languageHint: 'Follows the system language unless you choose one.',
  theme: 'Appearance',
  themeHint: 'Follows the system’s light or dark setting unless you choose one.',
  languageChoice: {
    system: 'System ({{current}})',
    'zh-CN': '简体中文',
    en: 'English',
  },
  themeChoice: {
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  saved: 'Saved.',
  languageUnavailable:
    '{{language}} could not be loaded, so the language was not changed and the choice was not saved. Try again; if it fails again, restart Tidemark.',
  storage: 'Storage',
  storageLocal: 'Everything is stored on this computer only. Nothing is sent anywhere.',
  storagePersisted: 'The browser has promised to keep this data.',
  storageNotPersisted:
    'The browser has not promised to keep this data; it may clear it when the disk is nearly full.',
  storageExportHint: 'Keep a copy it cannot clear: export your data now and then.',
  storageExportNow: 'Export now',
  storageUnknown: 'Checking whether the data is kept…',
  storageUnavailable: 'This browser cannot say whether it will keep the data.',
  lastSaved: 'Settings last saved {{when}}.',
  /** Export and import (the Your data panel), beyond the shared `data` words. */
  transfer: {
    importedSummary:
      'Imported “{{fileName}}”: {{added}} records added, {{updated}} updated, {{unchanged}} unchanged, {{removed}} removed.',
    storedNow: 'Stored now, and removed by Replace: {{list}}.',
    storedNothing: 'Nothing is stored now, so Replace removes nothing.',
    tableCount: '{{table}} {{count}}',
    listSeparator: ', ',
    keptForUndo:
      'Browser mode makes no backups: Tidemark keeps this data in the window first, so you can undo the replace until you reload or close it.',
    replacedTitle: 'Replaced at {{when}}',
    replacedKept:
      'What you had before is kept in this window until you reload or close it. Undo puts it back exactly as it was (changes made since the replace are dropped); save it as a file to keep it longer.',
    undo: 'Undo the replace',
    saveBefore: 'Save the earlier data as a file…',
    undone: 'Undone: your data is as it was before the replace.',
    savedBefore: 'Saved the earlier data as “{{fileName}}”.',
  },
}
