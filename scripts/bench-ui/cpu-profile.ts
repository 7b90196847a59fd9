import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CDPSession, Page } from '@playwright/test'

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
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

/** Which source module a line of an unminified chunk belongs to, from Rolldown's regions. */
class ModuleMap {
  private readonly chunks = new Map<string, (string | undefined)[]>()

  constructor(private readonly siteDir: string) {}

  moduleAt(url: string, line: number): string {
    const path = /\/(assets\/[^?#]+\.js)/.exec(url)?.[1]
    if (!path) return url === '' ? '(native)' : url
    let lines = this.chunks.get(path)
    if (!lines) {
      let current: string | undefined
      lines = readFileSync(join(this.siteDir, path), 'utf8')
        .split('\n')
        .map((text) => {
          if (text.startsWith('//#region ')) current = text.slice('//#region '.length).trim()
          else if (text.startsWith('//#endregion')) current = undefined
          return current
        })
      this.chunks.set(path, lines)
    }
    return lines[line] ?? path
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
    const { functionName, url, lineNumber } = node.callFrame
    const module = modules.moduleAt(url, lineNumber)
    const name = functionName || (url ? '(anonymous)' : '(root)')
    describe.set(node.id, { fn: url ? `${name}  ${module}` : name, module })
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
