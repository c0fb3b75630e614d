/**
 * Builds and renders the portal for the publisher. Started with an IPC channel it stays warm
 * between publishes; each message `{ id, cwd, env, render? }` answers `{ id, ok, error? }`:
 *
 * - without `render`, one `astro build` with those variables (the sitemap after an
 *   incremental publish);
 * - with `render`, the pages of the scope through the page renderer
 *   (src/integrations/pageRenderer.mjs): a server build of the portal, made once and kept
 *   loaded, so an incremental publish renders its pages without a Vite/Rollup build. The
 *   renderer is built again when content it holds changed (the content-layer collections
 *   bundled into it), never for articles, journal issues or bulletins, which pages read from
 *   the snapshot as they render.
 *
 * Without IPC it runs one build from the environment and exits. Each build runs in the
 * working directory it is given: Astro puts its intermediate server bundle there (the
 * publisher gives every build its own, inside the site).
 */
import crypto from 'node:crypto'
import { rmSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { build } from 'astro'

import { linkMedia } from '../src/integrations/mediaAssets.mjs'
import { checkArticlePageCount } from '../src/integrations/pageCountGuard.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BUILD_VARIABLES = ['PORTAL_CONTENT_DIR', 'PORTAL_OUT_DIR', 'PORTAL_SCOPE', 'PORTAL_SITEMAP', 'PORTAL_SITEMAP_PAGES', 'PORTAL_CACHE_DIR', 'PORTAL_SITE_URL', 'PORTAL_RENDERER']
/** Snapshot files pages read while rendering (src/loaders/articles.ts, submissionLine.ts): not bundled into the renderer. */
const READ_WHILE_RENDERING = new Set(['articles.json', 'bodies', 'submission-line.json', 'manifest.json', 'media'])
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
  await build({ root, logLevel: 'error' })
}

/** @type {{ key: string, dir: string, renderPages: (onPage: (page: { file: string, body: Buffer }) => Promise<void>) => Promise<number> } | null} */
let renderer = null

/** What the renderer holds: the content-layer part of the snapshot and the site's address. */
async function rendererKey(contentDir) {
  const hash = crypto.createHash('sha256').update(process.env.PORTAL_SITE_URL ?? '')
  const files = (await fs.readdir(contentDir)).filter((f) => !READ_WHILE_RENDERING.has(f)).sort()
  for (const file of files) hash.update(file).update(await fs.readFile(path.join(contentDir, file)))
  return hash.digest('hex')
}

async function buildRenderer({ cwd, env }, key) {
  const dir = path.join(root, '.builds', `renderer-${process.pid}-${Date.now()}`)
  await runBuild({ cwd, env: { ...env, PORTAL_RENDERER: '1', PORTAL_OUT_DIR: dir, PORTAL_SCOPE: undefined } })
  const { renderPages } = await import(pathToFileURL(path.join(dir, 'server', 'entry.mjs')).href)
  // The old renderer's pages may still be loading lazily until now; from here on only the new one renders.
  if (renderer) await fs.rm(renderer.dir, { recursive: true, force: true })
  renderer = { key, dir, renderPages }
}

const isArticlePage = (file) => /^articles\/[^/]+\/index\.html$/.test(file)

async function runRender({ cwd, env }) {
  const key = await rendererKey(env.PORTAL_CONTENT_DIR)
  if (renderer?.key !== key) await buildRenderer({ cwd, env }, key)
  useEnvironment(env)
  const outDir = env.PORTAL_OUT_DIR
  let articlePages = 0
  await renderer.renderPages(async ({ file, body }) => {
    const target = path.join(outDir, file)
    await fs.mkdir(path.dirname(target), { recursive: true })
    await fs.writeFile(target, body)
    if (isArticlePage(file)) articlePages++
  })
  // As `astro build` does: the client assets and public files, and the snapshot's images.
  await fs.cp(path.join(renderer.dir, 'client'), outDir, { recursive: true })
  await linkMedia(env.PORTAL_CONTENT_DIR, outDir)
  checkArticlePageCount(articlePages, env.PORTAL_CONTENT_DIR)
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

if (process.send) {
  await removeStaleRenderers()
  process.on('message', async (message) => {
    let reply
    try {
      await (message.render ? runRender(message) : runBuild(message))
      reply = { id: message.id, ok: true }
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
} else {
  runBuild({ cwd: process.cwd(), env: process.env }).then(() => {
    // For the publisher's log and the benchmark: the most memory this build held (KiB).
    console.error(`BUILD_STATS ${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}`)
  }, (error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
