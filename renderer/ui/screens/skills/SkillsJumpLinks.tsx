import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import './skills-jump-links.css'

/** The ids the links land on: the assessment's heading and the score chart's (AssessmentPanel). */
export const ASSESSMENT_HEADING_ID = 'assessment-title'
export const TREND_FIGURE_ID = 'assessment-trend'

/**
 * Skip links to the assessment and its score chart, the first Tab stops after the screen's
 * heading (trial finding: the chart came after ~20 Tab stops, every skill's Edit and Remove and
 * every reason's Source first, more with each skill added). The forms stay first in the page
 * and on the left, as the screen reads; these links are hidden until they have the focus, as the
 * app's own "Skip to content" is, so a mouse user sees nothing new.
 */
export function SkillsJumpLinks() {
  const { t } = useTranslation()
  return (
    <nav className="skills-jump" aria-label={t('skills.jump.label')}>
      <a href={`#${ASSESSMENT_HEADING_ID}`} onClick={jumpTo(assessmentHeading)}>
        {t('skills.jump.assessment')}
      </a>
      <a href={`#${TREND_FIGURE_ID}`} onClick={jumpTo(trendChart)}>
        {t('skills.jump.chart')}
      </a>
    </nav>
  )
}

/** The hash is the router's: a link moves the focus itself instead of replacing the route. */
function jumpTo(target: () => HTMLElement | null) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    target()?.focus()
  }
}

function assessmentHeading(): HTMLElement | null {
  return document.getElementById(ASSESSMENT_HEADING_ID)
}

/**
 * The chart itself, its one Tab stop, where the arrow keys read out its points; its heading
 * while the drawing loads or when there are too few days to draw.
 */
function trendChart(): HTMLElement | null {
  const heading = document.getElementById(`${TREND_FIGURE_ID}-title`)
  const figure = heading?.parentElement
  return figure?.querySelector<HTMLElement>('[tabindex="0"]') ?? heading ?? null
}
