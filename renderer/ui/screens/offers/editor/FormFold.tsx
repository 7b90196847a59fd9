import type { ReactNode } from 'react'

/**
 * A group's inputs folded under one line that says what they hold now ("Your answers: 5 don’t
 * know yet", "Ticked: none yet"). Closed, its inputs are not Tab stops (trial 20 #10: the
 * checklist, the red flags with their sources and the role's twelve skills made Save 56 Tab
 * stops from Company); Enter or Space on the line opens it. The inputs stay in the form while
 * closed, so nothing they hold is lost or left out of the saved offer.
 */
export function FormFold({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="oe-fold">
      <summary>{summary}</summary>
      <div className="oe-fold-body">{children}</div>
    </details>
  )
}
