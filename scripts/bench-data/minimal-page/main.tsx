import { Dexie } from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import { createRoot } from 'react-dom/client'

/**
 * The baseline for the journal's first page: the least a React + Dexie page does to list the
 * newest 50 entries of a database (the app's, read in place, on the same origin). Built by
 * Vite with the app's React plugin; the same list markup as the journal screen.
 */

interface Entry {
  id: string
  kind: string
  date: string
  title: string
  company?: string
}

const databaseName = new URLSearchParams(location.search).get('db') ?? 'tidemark'
// No schema declared: Dexie opens the stores as they are on disk.
const db = new Dexie(databaseName)

function Newest() {
  const entries = useLiveQuery(() =>
    db.table<Entry, string>('journal').orderBy('date').reverse().limit(50).toArray(),
  )
  return (
    <ol className="entry-list">
      {entries?.map((entry) => (
        <li key={entry.id} className="entry">
          <span>{entry.kind}</span>
          <time dateTime={entry.date}>{entry.date}</time>
          <span>{entry.title}</span>
          {entry.company && <span>{entry.company}</span>}
        </li>
      ))}
    </ol>
  )
}

// Opened before the first render, as the app does: a database opened without a schema knows
// its tables only once open.
const container = document.getElementById('root')
if (container) {
  void db.open().then(() => {
    createRoot(container).render(<Newest />)
  })
}
