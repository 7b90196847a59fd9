/**
 * Words of the fields the profile's current pay and an offer's pay share (renderer/ui/form):
 * one block, so the two forms cannot drift apart. Each form keeps only its own label.
 */
export const en = {
  /** Said at every form's date input holding a date that is not whole or not real (date-input.ts). */
  date: {
    notComplete: 'This date does not exist or is not complete: check the day, month and year.',
  },
  stock: {
    none: 'None',
    grant: 'A grant that vests over years',
    'per-year': 'A value each year',
    grantLow: 'Grant value (total)',
    perYearLow: 'Value a year',
    years: 'Vesting years',
    schedule: 'Percent vesting each year',
    scheduleHint:
      'Year by year, adding up to 100: 25/25/25/25 is four even years, 10/20/30/40 back-loaded. Choosing the years spreads them evenly.',
    scheduleYears_one: '{{count}} year',
    scheduleYears_other: '{{count}} years',
  },
}
