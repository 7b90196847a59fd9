import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { dirname, basename, join } from 'node:path'

/**
 * Writes a file so that a crash or a full disk never leaves it half written: the contents go
 * to a temporary file in the same folder, are flushed to disk, then renamed over the target
 * (rename is atomic within one file system).
 */
function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
}

export async function writeFileAtomically(
  path: string,
  contents: string | Uint8Array,
): Promise<void> {
  const temporary = temporaryPathFor(path)
  const handle = await open(temporary, 'w')
  try {
    await (typeof contents === 'string'
      ? handle.writeFile(contents, 'utf8')
      : handle.writeFile(contents))
    await handle.sync()
  } catch (error) {
    await handle.close()
    await rm(temporary, { force: true })
    throw error
  }
  await handle.close()
  try {
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** The same, blocking: for the few bytes written while the app is closing. */
export function writeFileAtomicallySync(path: string, contents: string): void {
  const temporary = temporaryPathFor(path)
  try {
    const descriptor = openSync(temporary, 'w')
    try {
      writeSync(descriptor, contents)
      fsyncSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
