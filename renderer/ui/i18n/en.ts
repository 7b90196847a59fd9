/** English strings. The shape of this object is the key set every language must fill. */
export const en = {
  app: {
    name: 'Tidemark',
    tagline: 'Your career in the large-model era, weighed offline',
    skipToContent: 'Skip to content',
    mode: {
      electron: 'Desktop app',
      browser: 'Browser mode',
    },
  },
  nav: {
    label: 'Sections',
    dashboard: 'Dashboard',
    skills: 'Skills',
    offers: 'Offers',
    journal: 'Journal',
    settings: 'Settings',
    shortcut: 'Shortcut: {{keys}}',
  },
  sections: {
    dashboard: {
      title: 'Dashboard',
      intro:
        'Where you stand at a glance: your tier, the raise a move can command, your open offers and your progress over time.',
    },
    skills: {
      title: 'Skills',
      intro:
        'Rate your skills against the premiums the article describes (LLM training, fine-tuning, inference acceleration, NLP, deep learning) and see what to learn next.',
    },
    offers: {
      title: 'Offers',
      intro:
        'Read an offer the way it is written (monthly × months, ranges, bonus, stock), see it after tax, and weigh its risk before you answer.',
    },
    journal: {
      title: 'Journal',
      intro:
        'Keep your learning, projects, interviews, offers and reflections, linked to your skills and searchable in Chinese and English.',
    },
    comingNext:
      'This section arrives in an upcoming version. Your data will stay on this computer.',
  },
  settings: {
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
    storage: 'Storage',
    storageLocal: 'Everything is stored on this computer only. Nothing is sent anywhere.',
    storagePersisted: 'The browser has promised to keep this data.',
    storageNotPersisted:
      'The browser has not promised to keep this data; it may clear it when the disk is nearly full.',
    storageUnknown: 'Checking whether the data is kept…',
    storageUnavailable: 'This browser cannot say whether it will keep the data.',
    lastSaved: 'Settings last saved {{when}}.',
  },
  errors: {
    title: 'Something went wrong',
    databaseOpen:
      'Tidemark could not open its database. Nothing was changed. Close other Tidemark windows and try again. Details: {{detail}}',
    saveFailed: 'The setting was not saved; the previous value is kept. Details: {{detail}}',
    ipc: {
      'untrusted-sender': 'The request did not come from Tidemark’s own window and was refused.',
      'invalid-payload': 'The request was malformed and was refused ({{detail}}).',
      'file-too-large': 'The file is too large to open ({{detail}}).',
      'file-not-text': 'The file “{{detail}}” is not a UTF-8 text file.',
      'io-failed': 'The file could not be read or written: {{detail}}',
    },
  },
}

/** Strings with the same keys as `en`, any text. */
export type Translation = { [K in keyof typeof en]: Widen<(typeof en)[K]> }
type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> }
