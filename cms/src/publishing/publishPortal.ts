/**
 * Publishes the portal: brings the content snapshot up to date with what the public may see,
 * decides what to render (planPublish) and puts it live in two phases.
 *
 * Phase 1 — pages, rendered by the warm builder's page renderer. A full build renders
 * everything into a new release directory and, only when it passed its checks, swaps the live
 * link to it. An incremental build renders only the pages the change affects into a scratch
 * directory; when it passed its checks the pages are moved into the live release file by file.
 * Either way a failed or killed build leaves the live portal as it was. Phase 2 — the sitemap
 * of all live pages, by section (only changed sections are written), then the search index: its shards whose pages changed
 * are rebuilt and a new manifest swapped in (site/scripts/search-index.mjs).
 *
 * One publisher at a time (a PostgreSQL advisory lock), every run recorded in 发布日志.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { EMPTY_SCOPE, PORTAL_ENV, type PortalManifest, type PortalScope, pageFolder, SECTION_FOLDERS, serializeScope, SNAPSHOT_FILES, urls } from '@gov/portal-contract'

import { applyRendered, countArticlePages } from './applyIncremental'
import { exportPortalContent } from './exportPortalContent'
import { builderEnv, portalPaths } from './paths'
import { planPublish, type PublishPlan } from './planPublish'
import { withPublishLock } from './publishLock'
import { activateRelease, activeRelease, pruneReleases, RELEASE_MANIFEST } from './releases'
import { renderAll } from './renderAll'
import { type BuildResult, buildWarm } from './siteBuilder'

export type PublishResult = {
  status: 'succeeded' | 'failed' | 'skipped'
  mode?: 'full' | 'incremental' | 'unchanged'
  pages?: number
  release?: string
  /** From the start of the publish until the pages were live. */
  liveMs?: number
  /** Time phase two took (the sitemap, the search index), when it ran. */
  searchMs?: number
  /**
   * Phase 1 in parts: reading the CMS, rendering with Astro (including building the page renderer when it was not current: rendererMs), moving pages into place.
   * Of these, planMs (deciding what to render, part of buildMs) and checkMs (counting the article pages, part of applyMs).
   */
  timings?: { exportMs: number; buildMs: number; applyMs: number; rendererMs: number; planMs: number; checkMs: number }
  /** Phase two in parts, when it ran: the sitemap script and the search-index script. */
  /** `changedPages`: how many pages phase two looked at, from the release's record; null when it walked every page. */
  followUp?: { listsMs: number; sitemapMs: number; searchIndexMs: number; changedPages: number | null }
  /** Most memory a full build held. */
  buildPeakMiB?: number | null
  error?: string
}

const MANIFEST = RELEASE_MANIFEST
/** Present while pages are being moved into the live release: if a publish dies there, the next one builds everything. */
const APPLYING = 'applying'
/** The manifest time of the pages the release's sitemap and search index were made from. */
const FOLLOW_UP_STATE = 'search-indexed'
/** The search index's folder in a release's site (site/scripts/search-index.mjs). */
const SEARCH_DIR = pageFolder(urls.searchIndex())

export async function publishPortal(payload: Payload, { trigger, full = false }: { trigger: string; full?: boolean }): Promise<PublishResult> {
  const outcome = await withPublishLock(payload, () => publishLocked(payload, trigger, full))
  // Another worker is publishing: its run, or the next one queued, will include this change.
  return outcome.locked ? outcome.result : { status: 'skipped' }
}

/** Connection errors: the server restarted or closed the connection (pg_terminate_backend). */
const CONNECTION_ERROR_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE'])

