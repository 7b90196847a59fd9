/** The report's file name for a day, in local time: tidemark-assessment-2026-11-29.md. */
export function reportFileName(now: Date, extension: 'md' | 'pdf'): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  const day = `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  return `tidemark-assessment-${day}.${extension}`
}
