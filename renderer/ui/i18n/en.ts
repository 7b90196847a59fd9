import * as journalEntry from './messages/journalEntry'
import * as journalProgress from './messages/journalProgress'
import * as journalTimeline from './messages/journalTimeline'
import * as form from './messages/form'
import * as profile from './messages/profile'
import * as offerEditor from './messages/offerEditor'
import * as offerVerdict from './messages/offerVerdict'
import * as offerCompare from './messages/offerCompare'
import * as offerStatus from './messages/offerStatus'
import * as skills from './messages/skills'
import * as assessment from './messages/assessment'
import * as rules from './messages/rules'
import * as dashboard from './messages/dashboard'
import * as report from './messages/report'
import * as help from './messages/help'
import * as startup from './messages/startup'
import * as settings from './messages/settings'
import type { Widen } from './translation-type'

/** English strings. The shape of this object is the key set every language must fill. */
export const en = {
  app: {
    name: 'Tidemark',
    tagline: 'Your career in the large-model era, weighed offline',
    loading: 'Loading…',
    skipToContent: 'Skip to content',
    notices: 'Notices',
    mode: {
      electron: 'Desktop app',
      browser: 'Browser mode',
    },
  },
  citation: {
    source: 'Source',
    lines: 'The article, {{lines}}',
    assumption: 'assumption',
    assumptionHint:
      'The article gives no number here: this one is Tidemark’s assumption, and you can change it under Rules.',
  },
  nav: {
    label: 'Sections',
    dashboard: 'Dashboard',
    skills: 'Skills',
    offers: 'Offers',
    journal: 'Journal',
    rules: 'Rules',
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
        'Keep your learning, projects, applications, interviews, offers and reflections, linked to your skills and searchable in Chinese and English.',
    },
  },
  settings: settings.en,
  journal: {
    views: {
      label: 'Journal views',
      timeline: 'Timeline',
      jobs: 'Job search',
      goals: 'Goals',
      newEntry: 'New entry',
    },
    search: 'Search the journal',
    searchPlaceholder: 'Chinese or English: 推理, quant…',
    total_one: '{{formatted}} entry',
    total_other: '{{formatted}} entries',
    matches_one: '{{formatted}} match',
    matches_other: '{{formatted}} matches',
    listLabel: 'Journal entries',
    kind: {
      learning: 'Learning',
      project: 'Project',
      application: 'Application',
      interview: 'Interview',
      offer: 'Offer',
      reflection: 'Reflection',
    },
  },
  data: {
    title: 'Your data',
    intro:
      'Export writes everything (profile, skills, offers, journal, goals, settings) to one JSON file you can keep, move or read. Import reads such a file back.',
    export: 'Export all data…',
    import: 'Import a file…',
    cancel: 'Cancel',
    merge: 'Merge (newest wins)',
    replace: 'Replace everything',
    modeHint:
      'Merge keeps this computer’s records and takes the file’s where the file’s copy was changed later; it never deletes, so a record you deleted here comes back if the file has it. Replace removes what is stored on this computer and keeps only the file’s.',
    confirmTitle: 'Import “{{fileName}}”?',
    indexing: 'Imported. Preparing search…',
    undoBackup:
      'What was stored before was saved as the backup “{{fileName}}”: restore it in Automatic backups to undo.',
    searchLater:
      'The data is in, but search could not be prepared now; it will be at the next start.',
    exported: 'Saved “{{fileName}}”.',
    cancelled: 'Cancelled. Your data is as it was.',
    failed: 'That did not work; your data is as it was. Details: {{detail}}',
    resultTitle: 'Imported',
    resultTable: 'Table',
    added: 'Added',
    updated: 'Updated',
    unchanged: 'Unchanged',
    replaced: 'Replaced, not compared',
    /** The import's result in one sentence (import-result-text.ts): its parts, each a count. */
    result: {
      merged: 'Merged “{{fileName}}”, {{records}}: {{parts}}.',
      replaced: 'Replaced your data with “{{fileName}}”, {{records}}: {{parts}}.',
      records_one: '{{formatted}} record',
      records_other: '{{formatted}} records',
      separator: ', ',
      added: '{{formatted}} added',
      updated: '{{formatted}} updated (newer in the file, or filled in from it)',
      unchanged: '{{formatted}} unchanged',
      replacedUncompared: '{{formatted}} written over yours',
      nothing: 'nothing changed',
    },
    /** A merge's one-row record combined from both copies (import.ts: CombinedRecord). */
    combined: {
      filledFromFile:
        '{{table}}: kept this computer’s (newer), and took from the file what it left empty: {{fields}}.',
      keptFromStored:
        '{{table}}: updated from the file (newer), and kept this computer’s where the file left it empty: {{fields}}.',
      rate: 'the {{currency}} exchange rate',
      /** The fields by their path in the record (import-field-words.ts: combinedFieldName). */
      fields: {
        currentPay: 'current pay',
        city: 'city',
        phdInField: 'PhD in the field',
        leadership: 'leadership experience',
        socialInsurance: {
          pensionPercent: 'pension rate',
          medicalPercent: 'medical insurance rate',
          unemploymentPercent: 'unemployment insurance rate',
          housingFundPercent: 'housing fund rate',
          baseFloorMonthly: 'contribution base floor',
          baseCapMonthly: 'contribution base cap',
        },
        specialDeductions: {
          elderlyParents: 'elderly-parent deduction',
        },
      },
    },
    lastExport: 'Last export: {{when}}.',
    neverExported: 'Not exported yet.',
    phase: {
      start: 'Starting…',
      read: 'Reading your data…',
      check: 'Checking the file…',
      serialize: 'Writing the file: {{done}} of {{total}} records',
      write: 'Importing: {{done}} of {{total}} records',
    },
    table: {
      settings: 'Settings',
      profile: 'Profile',
      skills: 'Skills',
      skillSnapshots: 'Score history',
      offers: 'Offers',
      journal: 'Journal',
      goals: 'Goals',
      engineSettings: 'Tax and market settings',
      rulesetOverrides: 'Rule changes',
    },
    problem: {
      'too-large':
        'The file is {{size}} MB; Tidemark imports files up to {{limit}} MB. Nothing was changed.',
      'not-utf8':
        'The file is not UTF-8 text, so it is not a Tidemark export. Nothing was changed.',
      'not-json':
        'The file is not valid JSON (perhaps it was cut short or edited by hand). Nothing was changed.',
      'not-json-line':
        'The file is not valid JSON: it breaks on line {{line}} (perhaps it was cut short or edited by hand). Nothing was changed.',
      'too-deep':
        'The file nests deeper than any Tidemark export ({{limit}} levels) at {{path}}. Nothing was changed.',
      'forbidden-key':
        'The file holds a key “{{key}}” at {{path}}, which no Tidemark export has. Nothing was changed.',
      'string-too-long':
        'A text at {{path}} is longer than any field allows ({{limit}} characters). Nothing was changed.',
      empty: 'The file is empty. Nothing was changed.',
      'not-tidemark': 'This is not a Tidemark export file. Nothing was changed.',
      'newer-version':
        'This file comes from a newer Tidemark (format {{version}}; this version reads up to {{supported}}). Update Tidemark to import it. Nothing was changed.',
      invalid: 'The file has records Tidemark cannot accept. Nothing was changed:',
      issue: '{{table}}, record {{record}} {{id}}, field “{{field}}”: {{message}}',
      issueTop: 'Field “{{field}}”: {{message}}',
      more: '…and {{count}} more.',
      versionTakes:
        'the number {{versions}}, without quotes (the export formats this version of Tidemark reads)',
      versionOr: ' or ',
    },
  },
  backups: {
    title: 'Automatic backups',
    intro:
      'Tidemark saves all your data to a backup file when it closes and every few hours while you work, and keeps the last 7 days and 4 weeks. Restoring one first saves what you have now as one more backup, so a restore can be undone.',
    failed:
      'The automatic backup of {{when}} failed ({{detail}}). Earlier backups are intact, and Tidemark tries again while you work.',
    now: 'Back up now',
    none: 'No backups yet: the first is made when Tidemark closes.',
    when: 'Made',
    reason: 'Why',
    size: 'Size',
    actions: 'Actions',
    restore: 'Restore…',
    megabytes: '{{size}} MB',
    confirmRestore: 'Replace with this backup',
    confirmTitle: 'Restore the backup of {{when}}?',
    confirmText:
      'Everything stored now is replaced by the backup. What you have now is saved as a backup first.',
    saved: 'Backed up to “{{fileName}}”.',
    restored: 'Restored. What you had before was saved as “{{fileName}}”; restore it to undo.',
    reasons: {
      quit: 'On closing',
      scheduled: 'Scheduled',
      'before-restore': 'Before a restore',
      manual: 'By hand',
      rescue: 'Raw copy',
    },
    rescueNote:
      'Kept for safety: this version of Tidemark cannot restore it. The file is “{{fileName}}” in {{folder}}',
    working: {
      backup: 'Backing up…',
      restore: 'Restoring…',
    },
  },
  reminder: {
    exportDue:
      'In browser mode your data lives in this browser only, which may clear it. Your last export was {{days}} days ago.',
    neverExported:
      'In browser mode your data lives in this browser only, which may clear it, and it has never been exported.',
    /** The reminder's × button: put away for this session. */
    dismiss: 'Hide this reminder',
  },
  versionChange: {
    message: 'Tidemark was updated in another window. Reload to continue with the new version.',
    reload: 'Reload',
  },
  errors: {
    title: 'Something went wrong',
    saveFailed: 'The setting was not saved; the previous value is kept. Details: {{detail}}',
    ipc: {
      'untrusted-sender': 'The request did not come from Tidemark’s own window and was refused.',
      'invalid-payload': 'The request was malformed and was refused ({{detail}}).',
      'file-too-large': 'The file is too large ({{detail}}).',
      'file-not-text': 'The file “{{detail}}” is not a UTF-8 text file.',
      'io-failed': 'The file could not be read or written: {{detail}}',
      'disk-full':
        'The disk is full; nothing was written and earlier backups are intact ({{detail}}).',
      'not-found': 'The file “{{detail}}” was not found.',
      'invalid-response':
        'Tidemark’s main process gave a malformed answer, which was discarded ({{detail}}).',
    },
    details: 'Details',
    open: {
      'newer-version':
        'This data was written by a newer version of Tidemark. This version will not touch it: update Tidemark, or save a copy of what can be read.',
      blocked:
        'Another Tidemark window is holding the database open. Close the other windows, then try again.',
      quota:
        'The disk (or the browser’s storage for Tidemark) is full. Free some space, then try again.',
      'backing-store':
        'The browser could not open its own storage files. Closing every Tidemark window and trying again usually helps; restarting the computer helps more often.',
      unknown: 'Tidemark could not open its database.',
      nothingChanged: 'Nothing was changed. Your data is still where it was.',
      retry: 'Try again',
      rescue: 'Save a copy of what can be read…',
      rescueSaving: 'Reading what can be read…',
      rescueSaved: 'Saved. Keep that file: it holds every record that could be read.',
      rescueFailed: 'Nothing could be read: {{detail}}',
    },
  },
  journalEntry: journalEntry.en,
  journalTimeline: journalTimeline.en,
  journalProgress: journalProgress.en,
  form: form.en,
  profile: profile.en,
  skills: skills.en,
  assessment: assessment.en,
  rules: rules.en,
  dashboard: dashboard.en,
  report: report.en,
  help: help.en,
  startup: startup.en,
  offerEditor: offerEditor.en,
  offerVerdict: offerVerdict.en,
  offerCompare: offerCompare.en,
  offerStatus: offerStatus.en,
}

/** Strings with the same keys as `en`, any text. */
export type Translation = { [K in keyof typeof en]: Widen<(typeof en)[K]> }
