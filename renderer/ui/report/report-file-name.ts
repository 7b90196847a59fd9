/** A day in local time, as file names carry it: 2026-11-29. */
export function fileNameDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The report's file name for a day, in local time: tidemark-assessment-2026-11-29.md. */
export function reportFileName(now: Date, extension: 'md' | 'pdf'): string {
  return `tidemark-assessment-${fileNameDay(now)}.${extension}`
}

/** Characters some file system refuses in a name, and white space (line breaks included). */
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\s]+/g

/** A company's name as part of a file name: unsafe characters made dashes, cut short; may be ''. */
export function companyFileNamePart(company: string): string {
  return company
    .replace(NOT_IN_FILE_NAMES, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 40)
}

/** One offer's export: tidemark-offer-<company>-2026-11-29.md (or .pdf, printed). */
export function offerFileName(company: string, now: Date, extension: 'md' | 'pdf' = 'md'): string {
  const part = companyFileNamePart(company)
  return part
    ? `tidemark-offer-${part}-${fileNameDay(now)}.${extension}`
    : `tidemark-offer-${fileNameDay(now)}.${extension}`
}
