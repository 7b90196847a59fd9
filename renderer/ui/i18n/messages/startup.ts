/**
 * The start-up error screen's way back: restoring a backup or an export file; and the raw copy
 * it keeps of data it cannot make into an export, as the backup lists show it.
 */
export const en = {
  restore: {
    heading: 'Restore a backup',
    headingBrowser: 'Restore from an export',
    intro:
      'Replace the data that cannot be opened with one of Tidemark’s automatic backups, or with an export file. Whatever can still be read is saved as one more backup first.',
    introBrowser:
      'In browser mode Tidemark makes no automatic backups. If you have exported your data, you can replace what cannot be opened with that file.',
    loading: 'Looking for backups…',
    none: 'No automatic backups were found.',
    listFailed: 'The backups could not be listed. {{detail}}',
    choose: 'Restore…',
    chooseNamed: 'Restore the backup of {{when}}',
    fromFile: 'Restore from an export file…',
    checking: 'Reading and checking the file…',
    confirm: {
      titleBackup: 'Restore the backup of {{when}}?',
      titleFile: 'Restore “{{fileName}}”?',
      alreadyReplaced:
        'The last try already replaced the data that could not be opened; nothing more is lost by restoring now.',
      alreadyReplacedKept:
        'The last try already replaced the data that could not be opened; its copy is “{{fileName}}” in the backups folder. Nothing more is lost by restoring now.',
      made: 'Made {{when}} by Tidemark {{version}}. It holds:',
      count: '{{table}}: {{count}}',
      replaces: 'The data that cannot be opened will be deleted and replaced by this one.',
      keptAsBackup:
        'Before anything is deleted, whatever can still be read is saved as one more backup.',
      copySaved: 'You have saved a copy of what could be read.',
      noCopy:
        'No copy of the data that cannot be opened has been saved. Save one first with “Save a copy of what can be read…” above, or confirm below that it may be lost.',
      copyFailed:
        'No copy could be kept: {{reason}} You can still restore, but whatever cannot be opened will then be lost.',
      acceptLoss: 'Delete the data that cannot be opened without keeping a copy',
      newer:
        'This data was written by a newer version of Tidemark. Restoring goes back to what this file holds: everything added or changed since it was made, including whatever the newer version stored, is discarded.',
      acceptNewer: 'I understand that the newer data will be discarded',
      restore: 'Delete and restore',
      cancel: 'Cancel',
    },
    progress: {
      rescue: 'Saving what can still be read…',
      delete: 'Deleting the data that cannot be opened…',
      blocked: 'Waiting for the other Tidemark windows to close… Close them to continue.',
      write: 'Restoring: {{done}} of {{total}} records',
    },
    doneTitle: 'Restored',
    done_one: 'Restored {{formatted}} record.',
    done_other: 'Restored {{formatted}} records.',
    doneKept: 'The data that could not be opened was saved as the backup “{{fileName}}”.',
    doneKeptRaw:
      'The data that could not be opened was kept as it was read, in “{{fileName}}” in the backups folder. This version of Tidemark cannot restore it.',
    open: 'Open Tidemark',
    failed: {
      read: 'Nothing could be read from the data that cannot be opened, so no copy could be made, and nothing was deleted. ({{detail}})',
      keep: 'The copy of what can still be read could not be saved, so nothing was deleted. {{detail}}',
      delete:
        'The data that cannot be opened could not be deleted, so nothing was restored. ({{detail}})',
      writeKept:
        'The data that could not be opened was deleted (its copy is “{{fileName}}” in the backups folder), but the restore could not be written: {{detail}} Try again, or choose another backup.',
      writeNoCopy:
        'The data that could not be opened was deleted, but the restore could not be written: {{detail}} Try again, or choose another file.',
    },
  },
}
