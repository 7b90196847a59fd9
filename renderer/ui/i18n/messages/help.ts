/** The keyboard help overlay (?). */
export const en = {
  title: 'Keyboard shortcuts',
  open: 'Keyboard shortcuts',
  close: 'Close',
  intro:
    'Single-key shortcuts work when the focus is not in a text field or a list: there a letter is typed, or picks the option it begins with (N in the pay’s list picks “No current pay”). Tab out first.',
  keys: 'Keys',
  action: 'Action',
  or: 'or',
  scope: {
    everywhere: 'Everywhere',
    dialogs: 'In a dialog',
    forms: 'In a form',
    section: 'On the {{section}} screen',
  },
  shortcuts: {
    openSection: 'Open {{section}}',
    quickEntry: 'Write a journal entry (quick entry)',
    help: 'Show this list of shortcuts',
    close: 'Close the dialog (this list too)',
    save: 'Save the form',
    cancelForm:
      'In the skill, journal entry and goal forms: cancel and go back (a new journal entry keeps its draft)',
    newSkill: 'Add a new skill',
    saveRules: 'Save your changes to the rules',
  },
}
