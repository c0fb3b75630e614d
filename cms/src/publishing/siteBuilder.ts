/**
 * Talks to the portal's builder (site/scripts/builder.mjs), a process kept warm between
 * publishes: it renders pages through the page renderer it keeps loaded (no Vite/Rollup build
 * per publish; a full publish of a large portal is split between processes that end with it,
 * so 100,000 pages return their memory).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'

export type BuildRequest = {
  env: Record<string, string | undefined>
  /** Split the rendering between this many processes (a full publish of a large portal). */
  shares?: number
}

/** What a render answers: the most memory a rendering process held, and the time building the renderer took (0: reused). */
export type BuildResult = { peakMiB: number; rendererMs: number } | undefined

/**
 * Astro writes its intermediate server bundle under the working directory when the output is
 * elsewhere; the bundle imports Astro's packages, so it must sit inside the site (where
 * node_modules resolve), and each build gets its own, so builds side by side never mix.
 */
async function withBuildDirectory<T>(root: string, run: (cwd: string) => Promise<T>): Promise<T> {
  const parent = path.join(root, 'site', '.builds')
  await fs.mkdir(parent, { recursive: true })
  const cwd = await fs.mkdtemp(path.join(parent, 'build-'))
  // Astro reads this folder after emptying it and deletes *.d.ts in it: a placeholder keeps it.
  await fs.mkdir(path.join(cwd, '.astro'))
  await fs.writeFile(path.join(cwd, '.astro', 'keep.d.ts'), '')
  try {
    return await run(cwd)
  } finally {
    await fs.rm(cwd, { recursive: true, force: true })
  }
}

const builderScript = (root: string) => path.join(root, 'site', 'scripts', 'builder.mjs')

type Pending = { resolve: (result: BuildResult) => void; reject: (error: Error) => void }

class WarmBuilder {
  private child: ChildProcess | null = null
  private ready: Promise<void> | null = null
  private pending = new Map<number, Pending>()
  private nextId = 1
  private errors = ''

  constructor(private readonly root: string) {}

  private start(): Promise<void> {
    // spawn with an IPC channel rather than fork: fork's module resolution stops Next's bundler.
    const child = spawn(process.execPath, [builderScript(this.root)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], env: process.env })
    this.child = child
    child.stderr?.on('data', (chunk) => (this.errors = (this.errors + chunk).slice(-4000)))
    this.ready = new Promise((resolve, reject) => {
      child.once('error', reject)
      child.on('message', (message: { ready?: boolean; id?: number; ok?: boolean; result?: BuildResult; error?: string }) => {
        if (message.ready) return resolve()
        const waiting = this.pending.get(message.id!)
        if (!waiting) return
        this.pending.delete(message.id!)
        if (this.pending.size === 0) this.idle()
        if (message.ok) waiting.resolve(message.result)
        else waiting.reject(new Error(`门户构建失败：${message.error}${this.errors.trim() ? `\n${this.errors.trim().slice(-2000)}` : ''}`))
      })
    })
    child.on('exit', (code, signal) => {
      this.child = null
      this.ready = null
      const error = new Error(`门户构建进程退出（${signal ?? `退出码 ${code}`}）：${this.errors.trim().slice(-2000)}`)
      for (const waiting of this.pending.values()) waiting.reject(error)
      this.pending.clear()
    })
    return this.ready
  }

  /** A waiting builder must not keep a finished command (or a test run) alive. */
  private idle() {
    this.child?.unref()
    ;(this.child?.channel as { unref?: () => void } | undefined)?.unref?.()
  }

  private busy() {
    this.child?.ref()
    ;(this.child?.channel as { ref?: () => void } | undefined)?.ref?.()
  }

  private queue: Promise<unknown> = Promise.resolve()

  /** One build at a time: a build sets the process's environment and working directory. */
  build(request: BuildRequest): Promise<BuildResult> {
    const next = this.queue.then(() => this.run(request))
    this.queue = next.catch(() => undefined)
    return next
  }

  private async run(request: BuildRequest): Promise<BuildResult> {
    if (!this.child) await this.start()
    else await this.ready
    this.busy()
    const id = this.nextId++
    this.errors = ''
    return withBuildDirectory(this.root, (cwd) => new Promise<BuildResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.child!.send({ id, cwd, env: request.env, shares: request.shares })
    }))
  }

  stop() {
    this.child?.kill()
  }
}

const builders = new Map<string, WarmBuilder>()

/** Renders the scope's pages with the warm builder of this repository (started on first use). */
export function buildWarm(root: string, request: BuildRequest): Promise<BuildResult> {
  let builder = builders.get(root)
  if (!builder) builders.set(root, (builder = new WarmBuilder(root)))
  return builder.build(request)
}

export function stopBuilders() {
  for (const builder of builders.values()) builder.stop()
  builders.clear()
}
