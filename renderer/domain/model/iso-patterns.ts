/**
 * zod's own patterns for `iso.date()` and `iso.datetime()` (UTC, seconds required, any
 * fraction), without zod: the checks that run at start-up (the settings row, the journal's
 * address) use them, and tests keep them equal to the schemas. Years 0000-9999, zod's leap years.
 */
const DAY =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))'

/** A calendar day, YYYY-MM-DD, that exists (zod's `iso.date()`). */
export const ISO_DATE_PATTERN = new RegExp(`^${DAY}$`)

/** A UTC time, seconds required, any fraction of them (zod's `iso.datetime()`). */
export const ISO_DATETIME_PATTERN = new RegExp(
  `^${DAY}T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$`,
)
