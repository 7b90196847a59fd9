import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/**
 * The list reporter marks a skipped test with "-" and no reason. This one prints each skipped
 * test with the reason it gave, so a run that skips (the real Electron app where its binary
 * is missing) says why in its own output.
 */
export default class SkipReasonsReporter implements Reporter {
  private readonly skipped: string[] = []

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return
    const reason = test.annotations.find((annotation) => annotation.type === 'skip')?.description
    this.skipped.push(
      `  skipped: ${test.titlePath().filter(Boolean).join(' › ')}${reason ? `\n    reason: ${reason}` : ''}`,
    )
  }

  onEnd(): void {
    if (this.skipped.length > 0) console.log(`\n${this.skipped.join('\n')}`)
  }

  printsToStdio(): boolean {
    return true
  }
}
