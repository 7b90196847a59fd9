// Types for scripts/security-scan.mjs, which stays plain JavaScript so Node runs it uncompiled.
export interface Finding {
  check: string
  severity: string
  confidence: string
  file: string
  location: string
  sample: string
  description: string
}
export declare function parseCsv(text: string): string[][]
export declare function readFindings(text: string): Finding[] | null
