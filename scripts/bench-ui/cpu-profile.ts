import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { SourceMap, type SourceMapPayload } from 'node:module'
import { join } from 'node:path'
import type { CDPSession, Page } from '@playwright/test'

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}

interface ProfileNode {
  id: number
  callFrame: CallFrame
  parent?: number
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export interface ProfileSummary {
  file: string
  totalMs: number
  /** Time in the function itself, by function and module; the most first. */
  selfByFunction: [string, number][]
  /** Time in the function and what it called (each sample counted once per function). */
  totalByFunction: [string, number][]
  selfByModule: [string, number][]
}

/** Chromium's sampling profiler over the page's main thread, through the DevTools protocol. */
export class CpuProfiler {
  private constructor(private readonly session: CDPSession) {}

  static async start(page: Page): Promise<CpuProfiler> {
    const session = await page.context().newCDPSession(page)
    await session.send('Profiler.enable')
    await session.send('Profiler.setSamplingInterval', { interval: 100 })
    await session.send('Profiler.start')
    return new CpuProfiler(session)
  }

  /** Stops, writes the profile (for DevTools' Performance panel) and sums it up. */
  async stop(file: string, siteDir: string): Promise<ProfileSummary> {
    const { profile } = (await this.session.send('Profiler.stop')) as { profile: CpuProfile }
    await this.session.detach()
    writeFileSync(file, JSON.stringify(profile))
    return summarise(profile, file, new ModuleMap(siteDir))
  }
}

/** A dependency by its package: `../node_modules/react-dom/cjs/x.js` → `react-dom`. */
const PACKAGE = /node_modules\/((?:@[^/]+\/)?[^/]+)\//
const OWN_SOURCE = /(?:^|\/)((?:renderer|node_modules)\/.*)$/

/** The source a position in a built chunk comes from, through the chunk's source map. */
class ModuleMap {
  private readonly maps = new Map<string, SourceMap | undefined>()

  constructor(private readonly siteDir: string) {}

  /** `renderer/ui/x.tsx:12` for the app's code, the package's name for a dependency's. */
  sourceAt(url: string, line: number, column: number): { module: string; place: string } {
    const path = /\/(assets\/[^?#]+\.js)/.exec(url)?.[1]
    if (!path) return { module: url, place: url }
    if (!this.maps.has(path)) {
      const mapFile = join(this.siteDir, `${path}.map`)
      this.maps.set(
        path,
        existsSync(mapFile)
          ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapPayload)
          : undefined,
      )
    }
    const entry = this.maps.get(path)?.findEntry(line, column)
    if (!entry || !('originalSource' in entry)) return { module: path, place: path }
    const own = OWN_SOURCE.exec(entry.originalSource)?.[1] ?? entry.originalSource
    const dependency = PACKAGE.exec(own)?.[1]
    return dependency
      ? { module: dependency, place: dependency }
      : { module: own, place: `${own}:${String(entry.originalLine + 1)}` }
  }
}

function summarise(profile: CpuProfile, file: string, modules: ModuleMap): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parentOf = new Map<number, number>()
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parentOf.set(child, node.id)
  }
  const describe = new Map<number, { fn: string; module: string }>()
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame
    if (!url) {
      // The engine's own entries: (idle), (program) (style, layout, paint and other work
      // outside JavaScript), (garbage collector), and the browser's functions JS called.
      const engine = functionName.startsWith('(') ? functionName : '(browser functions)'
      describe.set(node.id, { fn: functionName || '(root)', module: engine })
      continue
    }
    const { module, place } = modules.sourceAt(url, lineNumber, columnNumber)
    describe.set(node.id, { fn: `${functionName || '(anonymous)'}  ${place}`, module })
  }

  const self = new Map<string, number>()
  const total = new Map<string, number>()
  const selfModule = new Map<string, number>()
  const add = (map: Map<string, number>, key: string, ms: number) =>
    map.set(key, (map.get(key) ?? 0) + ms)
  let totalMs = 0
  profile.samples.forEach((sample, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000
    totalMs += ms
    const leaf = describe.get(sample)
    if (!leaf) return
    add(self, leaf.fn, ms)
    add(selfModule, leaf.module, ms)
    const seen = new Set<string>()
    for (let id: number | undefined = sample; id !== undefined; id = parentOf.get(id)) {
      const key = describe.get(id)?.fn
      if (key === undefined || seen.has(key) || byId.get(id)?.callFrame.url === '') continue
      seen.add(key)
      add(total, key, ms)
    }
  })
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1])
  return {
    file,
    totalMs,
    selfByFunction: top(self),
    totalByFunction: top(total),
    selfByModule: top(selfModule),
  }
}
