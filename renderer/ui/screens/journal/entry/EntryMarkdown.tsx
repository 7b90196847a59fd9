import { useRef, type ComponentProps, type MouseEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import Markdown, { type Components, type Options, type UrlTransform } from 'react-markdown'
import remarkGfm from 'remark-gfm'
import { useOverflowsSideways } from '../../../hooks/use-overflows-sideways'
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
  // GitHub's Markdown, which engineers write by habit (new-user trial 22 #7: a results table
  // showed as one line of pipes): tables, ~~struck~~ text, and task lists' ticks (drawn by
  // TaskBox as marks, never a form control).
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'del',
  'input',
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

/** The part of a HTML syntax tree (hast) the heading pass reads and changes. */
interface TreeNode {
  type: string
  tagName?: string
  children?: TreeNode[]
}

const HEADING = /^h([1-6])$/

/**
 * A rehype pass that puts the text's headings under the page's: the highest level the text
 * uses becomes `top` (h3 under the entry's h2) and each lower one the next, so no level is
 * skipped whether the text starts at # or at ##.
 */
export function nestHeadings(top: number) {
  return () => (tree: TreeNode) => {
    const headings: { node: TreeNode; level: number }[] = []
    const walk = (node: TreeNode) => {
      const match = node.type === 'element' ? HEADING.exec(node.tagName ?? '') : null
      if (match) headings.push({ node, level: Number(match[1]) })
      node.children?.forEach(walk)
    }
    walk(tree)
    const levels = [...new Set(headings.map((heading) => heading.level))].sort((a, b) => a - b)
    for (const { node, level } of headings) {
      node.tagName = `h${String(Math.min(6, top + levels.indexOf(level)))}`
    }
  }
}

/**
 * A table in a box of its own: a wide one scrolls sideways inside it, and then the box is a
 * named region the keyboard can reach and scroll (axe: scrollable-region-focusable), as the
 * dashboard's tables are.
 */
function Table({ children }: ComponentProps<'table'>) {
  const { t } = useTranslation()
  const box = useRef<HTMLDivElement>(null)
  const overflows = useOverflowsSideways(box)
  return (
    <div
      ref={box}
      className="je-md-table"
      {...(overflows
        ? { role: 'region', tabIndex: 0, 'aria-label': t('journalEntry.markdown.wideTable') }
        : {})}
    >
      <table>{children}</table>
    </div>
  )
}

/**
 * A task list's tick ("- [x] 复现论文"), drawn as a mark with its words, never a form control: a
 * checkbox here would be one that does nothing, and unlabelled (axe: label).
 */
function TaskBox({ type, checked }: ComponentProps<'input'>) {
  const { t } = useTranslation()
  if (type !== 'checkbox') return null
  return (
    <span
      className="je-md-task"
      role="img"
      aria-label={t(checked ? 'journalEntry.markdown.taskDone' : 'journalEntry.markdown.taskOpen')}
    >
      {checked ? '☑' : '☐'}
    </span>
  )
}

const COMPONENTS: Components = { a: link, img: Image, table: Table, input: TaskBox }
/** The part of a Markdown syntax tree (mdast) the footnote pass reads and changes. */
interface MarkdownNode {
  type: string
  value?: string
  label?: string | null
  identifier?: string
  children?: MarkdownNode[]
}

/**
 * A remark pass that gives footnotes back as written ("结果见表[^1]", "[^1]: 见附录"): GitHub's
 * footnotes need links within the page, which an entry does not follow (relative), so they drew
 * a plain "1" that read as part of the sentence, a dead "↩", and an English "Footnotes" heading
 * (review 29 G1).
 */
export function footnotesAsWritten() {
  return (tree: MarkdownNode) => {
    const walk = (node: MarkdownNode) => {
      if (!node.children) return
      node.children = node.children.flatMap((child): MarkdownNode[] => {
        const mark = `[^${child.label ?? child.identifier ?? ''}]`
        if (child.type === 'footnoteReference') return [{ type: 'text', value: mark }]
        if (child.type !== 'footnoteDefinition') return [child]
        const [first, ...rest] = child.children ?? []
        const lead: MarkdownNode = { type: 'text', value: `${mark}: ` }
        return first?.type === 'paragraph'
          ? [{ ...first, children: [lead, ...(first.children ?? [])] }, ...rest]
          : [{ type: 'paragraph', children: [lead] }, ...(child.children ?? [])]
      })
      node.children.forEach(walk)
    }
    walk(tree)
  }
}

/**
 * GitHub's Markdown, its footnotes as written. Only ~~two~~ tildes strike: a single one is how
 * a range is written ("月薪 3~5 万，年包 40~60 万" struck "5 万，年包 40" with remark-gfm's
 * default).
 */
const REMARK_PLUGINS: NonNullable<Options['remarkPlugins']> = [
  [remarkGfm, { singleTilde: false }],
  footnotesAsWritten,
]
const headingPasses = new Map<number, ReturnType<typeof nestHeadings>>()

function headingPass(top: number): ReturnType<typeof nestHeadings> {
  let pass = headingPasses.get(top)
  if (!pass) {
    pass = nestHeadings(top)
    headingPasses.set(top, pass)
  }
  return pass
}

/**
 * An entry's text, Markdown rendered safely: raw HTML shows as the text it is (never parsed:
 * no rehype-raw), only known elements are produced, a link opens in the system's browser
 * (through the platform) and never navigates the app, a javascript:, data: or relative URL
 * is no link at all, and no image is ever fetched. Its headings go under the page's own:
 * the text's highest level becomes `topHeading` (h3 by default).
 *
 * Load it lazily (lazy-markdown.ts): react-markdown stays out of the first screen's code.
 */
export function EntryMarkdown({ text, topHeading = 3 }: { text: string; topHeading?: number }) {
  return (
    <div className="je-markdown">
      <Markdown
        allowedElements={ALLOWED_ELEMENTS}
        unwrapDisallowed
        skipHtml={false}
        urlTransform={urlTransform}
        remarkPlugins={REMARK_PLUGINS}
        rehypePlugins={[headingPass(topHeading)]}
        components={COMPONENTS}
      >
        {text}
      </Markdown>
    </div>
  )
}

export default EntryMarkdown
