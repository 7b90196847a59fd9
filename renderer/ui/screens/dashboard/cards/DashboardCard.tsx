import { useId, type ReactNode } from 'react'

/** One card of the dashboard: a titled region that ends with a link to the screen it sums up. */
export function DashboardCard({
  title,
  link,
  className,
  testId,
  children,
}: {
  title: string
  link: { href: string; label: string }
  className?: string
  testId?: string
  children: ReactNode
}) {
  const titleId = useId()
  return (
    <section
      className={className ? `dash-card ${className}` : 'dash-card'}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="dash-card-body">{children}</div>
      <p className="dash-card-link">
        <a href={link.href}>{link.label}</a>
      </p>
    </section>
  )
}
