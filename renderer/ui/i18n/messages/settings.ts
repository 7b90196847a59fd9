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
  browserNoBackups:
    'Browser mode makes no automatic backups: an export is your copy. Export now and then, and keep the file somewhere other than this browser.',
  transfer: {
    importedSummary:
      'Imported “{{fileName}}”: {{added}} records added, {{updated}} updated, {{unchanged}} unchanged, {{removed}} removed.',
    storedNow: 'Stored now, and removed by Replace: {{list}}.',
    storedNothing: 'Nothing is stored now, so Replace removes nothing.',
    tableCount: '{{table}} {{count}}',
    listSeparator: ', ',
    storedNowKept:
      'Stored now, and removed by Replace: {{list}}. Browser mode makes no backups: Tidemark keeps this data in the window first, so you can undo the replace until you reload or close it.',
    replacedTitle: 'Replaced at {{when}}',
    replacedKept:
      'What you had before is kept in this window until you reload or close it. Undo puts it back exactly as it was (changes made since the replace are dropped); save it as a file to keep it longer.',
    undo: 'Undo the replace',
    saveBefore: 'Save the earlier data as a file…',
    undone: 'Undone: your data is as it was before the replace.',
    savedBefore: 'Saved the earlier data as “{{fileName}}”.',
    problem: {
      invalid: 'The file has records Tidemark cannot accept, so nothing was changed:',
      record: '{{table}}, record {{record}}',
      missing: '{{where}}: “{{field}}” is missing; it should be {{takes}}.',
      wrong: '{{where}}: “{{field}}” is not valid; it should be {{takes}}.',
      other: '{{where}}, “{{field}}”: {{message}}',
      file: 'The file',
      takes: {
        text: 'a text',
        date: 'a date (such as 2026-03-01)',
        dateTime: 'a date and time (such as 2026-03-01T09:30:00.000Z)',
        yesNo: 'yes or no (true or false)',
        choice: 'one of {{options}}',
        integerRange: 'a whole number from {{min}} to {{max}}',
        numberRange: 'a number from {{min}} to {{max}}',
        integerFrom: 'a whole number of at least {{min}}',
        numberFrom: 'a number of at least {{min}}',
        integer: 'a whole number',
        number: 'a number',
      },
      whatToDo:
        'Export the file again from Tidemark, or correct these places in it, then import it again.',
      rulesFile:
        'This is a rules file, not a Tidemark data export, so nothing was changed. Rules files are imported on the Rules screen: Rules › {{button}}',
    },
    /** Fields as the screens name them, for the refusals (the file's own name otherwise). */
    fields: {
      title: 'Title',
      kind: 'Kind',
      date: 'Date',
      body: 'Text',
      tags: 'Tags',
      name: 'Name',
      domain: 'Domain',
      level: 'Level',
      company: 'Company',
      status: 'Status',
      notes: 'Notes',
      targetDate: 'Target date',
      city: 'City',
      id: 'ID',
      createdAt: 'Created',
      updatedAt: 'Last changed',
    },
  },
}
