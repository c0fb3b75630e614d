/**
 * Renders the portal for the publisher. Started with an IPC channel it stays warm between
 * publishes; each message `{ id, cwd, env, shares? }` renders the pages of the scope (all pages
 * for a full publish) and answers `{ id, ok, result?, error? }`. Pages go through the page
 * renderer (src/integrations/pageRenderer.mjs): a server build of the portal, made once and
 * kept loaded, so a publish renders its pages without a Vite/Rollup build. Pages read the
 * snapshot as they render; the renderer is built again only when the site's address or its
 * templates changed. With `shares`, the pages are split between that many processes.
 *
 * Each build runs in the working directory it is given: Astro puts its intermediate server
 * bundle there (the publisher gives every build its own, inside the site).
 */
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { build } from 'astro'

import { linkMedia } from '../src/integrations/mediaAssets.mjs'
import { checkArticlePageCount } from '../src/integrations/pageCountGuard.mjs'
import { renderInto } from '../src/integrations/pageRenderer.mjs'
import { siteUrl } from '../src/lib/siteUrl.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BUILD_VARIABLES = ['PORTAL_CONTENT_DIR', 'PORTAL_OUT_DIR', 'PORTAL_SCOPE', 'PORTAL_CACHE_DIR', 'PORTAL_SITE_URL', 'PORTAL_RENDERER']
/** Every build loads a new server bundle that stays in memory: after this many, a fresh process. */
const BUILDS_PER_PROCESS = 40

let builds = 0

function useEnvironment(env) {
  for (const name of BUILD_VARIABLES) {
    if (env[name] === undefined) delete process.env[name]
    else process.env[name] = env[name]
  }
}

async function runBuild({ cwd, env }) {
  useEnvironment(env)
  process.chdir(cwd)
  builds++
  // Errors only: a renderer build warns, for every dynamic page, that its getStaticPaths (kept for
  // the static build) is ignored in a server build.
  await build({ root, logLevel: 'error' })
}

/** @type {{ key: string, dir: string, renderPages: (onPage: (page: { file: string, body: Buffer }) => Promise<void>, options?: object) => Promise<number> } | null} */
let renderer = null

/**
 * What the renderer was built from: the site's address (in its manifest) and the templates.
 * Content is not in it: pages read the snapshot as they render (src/loaders/snapshot.ts).
 */
async function rendererKey(env) {
  const sources = await fs.readdir(path.join(root, 'src'), { recursive: true, withFileTypes: true })
  const times = await Promise.all(sources.filter((e) => e.isFile()).map((e) => fs.stat(path.join(e.parentPath ?? e.path, e.name)).then((s) => s.mtimeMs)))
  return `${siteUrl(env.PORTAL_CONTENT_DIR)} ${Math.max(0, ...times)}`
}

async function buildRenderer({ cwd, env }, key) {
  const dir = path.join(root, '.builds', `renderer-${process.pid}-${Date.now()}`)
  await runBuild({ cwd, env: { ...env, PORTAL_RENDERER: '1', PORTAL_OUT_DIR: dir, PORTAL_SCOPE: undefined } })
  const { renderPages } = await import(pathToFileURL(path.join(dir, 'server', 'entry.mjs')).href)
  // The old renderer's pages may still be loading lazily until now; from here on only the new one renders.
  if (renderer) await fs.rm(renderer.dir, { recursive: true, force: true })
  renderer = { key, dir, renderPages }
}

/** Heap of a process rendering a share of a full publish: 100,000 articles fit in 4 GB. */
const SHARE_HEAP_MB = 4096

/** Renders one share of the pages in its own process; resolves with what it wrote. */
function renderShare(entry, index, of) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${SHARE_HEAP_MB}`, path.join(root, 'scripts', 'render-share.mjs'), entry, String(index), String(of)], {
      cwd: root,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    let errors = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-4000)))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      const stats = /SHARE_STATS (\{.*\})/.exec(output)
      if (code === 0 && stats) resolve(JSON.parse(stats[1]))
      else reject(new Error(`第 ${index + 1} 部分页面渲染失败（${signal ?? `退出码 ${code}`}）：${errors.trim()}`))
    })
  })
}

/**
 * Renders the pages of the scope (PORTAL_SCOPE; all of them without one) into PORTAL_OUT_DIR,
 * in this process or, given `shares` > 1, split between it and `shares` - 1 more processes.
 * Resolves with the most memory the rendering process (or a share process) held, in MiB, and
 * how long building the renderer took (0 when the loaded one was still current).
 */
async function runRender({ cwd, env, shares = 1 }) {
  useEnvironment(env)
  const key = await rendererKey(env)
  const started = performance.now()
  if (renderer?.key !== key) await buildRenderer({ cwd, env }, key)
  const rendererMs = Math.round(performance.now() - started)
  useEnvironment(env)
  const outDir = env.PORTAL_OUT_DIR
  // With shares, this process renders the first (its renderer is loaded and its code already
  // optimised by earlier publishes) and new processes the others, side by side.
  const entry = path.join(renderer.dir, 'server', 'entry.mjs')
  // Every share ends before this answers, failed or not: nothing writes into a release being removed.
  const settled = await Promise.allSettled([
    renderInto(renderer.renderPages, outDir, { share: { index: 0, of: shares } }),
    ...Array.from({ length: shares - 1 }, (_, k) => renderShare(entry, k + 1, shares)),
  ])
  const failed = settled.find((s) => s.status === 'rejected')
  if (failed) throw failed.reason
  const written = settled.map((s) => s.value)
  const articlePages = written.reduce((sum, w) => sum + w.articlePages, 0)
  const peakKiB = Math.max(process.resourceUsage().maxRSS, ...written.slice(1).map((w) => w.maxRssKiB))
  // As `astro build` does: the client assets and public files, and the snapshot's images.
  await fs.cp(path.join(renderer.dir, 'client'), outDir, { recursive: true })
  await linkMedia(env.PORTAL_CONTENT_DIR, outDir)
  checkArticlePageCount(articlePages, env.PORTAL_CONTENT_DIR)
  return { peakMiB: Math.round(peakKiB / 1024), rendererMs }
}

/** Renderers left behind by builder processes that are gone. */
async function removeStaleRenderers() {
  const entries = await fs.readdir(path.join(root, '.builds')).catch(() => [])
  for (const name of entries) {
    const pid = Number(/^renderer-(\d+)-/.exec(name)?.[1])
    if (!pid) continue
    let alive = true
    try {
      process.kill(pid, 0)
    } catch {
      alive = false
    }
    if (!alive) await fs.rm(path.join(root, '.builds', name), { recursive: true, force: true })
  }
}

if (!process.send) {
  console.error('builder.mjs 由发布程序启动（需要 IPC 通道）。单独构建门户请运行 npm run build -w site。')
  process.exit(2)
}

await removeStaleRenderers()
process.on('message', async (message) => {
  let reply
  try {
    const result = await runRender(message)
    reply = { id: message.id, ok: true, result }
  } catch (error) {
    reply = { id: message.id, ok: false, error: error instanceof Error ? `${error.message}` : String(error) }
  }
  // The publisher starts a new builder on its next request.
  process.send(reply, () => builds >= BUILDS_PER_PROCESS && process.exit(0))
})
process.on('exit', () => renderer && rmSync(renderer.dir, { recursive: true, force: true }))
// The publisher went away or stopped it: nothing more to build.
process.on('disconnect', () => process.exit(0))
process.on('SIGTERM', () => process.exit(0))
process.send({ ready: true })
