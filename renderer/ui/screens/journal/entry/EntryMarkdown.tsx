import type { ComponentProps, MouseEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import Markdown, { type Components, type UrlTransform } from 'react-markdown'
import { useServices } from '../../../services'
import './entry-markdown.css'

/** What Markdown may produce: text, structure and links. Everything else is dropped. */
const ALLOWED_ELEMENTS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'em',
  'strong',
  'a',
  'img',
  'hr',
  'br',
]

/** Only a link the system may open: an absolute http, https or mailto URL. */
export function externalUrl(value: string): string | undefined {
  try {
    const url = new URL(value.trim())
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined
  } catch {
    // Relative ("#/skills", "notes.md") or not a URL at all: it would move the app, so no link.
    return undefined
  }
}

/** Every URL becomes a safe absolute one or '' (javascript:, data:, file:, relative: none). */
const urlTransform: UrlTransform = (value) => externalUrl(value) ?? ''

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6

/** Opens a link in the system's browser and never in the app (the click is taken over). */
function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation()
  const { platform } = useServices()
  function open(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault()
    // A refused link (the platform checks again) simply does not open.
    platform.openExternal(href).catch(() => undefined)
  }
  return (
    <a
      href={href}
      rel="noopener noreferrer"
      onClick={open}
      onAuxClick={(event) => {
        event.preventDefault()
      }}
    >
      {children}
      <span className="visually-hidden"> {t('journalEntry.markdown.external')}</span>
    </a>
  )
}

function link({ href, children }: ComponentProps<'a'>) {
  const url = href === undefined ? undefined : externalUrl(href)
  return url ? <ExternalLink href={url}>{children}</ExternalLink> : <span>{children}</span>
}

/** An image is never loaded: its alt text shows instead, a link to it where it is remote. */
function Image({ src, alt }: ComponentProps<'img'>) {
  const { t } = useTranslation()
  const url = typeof src === 'string' ? externalUrl(src) : undefined
  const label = alt
    ? t('journalEntry.markdown.image', { alt })
    : t('journalEntry.markdown.imageNoAlt')
  return (
    <span className="je-md-image">
      {url ? <ExternalLink href={url}>{label}</ExternalLink> : label}
    </span>
  )
}

function headings(offset: number): Components {
  const shifted = (level: HeadingLevel) => {
    const Tag = `h${String(Math.min(6, level + offset))}` as `h${HeadingLevel}`
    return function Heading({ children }: ComponentProps<'h1'>) {
      return <Tag>{children}</Tag>
    }
  }
  return {
    h1: shifted(1),
    h2: shifted(2),
    h3: shifted(3),
    h4: shifted(4),
    h5: shifted(5),
    h6: shifted(6),
  }
}

const componentsByOffset = new Map<number, Components>()

function componentsFor(offset: number): Components {
  let components = componentsByOffset.get(offset)
  if (!components) {
    components = { ...headings(offset), a: link, img: Image }
    componentsByOffset.set(offset, components)
  }
  return components
}

/**
 * An entry's text, Markdown rendered safely: raw HTML shows as the text it is (never parsed:
 * no rehype-raw), only known elements are produced, a link opens in the system's browser
 * (through the platform) and never navigates the app, a javascript:, data: or relative URL
 * is no link at all, and no image is ever fetched. `headingOffset` moves Markdown's headings
 * under the page's own (## becomes h4 with the default 2).
 *
 * Load it lazily (lazy-markdown.ts): react-markdown stays out of the first screen's code.
 */
export function EntryMarkdown({
  text,
  headingOffset = 2,
}: {
  text: string
  headingOffset?: number
}) {
  return (
    <div className="je-markdown">
      <Markdown
        allowedElements={ALLOWED_ELEMENTS}
        unwrapDisallowed
        skipHtml={false}
        urlTransform={urlTransform}
        components={componentsFor(headingOffset)}
      >
        {text}
      </Markdown>
    </div>
  )
}

export default EntryMarkdown
