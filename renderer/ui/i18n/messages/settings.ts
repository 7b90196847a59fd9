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
}
