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
    system: 'System ({{current}})',
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
    /** What the file holds, every table with records (ImportConfirm), as storedNow lists them. */
    fileHolds:
      'Exported {{exportedAt}}, holding: {{list}}. The file was checked in full; nothing is written until you choose.',
    fileHoldsNothing:
      'Exported {{exportedAt}}, holding no records. The file was checked in full; nothing is written until you choose.',
    storedNow: 'Stored now, and removed by Replace: {{list}}.',
    storedNothing: 'Nothing is stored now, so Replace removes nothing.',
    tableCount: '{{table}} {{count}}',
    /**
     * Records the merge would add beside one of this computer's with the same name, said before
     * the choice (same-name.ts; trial 19: the same skills typed on two computers came out twice
     * after a merge, told only "17 added"). The merge is right to keep both (it matches by id):
     * this says what it will do, and Replace stays the user's to choose.
     */
    sameName: {
      intro_one:
        'In the file, {{list}} has the same name as one on this computer but is a separate record (typed on each computer, say): merging keeps both copies, as a merge matches records by their ID, not their name. Replace keeps only the file’s.',
      intro_other:
        'In the file, {{list}} have the same names as ones on this computer but are separate records (typed on each computer, say): merging keeps both copies of each, as a merge matches records by their ID, not their name. Replace keeps only the file’s.',
      skills_one: '{{formatted}} skill',
      skills_other: '{{formatted}} skills',
      offers_one: '{{formatted}} offer (same company and role)',
      offers_other: '{{formatted}} offers (same company and role)',
      journal_one: '{{formatted}} journal entry (same date and title)',
      journal_other: '{{formatted}} journal entries (same date and title)',
      goals_one: '{{formatted}} goal',
      goals_other: '{{formatted}} goals',
      /** Before the list's last item (the others are joined by transfer.listSeparator). */
      lastSeparator: ' and ',
    },
    listSeparator: ', ',
    /**
     * Beside the export action (LastExport): when the data last matched a file, the day the
     * dashboard's Backup card says (trial 32: only the dashboard said it). An import that left
     * the data as the file holds it stamps it too (dashboard.backup.browserRecent).
     */
    lastExport:
      'Your data last matched a file on {{date}} (an export, or an import that left it as the file holds it).',
    neverExported: 'Not exported yet.',
    storedNowKept:
      'Stored now, and removed by Replace: {{list}}. Browser mode makes no backups: Tidemark keeps this data in the window first, so you can undo the replace until you reload or close it.',
    replacedTitle: 'Replaced at {{when}}',
    replacedKept:
      'What you had before is kept in this window until you reload or close it. Undo puts it back exactly as it was (changes made since the replace are dropped); save it as a file to keep it longer.',
    undo: 'Undo the replace',
    saveBefore: 'Save the earlier data as a file…',
    undone: 'Undone: your data is as it was before the replace.',
    savedBefore: 'Saved the earlier data as “{{fileName}}”.',
    /**
     * A merge's current pay where neither the newer profile's stood nor one never set was
     * filled (import.ts: CombinedRecord.currentPay; each copy says when its pay last changed).
     */
    combinedPay: {
      removalKept:
        '{{table}}: your current pay stays removed: you removed it after the file’s was set, so the file’s was not taken.',
      removalTaken:
        '{{table}}: removed your current pay, as the file did after yours was last set.',
      newerInFile:
        '{{table}}: took the file’s current pay: it was set there after yours was last set or removed.',
      newerHere:
        '{{table}}: kept your current pay: you set it after the file’s was last set or removed.',
      savedInFileAfter:
        '{{table}}: took the file’s current pay: its profile was saved after your pay was last set or removed.',
      savedHereAfter:
        '{{table}}: kept your current pay: your profile was saved after the file’s pay was last set or removed.',
    },
    /**
     * An import's result, in the words of a user with two computers: the file comes from the
     * other one, so both copies are theirs and both are Tidemark's. The data already stored is
     * "this computer's", not "yours" (the file is yours too) nor "newer in Tidemark" (so is the
     * file's copy, made there). Columns of the result table (ImportResult), then parts of its
     * sentence (import-result-text.ts); the rest are the shared data.* words.
     */
    keptNewer: 'Kept this computer’s (newer)',
    /** A merge's records saved at the same instant as the file's but different (import.ts:
     *  keptSameTime): this computer's stay. */
    keptSameTime: 'Kept this computer’s (same time, other content)',
    removed: 'Removed from this computer',
    result: {
      keptNewer_one:
        '{{formatted}} kept as it is on this computer (changed here after the file’s copy was saved)',
      keptNewer_other:
        '{{formatted}} kept as they are on this computer (changed here after the file’s copies were saved)',
      keptSameTime_one:
        '{{formatted}} kept as it is on this computer (saved at the same time as the file’s copy, with other content)',
      keptSameTime_other:
        '{{formatted}} kept as they are on this computer (saved at the same time as the file’s copies, with other content)',
      /**
       * A replace's parts say the table's columns' words (trial 32: "differed" in the sentence,
       * "Updated" in the table), and count the file's records; those removed from this
       * computer are not among them, so they are told after, apart ("12 records: 3 …, 9 …,
       * 1 removed" summed to 13).
       */
      updated_one: '{{formatted}} updated (this computer’s copy differed; now the file’s)',
      updated_other: '{{formatted}} updated (this computer’s copies differed; now the file’s)',
      unchanged: '{{formatted}} unchanged (the same as this computer’s)',
      replacedUncompared: '{{formatted}} replaced (not compared with this computer’s)',
      /** A replace with a file that holds no records (only removals to tell). */
      replacedNothing: 'Replaced your data with “{{fileName}}”, which holds no records.',
      removed_one: '{{formatted}} record removed from this computer (not in the file).',
      removed_other: '{{formatted}} records removed from this computer (not in the file).',
      /** The replace's sentence, then the removed records' one. */
      withRemoved: '{{sentence}} {{removed}}',
    },
    /**
     * A merge's engine figures decided by when each was last set, changed or cleared, not by
     * the newer copy (import.ts: CombinedRecord.figures): a figure cleared on purpose stays so.
     */
    combinedFigures: {
      removalKept_one:
        '{{table}}: your {{fields}} stays cleared: you cleared it after the file’s was set, so the file’s was not taken.',
      removalKept_other:
        '{{table}}: your {{fields}} stay cleared: you cleared them after the file’s were set, so the file’s were not taken.',
      removalTaken_one:
        '{{table}}: cleared your {{fields}}, as the file did after yours was last set.',
      removalTaken_other:
        '{{table}}: cleared your {{fields}}, as the file did after yours were last set.',
      newerInFile_one:
        '{{table}}: took the file’s {{fields}}: it was set there after yours was last set or cleared.',
      newerInFile_other:
        '{{table}}: took the file’s {{fields}}: they were set there after yours were last set or cleared.',
      newerHere_one:
        '{{table}}: kept your {{fields}}: you set it after the file’s was last set or cleared.',
      newerHere_other:
        '{{table}}: kept your {{fields}}: you set them after the file’s were last set or cleared.',
      savedInFileAfter_one:
        '{{table}}: took the file’s {{fields}}: its settings were saved after yours was last set or cleared.',
      savedInFileAfter_other:
        '{{table}}: took the file’s {{fields}}: its settings were saved after yours were last set or cleared.',
      savedHereAfter_one:
        '{{table}}: kept your {{fields}}: your settings were saved after the file’s was last set or cleared.',
      savedHereAfter_other:
        '{{table}}: kept your {{fields}}: your settings were saved after the file’s were last set or cleared.',
      /** An exchange rate among the figures ("your USD exchange rate"). */
      rate: '{{currency}} exchange rate',
    },
    /**
     * A merge whose two profiles name different cities (import.ts: socialInsuranceCity): the
     * social insurance figures came whole from one copy, the one whose city stands.
     */
    combinedCity: {
      stored:
        '{{table}}: kept your social insurance figures, set for {{storedCity}}; the file’s are for {{fileCity}} (its profile’s city), so none of them were taken.',
      file: '{{table}}: took the file’s social insurance figures, set for {{fileCity}}: its profile is newer, so {{fileCity}} is now your city; yours were for {{storedCity}}.',
    },
    problem: {
      /** A file in UTF-16 (import-checks.ts: decodeImportBytes): likely an export re-saved. */
      invalid: 'The file has records Tidemark cannot accept, so nothing was changed:',
      record: '{{table}}, record {{record}}',
      /** A record with a name or title in the file (record-label.ts): both it and its place. */
      recordNamed: '{{table}}, record {{record}} (“{{label}}”)',
      missing: '{{where}}: “{{field}}” is missing; it should be {{takes}}.',
      wrong: '{{where}}: “{{field}}” is not valid; it should be {{takes}}.',
      other: '{{where}}, “{{field}}”: {{message}}',
      unknownField: '{{where}}: Tidemark does not know the field {{keys}}.',
      unknownFields: '{{where}}: Tidemark does not know the fields {{keys}}.',
      unknownFieldIn: '{{where}}: Tidemark does not know the field {{keys}} in “{{field}}”.',
      unknownFieldsIn: '{{where}}: Tidemark does not know the fields {{keys}} in “{{field}}”.',
      duplicateId:
        '{{where}}: the ID “{{value}}” is already used by an earlier record; each needs its own.',
      duplicateDate: '{{where}}: the date {{value}} already has a record; a day has one at most.',
      quoted: '“{{value}}”',
      file: 'The file',
      /** A range's ends group thousands from 10,000 on (min2): a year reads 2019, not 2,019. */
      takes: {
        text: 'a text',
        date: 'a date (such as 2026-03-01)',
        dateTime: 'a date and time (such as 2026-03-01T09:30:00.000Z)',
        yesNo: 'yes or no (true or false)',
        choice: 'one of {{options}}',
        integerRange:
          'a whole number from {{min, number(useGrouping: min2)}} to {{max, number(useGrouping: min2)}}',
        numberRange:
          'a number from {{min, number(useGrouping: min2)}} to {{max, number(useGrouping: min2)}}',
        integerFrom: 'a whole number of at least {{min, number(useGrouping: min2)}}',
        numberFrom: 'a number of at least {{min, number(useGrouping: min2)}}',
        integer: 'a whole number',
        number: 'a number',
        object: 'a group of fields in braces { }',
        list: 'a list in brackets [ ]',
        value: '{{value}}',
      },
      /** What is wrong, said after the field (zod's code and figures, or Tidemark's rule). */
      detail: {
        tooLong: 'Text is too long: at most {{max, number}} characters.',
        tooShort: 'Text is too short: at least {{min, number}} characters.',
        empty: 'This cannot be empty.',
        tooMany: 'Too many items: at most {{max, number}}.',
        tooFew: 'Too few items: at least {{min, number}}.',
        atMost: 'Too large: at most {{max, number}}.',
        below: 'Too large: it should be less than {{max, number}}.',
        atLeast: 'Too small: at least {{min, number}}.',
        above: 'Too small: it should be more than {{min, number}}.',
        multipleOf: 'It should be a multiple of {{divisor, number}}.',
        format: 'This is not in the expected form.',
        wrongKind: 'This is not the right kind of value.',
        rule: {
          'unique-tags': 'The same tag appears twice.',
          'evidence-linked': 'This evidence is for a skill the entry does not link to.',
          'unique-red-flags': 'The same red flag appears twice.',
          'two-decimals': 'At most 2 decimal places.',
          'four-decimals': 'At most 4 decimal places.',
          'vesting-total': 'The vesting percentages must add up to 100.',
          'low-above-high': 'The low end is above the high end.',
          'base-floor-above-cap': 'The base floor is above the cap.',
        },
      },
      whatToDo:
        'Export the file again from Tidemark, or correct these places in it, then import it again.',
      rulesFile:
        'This is a rules file, not a Tidemark data export, so nothing was changed. Rules files are imported on the Rules screen: Rules › {{button}}',
    },
    /** A rule of the ruleset (a checklist question, a red flag) by its name in this language. */
    ruleName: '{{en}}',
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
      skillId: 'Skill',
      evidence: 'Evidence',
      stability: 'Job security',
      skillIds: 'Linked skills',
    },
  },
}