/** The reason a publish failed, as 发布日志 shows it. */
export function describePublishError(error: unknown): string {
  const { message = String(error), code } = (error ?? {}) as { message?: string; code?: string }
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause
  const lost =
    (code && CONNECTION_ERROR_CODES.has(code)) ||
    (cause?.code && CONNECTION_ERROR_CODES.has(cause.code)) ||
    /Connection terminated|terminating connection|connection (?:is )?closed|ECONNRESET|ECONNREFUSED/i.test(`${message} ${cause?.message ?? ''}`)
  return lost ? `数据库连接中断，本次发布未完成，将自动重试：${cause?.message ?? message}` : message
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} 秒`

async function readManifest(releaseDir: string): Promise<PortalManifest | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(releaseDir, MANIFEST), 'utf8')) as PortalManifest
  } catch {
    return null
  }
}

async function publishLocked(payload: Payload, trigger: string, forceFull: boolean): Promise<PublishResult> {
  const started = new Date()
  const paths = portalPaths()
  const log = await payload.create({
    collection: 'publish-logs',
    overrideAccess: true,
    data: { status: 'running', trigger, summary: `发布中：${trigger}`, startedAt: started.toISOString() },
  })
  const finish = async (data: Record<string, unknown>) => {
    const finished = new Date()
    await payload.update({
      collection: 'publish-logs',
      id: log.id,
      overrideAccess: true,
      data: { ...data, finishedAt: finished.toISOString(), durationMs: finished.getTime() - started.getTime() },
    })
  }
  let scratch: string | null = null
  try {
    await fs.mkdir(paths.work, { recursive: true })
    const liveSite = await activeRelease(paths.live)
    const liveRelease = liveSite ? path.dirname(liveSite) : null
    const interrupted = liveRelease ? await fs.stat(path.join(liveRelease, APPLYING)).then(() => true, () => false) : false
    const liveManifest = liveRelease && !forceFull && !interrupted ? await readManifest(liveRelease) : null
    const manifest = await exportPortalContent(payload, paths.content, { full: !liveManifest })
    const exported = Date.now()
    let built = exported
    let buildPeakMiB: number | null = null
    let rendererMs = 0
    let checkMs = 0
    const plan: PublishPlan = forceFull ? { mode: 'full', reason: '手动全量发布' } : planPublish(liveManifest, manifest)
    const planMs = Date.now() - exported

    let release = liveRelease ? path.basename(liveRelease) : ''
    let summary: string
    if (plan.mode === 'full') {
      release = started.toISOString().replace(/[:.]/g, '-')
      const releaseDir = path.join(paths.releases, release)
      scratch = releaseDir
      await fs.mkdir(releaseDir, { recursive: true })
      const rendered = await renderAll(paths, manifest, releaseDir)
      buildPeakMiB = rendered.peakMiB
      rendererMs = rendered.rendererMs
      built = Date.now()
      await checkArticlePages(path.join(releaseDir, 'site'), manifest)
      checkMs = Date.now() - built
      await fs.writeFile(path.join(releaseDir, MANIFEST), JSON.stringify(manifest))
      // Until phase two made its own, the new release serves the last sitemap and search index;
      // the first release gets its sitemap now.
      if (liveSite) await copyFollowUps(liveSite, path.join(releaseDir, 'site'))
      else await refreshSitemap(paths, path.join(releaseDir, 'site'))
      await activateRelease(paths.live, path.join(releaseDir, 'site'))
      scratch = null
      await pruneReleases(paths.releases, paths.live)
      summary = `全量发布 ${manifest.counts.articles} 篇文章（${plan.reason}${rendered.processes > 1 ? `，${rendered.processes} 个进程并行渲染` : ''}）`
    } else if (plan.mode === 'incremental') {
      scratch = path.join(paths.work, `build-${process.pid}-${started.getTime()}`)
      await fs.mkdir(scratch, { recursive: true })
      // Folders whose pages are all rendered again: the disclosure section, journals and bulletins, 互动交流.
      // A changed column's list gets its first pages and its feed now, the rest in phase two.
      const replace = [
        ...(plan.disclosure ? SECTION_FOLDERS.disclosure : []),
        ...(plan.submissionLine ? SECTION_FOLDERS.submissionLine : []),
        ...(plan.interaction ? SECTION_FOLDERS.interaction : []),
      ]
      // The sitemap follows in phase two, with the search index.
      const columnHeads = Object.fromEntries(plan.columns.map((slug) => [slug, listHeadPages()]))
      const scope: PortalScope = { articles: plan.render, columns: [], columnHeads, disclosure: plan.disclosure, submissionLine: plan.submissionLine, interaction: plan.interaction }
      rendererMs = (await renderScoped(paths, scratch, scope))?.rendererMs ?? 0
      built = Date.now()
      await fs.writeFile(path.join(liveRelease!, APPLYING), trigger)
      const applied = await applyRendered(liveSite!, path.join(scratch, 'site'), { remove: plan.remove, replace })
      await recordPageChanges(liveRelease!, applied.pages)
      const checking = Date.now()
      await checkArticlePages(liveSite!, manifest)
      checkMs = Date.now() - checking
      await addPendingLists(liveRelease!, plan.columns)
      await fs.writeFile(path.join(liveRelease!, MANIFEST), JSON.stringify(manifest))
      await fs.rm(path.join(liveRelease!, APPLYING))
      summary = `增量发布：${plan.render.length} 篇更新、${plan.remove.length} 篇撤下，重新生成栏目 ${plan.columns.join('、') || '无'}${plan.disclosure ? '、政府信息公开' : ''}${plan.submissionLine ? '、政务信息刊物和通报' : ''}${plan.interaction ? '、互动交流' : ''}`
    } else {
      summary = '内容无变化'
    }
    const liveMs = Date.now() - started.getTime()
    const timings = { exportMs: exported - started.getTime(), buildMs: built - exported, applyMs: Date.now() - built, rendererMs, planMs, checkMs }

    // Phase two: the rest of the changed columns' lists, the sitemap and the search index.
    let searchMs: number | undefined
    let followUp: PublishResult['followUp']
    const site = await activeRelease(paths.live)
    if (site && (await followUpStale(site))) {
      const what = (await pendingLists(path.dirname(site))).length ? '其余列表页、站点地图和搜索索引' : '站点地图和搜索索引'
      // A publish queued behind this one does it anyway (a manual one never leaves it).
      if (!forceFull && (await anotherPublishWaiting(payload))) {
        summary += `；页面 ${seconds(liveMs)}上线，${what}留待下一次发布更新`
      } else {
        const followUpStarted = Date.now()
        await renderPendingLists(paths, site, trigger, started)
        const listsDone = Date.now()
        const changes = await pageChangesFile(path.dirname(site))
        const recorded = changes ? (JSON.parse(await fs.readFile(changes, 'utf8')) as string[] | 'walk') : 'walk'
        await refreshSitemap(paths, site, changes)
        const sitemapDone = Date.now()
        await buildSearchIndex(paths.root, site, changes)
        if (changes) await fs.rm(changes, { force: true })
        searchMs = Date.now() - followUpStarted
        followUp = { listsMs: listsDone - followUpStarted, sitemapMs: sitemapDone - listsDone, searchIndexMs: Date.now() - sitemapDone, changedPages: Array.isArray(recorded) ? recorded.length : null }
        summary += `；页面 ${seconds(liveMs)}上线，${what} ${seconds(searchMs)}`
      }
    }
    await finish({ status: 'succeeded', summary: `${summary}（${trigger}）`, release, pages: manifest.counts.articles, revisions: manifest.revisions })
    return { status: 'succeeded', mode: plan.mode, pages: manifest.counts.articles, release, liveMs, searchMs, timings, followUp, buildPeakMiB }
  } catch (error) {
    const message = describePublishError(error)
    // The snapshot may hold what failed: the next publish reads everything afresh.
    await fs.rm(path.join(paths.content, SNAPSHOT_FILES.articles), { force: true })
    // With the database still away the log stays 发布中 until a worker finds it (recoverInterruptedPublishes).
    await finish({ status: 'failed', summary: `发布失败，网站保持原样（${trigger}）`, error: message }).catch((logError: Error) =>
      payload.logger.error(`发布日志未能记录失败：${logError.message}`),
    )
    return { status: 'failed', error: message }
  } finally {
    if (scratch) await fs.rm(scratch, { recursive: true, force: true })
  }
}

/**
 * Pages of a changed column's list rendered with the change: a new article shifts every page of
 * its column's list, and at a province's size a column has hundreds of pages. The first pages
 * (what readers open) go live with the article; the others follow in phase two.
 */
const listHeadPages = () => Number(process.env.PUBLISH_LIST_HEAD_PAGES ?? 3)
/**
 * Pages an incremental publish wrote or removed in a release since its sitemap and search index
 * were last brought up to date (URL paths): phase two looks at these instead of walking every
 * page. Recorded before the release's 正在应用 mark goes, so a publish cut off in between ends in
 * a full publish (a new release, walked whole); removed when phase two has finished. When the
 * release already had changes no record holds (a full release whose phase two has not run),
 * the record says `"walk"` and phase two walks every page.
 */
const PAGE_CHANGES = 'pages-changed.json'

async function recordPageChanges(releaseDir: string, pages: string[]) {
  if (!pages.length) return
  const file = path.join(releaseDir, PAGE_CHANGES)
  const before = JSON.parse(await fs.readFile(file, 'utf8').catch(() => 'null')) as string[] | 'walk' | null
  if (before === 'walk') return
  const unrecorded = before === null && (await followUpStale(path.join(releaseDir, 'site')))
  await fs.writeFile(`${file}.tmp`, JSON.stringify(unrecorded ? 'walk' : [...new Set([...(before ?? []), ...pages])]))
  await fs.rename(`${file}.tmp`, file)
}

/** The release's record of changed pages, when there is one (a full release has none: it is walked). */
async function pageChangesFile(releaseDir: string): Promise<string | null> {
  const file = path.join(releaseDir, PAGE_CHANGES)
  return (await fs.stat(file).catch(() => null)) ? file : null
}

const changesArgs = (file: string | null) => (file ? ['--changes', file] : [])

/** Columns of a release whose lists beyond their first pages wait for phase two. */
const PENDING_LISTS = 'lists-pending.json'

async function pendingLists(releaseDir: string): Promise<string[]> {
  return JSON.parse(await fs.readFile(path.join(releaseDir, PENDING_LISTS), 'utf8').catch(() => '[]')) as string[]
}

async function addPendingLists(releaseDir: string, columns: string[]) {
  if (!columns.length) return
  const pending = [...new Set([...(await pendingLists(releaseDir)), ...columns])].sort()
  await fs.writeFile(path.join(releaseDir, PENDING_LISTS), JSON.stringify(pending))
}

/** Renders the whole lists of the columns waiting for it and moves them in (their pages that no longer exist go). */
async function renderPendingLists(paths: ReturnType<typeof portalPaths>, siteDir: string, trigger: string, started: Date) {
  const release = path.dirname(siteDir)
  const columns = await pendingLists(release)
  if (!columns.length) return
  const scratch = path.join(paths.work, `lists-${process.pid}-${started.getTime()}`)
  await fs.mkdir(scratch, { recursive: true })
  try {
    await renderScoped(paths, scratch, { ...EMPTY_SCOPE, columns })
    await fs.writeFile(path.join(release, APPLYING), trigger)
    const applied = await applyRendered(siteDir, path.join(scratch, 'site'), { remove: [], replace: columns.map((slug) => pageFolder(urls.column(slug))) })
    await recordPageChanges(release, applied.pages)
    await fs.rm(path.join(release, PENDING_LISTS), { force: true })
    await fs.rm(path.join(release, APPLYING))
  } finally {
    await fs.rm(scratch, { recursive: true, force: true })
  }
}

/** Renders a scope's pages (what site/src/lib/scope.ts reads) into `<scratch>/site` with the warm builder's page renderer. */
async function renderScoped(paths: ReturnType<typeof portalPaths>, scratch: string, scope: PortalScope): Promise<BuildResult> {
  const scopeFile = path.join(scratch, 'scope.json')
  await fs.writeFile(scopeFile, serializeScope(scope))
  return buildWarm(paths.root, { env: { ...builderEnv(paths, path.join(scratch, 'site')), [PORTAL_ENV.scope]: scopeFile } })
}

/** Site scripts still running; a worker that exits takes them along instead of leaving them writing into a release. */
const runningScripts = new Set<ChildProcess>()
let killScriptsOnExit = false

/** Runs one of the portal's scripts (site/scripts) in a process of its own. */
function runSiteScript(root: string, script: string, args: string[], failure: string): Promise<void> {
  if (!killScriptsOnExit) {
    killScriptsOnExit = true
    process.once('exit', () => runningScripts.forEach((child) => child.kill()))
  }
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'site', 'scripts', script), ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    runningScripts.add(child)
    let errors = ''
    child.stderr!.on('data', (chunk) => (errors += chunk))
    child.on('error', (error) => {
      runningScripts.delete(child)
      reject(error)
    })
    child.on('exit', (code, signal) => {
      runningScripts.delete(child)
      if (code === 0) resolve()
      else reject(new Error(`${failure}：${errors.trim().slice(-1000) || signal || code}`))
    })
  })
}

/** Brings the sitemap of the live portal's pages up to date: only the sections whose pages changed are written again (site/scripts/sitemaps.mjs). */
function refreshSitemap(paths: ReturnType<typeof portalPaths>, siteDir: string, changes: string | null = null): Promise<void> {
  return runSiteScript(paths.root, 'sitemaps.mjs', [siteDir, paths.content, ...changesArgs(changes)], '站点地图生成失败')
}

/**
 * Starts the warm builder and has it render nothing once, so that the first publish after a
 * worker starts does not pay for building the page renderer (a worker calls this at start).
 */
export async function prewarmPublisher(): Promise<void> {
  const paths = portalPaths()
  if (!(await fs.stat(path.join(paths.content, SNAPSHOT_FILES.manifest)).catch(() => null))) return
  const scratch = path.join(paths.work, `warmup-${process.pid}-${Date.now()}`)
  await fs.mkdir(scratch, { recursive: true })
  try {
    await renderScoped(paths, scratch, EMPTY_SCOPE)
  } finally {
    await fs.rm(scratch, { recursive: true, force: true })
  }
}

/** The release holds exactly one page per published article, or it does not go live. */
async function checkArticlePages(siteDir: string, manifest: PortalManifest) {
  const pages = await countArticlePages(siteDir)
  if (pages !== manifest.counts.articles) {
    throw new Error(`门户有 ${pages} 个文章页面，而内容管理系统中已发布 ${manifest.counts.articles} 篇。`)
  }
}

/** Links the live sitemap and search index into a new release (hard links: no copying). */
async function copyFollowUps(fromSite: string, toSite: string) {
  for (const file of (await fs.readdir(fromSite)).filter((f) => /^sitemap.*\.xml$/.test(f))) {
    await fs.link(path.join(fromSite, file), path.join(toSite, file)).catch(() => fs.copyFile(path.join(fromSite, file), path.join(toSite, file)))
  }
  // The search index's shards are never changed in place: a new release shares them, and its
  // phase two rebuilds only the shards whose pages' searchable text changed.
  const from = path.join(fromSite, SEARCH_DIR)
  if (!(await fs.stat(from).catch(() => null))) return
  const to = path.join(toSite, SEARCH_DIR)
  await new Promise<void>((resolve) => execFile('cp', ['-al', from, to], (error) => (error ? fs.cp(from, to, { recursive: true }).catch(() => undefined).then(() => resolve()) : resolve())))
}

/** The live release's sitemap and search index were made from older pages than it now holds. */
async function followUpStale(siteDir: string): Promise<boolean> {
  const release = path.dirname(siteDir)
  const [manifest, indexed] = await Promise.all([readManifest(release), fs.readFile(path.join(release, FOLLOW_UP_STATE), 'utf8').catch(() => null)])
  return !manifest || indexed !== manifest.generatedAt
}

/** Another publish is queued: it will bring the index up to date. */
async function anotherPublishWaiting(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    overrideAccess: true,
    where: {
      and: [
        { taskSlug: { equals: 'publishPortal' } },
        { completedAt: { exists: false } },
        { processing: { not_equals: true } },
        { hasError: { not_equals: true } },
      ],
    },
  })
  return totalDocs > 0
}

async function buildSearchIndex(root: string, siteDir: string, changes: string | null): Promise<void> {
  const release = path.dirname(siteDir)
  const manifest = await readManifest(release)
  await runSiteScript(root, 'search-index.mjs', [siteDir, ...changesArgs(changes)], '搜索索引失败')
  if (manifest) await fs.writeFile(path.join(release, FOLLOW_UP_STATE), manifest.generatedAt)
}
