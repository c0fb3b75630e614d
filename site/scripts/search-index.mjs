/**
 * The portal's Chinese full-text search index, in shards, brought up to date with the live
 * pages: `node site/scripts/search-index.mjs <site dir>` (phase two of a publish).
 *
 * Pagefind has no incremental mode and holds a whole index in memory while it builds, so the
 * index is split by the pages' dates (`<meta name="PubDate">`): one shard per year, or per
 * month in a year with more than SHARD_PAGES pages, and one for undated pages. Each shard is a
 * Pagefind bundle of its own in `search-index/<key>-<stamp>/`; the browser loads the newest
 * shards first and merges older ones on demand (search-client.mjs, `mergeIndex`).
 *
 * A run reads only pages whose file changed since the last run (size and modification time,
 * then a digest of the indexed part) — and given the publisher's list of changed pages
 * (`--changes <file>`) looks at no other file — rebuilds only the shards whose pages changed, and then
 * replaces `state.json` and `manifest.json` by renaming, manifest last: a run that dies leaves
 * the previous shards and manifest serving. Shards the manifest no longer names are removed
 * once they are RETAIN_MS old, so a page opened before the swap can still load them.
 */
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { pageFolder, urls } from '@gov/portal-contract/urls'
import * as pagefind from 'pagefind'

import { listPageFiles, pageFile, pagesAfterChanges, readPageChanges } from './pageFiles.mjs'

export const SEARCH_DIR = pageFolder(urls.searchIndex())
/** Above this many pages in a year, the year is split into month shards. */
export const SHARD_PAGES = 2000
/** How long a shard the manifest stopped naming stays on disk. */
const RETAIN_MS = 15 * 60_000
const STATE_VERSION = 1
const CLIENT_SOURCE = fileURLToPath(new URL('./search-client.mjs', import.meta.url))

const BODY_MARK = 'data-pagefind-body'
const PUB_DATE = /<meta name="PubDate" content="(\d{4})-(\d{2})-\d{2}"/

/** What decides a page's shard and whether its indexed part changed; null: not searchable. */
export function describePage(html) {
  const start = html.indexOf(BODY_MARK)
  if (start < 0) return null
  const date = PUB_DATE.exec(html)
  const end = html.lastIndexOf('</article>')
  const digest = crypto
    .createHash('sha1')
    .update(html.slice(start, end > start ? end : undefined))
    .update(html.match(/<title>[^<]*<\/title>/)?.[0] ?? '')
    .digest('hex')
  return { year: date ? date[1] : null, month: date ? date[2] : null, digest }
}

function shardKey(page, granularity) {
  if (!page.year) return 'undated'
  return granularity[page.year] === 'month' ? `${page.year}-${page.month}` : page.year
}

/** Undated pages first (few, and not to be left for last), then newest first. */
const byRecency = (a, b) => (a === 'undated' ? -1 : b === 'undated' ? 1 : b.localeCompare(a))

async function readJson(file) {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'))
  } catch {
    return null
  }
}

async function writeJson(file, value) {
  const temporary = `${file}.tmp-${process.pid}`
  await fs.writeFile(temporary, JSON.stringify(value))
  await fs.rename(temporary, file)
}

/**
 * Brings the search index of a built site up to date. `full` reads and indexes every page
 * afresh (the shard layout is decided again); otherwise only what changed since the last run.
 */
export async function updateSearchIndex(siteDir, { full = false, changes = null, now = Date.now(), shardPages = SHARD_PAGES } = {}) {
  const dir = path.join(siteDir, SEARCH_DIR)
  await fs.mkdir(dir, { recursive: true })
  const previous = await readJson(path.join(dir, 'state.json'))
  const known = { pages: {}, plain: {}, granularity: {}, shards: {}, retired: {}, ...(previous?.version === STATE_VERSION ? previous : {}) }
  // A full run keeps only what it needs to retire the current shards.
  if (full) Object.assign(known, { pages: {}, plain: {}, granularity: {} })

  // 1. Which pages are searchable, read only where the file changed. `plain` remembers pages
  // that are not searchable (lists, the home page), so they are not read every time either.
  // With `changes` (URL paths the publisher wrote or removed since the last run) only those are
  // looked at; the rest of the site is as the state recorded it.
  const recorded = !full && changes && previous?.version === STATE_VERSION
  const files = recorded ? await pagesAfterChanges(siteDir, knownFiles(known), changes) : await listPageFiles(siteDir)
  const pages = {}
  const plain = {}
  const changedKeys = new Set()
  let read = 0
  for (const [url, file] of files) {
    const before = known.pages[url] ?? known.plain?.[url]
    if (before && before.size === file.size && before.mtimeMs === file.mtimeMs) {
      if (before.digest) pages[url] = { ...before }
      else plain[url] = before
      continue
    }
    read += 1
    const described = describePage(await fs.readFile(path.join(siteDir, file.file), 'utf8'))
    if (described) pages[url] = { ...described, size: file.size, mtimeMs: file.mtimeMs }
    else plain[url] = { size: file.size, mtimeMs: file.mtimeMs }
  }

  // 2. The layout: a year over SHARD_PAGES pages goes by month (decided afresh only by a full run, or when a year outgrows it).
  const perYear = {}
  for (const page of Object.values(pages)) if (page.year) perYear[page.year] = (perYear[page.year] ?? 0) + 1
  const granularity = {}
  for (const [year, count] of Object.entries(perYear)) {
    const kept = known.granularity[year]
    granularity[year] = count > shardPages * (kept === 'year' ? 2 : 1) ? 'month' : (kept ?? 'year')
  }

  const members = {}
  for (const [url, page] of Object.entries(pages)) {
    const key = shardKey(page, granularity)
    page.shard = key
    ;(members[key] ??= []).push(url)
    const before = known.pages[url]
    if (!before || before.shard !== key || before.digest !== page.digest) {
      changedKeys.add(key)
      if (before?.shard) changedKeys.add(before.shard)
    }
  }
  for (const [url, before] of Object.entries(known.pages)) if (!pages[url] && before.shard) changedKeys.add(before.shard)
  for (const key of Object.keys(known.shards)) if (!members[key]) changedKeys.add(key)
  for (const key of Object.keys(members)) if (!known.shards[key]) changedKeys.add(key)

  // 3. Rebuild the shards that changed, one Pagefind index at a time.
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-')
  const shards = {}
  for (const [key, shard] of Object.entries(known.shards)) if (members[key] && !changedKeys.has(key)) shards[key] = shard
  const rebuilt = [...changedKeys].filter((key) => members[key]).sort(byRecency)
  if (rebuilt.length) {
    try {
      for (const key of rebuilt) {
        const target = `${key}-${stamp}`
        // Added in URL order: the same pages give the same files, however they were found.
        await buildShard(siteDir, members[key].sort(), path.join(dir, target))
        shards[key] = { dir: target, pages: members[key].length }
      }
    } finally {
      await pagefind.close()
    }
  }

  // 4. Swap: the state first, then the manifest the browser reads. What the manifest stops
  // naming is retired now and removed RETAIN_MS later.
  const client = await installClient(dir)
  const order = Object.keys(shards).sort(byRecency)
  const live = new Set([...order.map((key) => shards[key].dir), client])
  const retired = {}
  for (const [entry, since] of Object.entries(known.retired ?? {})) if (!live.has(entry) && now - since <= RETAIN_MS) retired[entry] = since
  for (const entry of [...Object.values(known.shards).map((shard) => shard.dir), known.client]) if (entry && !live.has(entry)) retired[entry] ??= now
  const state = { version: STATE_VERSION, granularity, shards, pages, plain, client, retired }
  await writeJson(path.join(dir, 'state.json'), state)
  await writeJson(path.join(dir, 'manifest.json'), {
    client,
    pages: Object.keys(pages).length,
    shards: order.map((key) => ({ key, dir: shards[key].dir, pages: shards[key].pages })),
  })
  await sweep(dir, live, retired, now)
  return { pages: Object.keys(pages).length, shards: order.length, rebuilt, read, walked: !recorded }
}

/** The pages the state knows, as a walk of the site would have found them then. */
function knownFiles(known) {
  const files = new Map()
  for (const entries of [known.pages, known.plain]) {
    for (const [url, { size, mtimeMs }] of Object.entries(entries ?? {})) files.set(url, { file: pageFile(url), size, mtimeMs })
  }
  return files
}

async function buildShard(siteDir, urls, outputPath) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
  if (!index) throw new Error(`搜索索引创建失败：${errors.join('；')}`)
  for (const url of urls) {
    const added = await index.addHTMLFile({ url, content: await fs.readFile(path.join(siteDir, url, 'index.html'), 'utf8') })
    if (added.errors.length) throw new Error(`搜索索引失败（${url}）：${added.errors.join('；')}`)
  }
  const written = await index.writeFiles({ outputPath })
  if (written.errors.length) throw new Error(`搜索索引写入失败：${written.errors.join('；')}`)
  await index.deleteIndex()
}

/** The browser's shard loader, named by its digest so it can be cached for good. */
async function installClient(dir) {
  const source = await fs.readFile(CLIENT_SOURCE)
  const name = `client-${crypto.createHash('sha1').update(source).digest('hex').slice(0, 12)}.js`
  if (!(await fs.stat(path.join(dir, name)).catch(() => null))) {
    await fs.writeFile(path.join(dir, `${name}.tmp-${process.pid}`), source)
    await fs.rename(path.join(dir, `${name}.tmp-${process.pid}`), path.join(dir, name))
  }
  return name
}

/** Retired shards and loaders once RETAIN_MS passed; leftovers of a run that died, once as old. */
async function sweep(dir, live, retired, now) {
  for (const entry of await fs.readdir(dir)) {
    if (live.has(entry) || retired[entry] !== undefined || entry === 'state.json' || entry === 'manifest.json') continue
    const stat = await fs.stat(path.join(dir, entry)).catch(() => null)
    if (stat && now - stat.mtimeMs > RETAIN_MS) await fs.rm(path.join(dir, entry), { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2)
  const changesAt = args.indexOf('--changes')
  const changesFile = changesAt >= 0 ? args.splice(changesAt, 2)[1] : null
  const siteDir = args.find((a) => !a.startsWith('--'))
  if (!siteDir) {
    console.error('用法：node site/scripts/search-index.mjs <网站目录> [--full | --changes <发布记录的变更页面>]')
    process.exit(2)
  }
  readPageChanges(changesFile).then((changes) => updateSearchIndex(path.resolve(siteDir), { full: args.includes('--full'), changes })).then(
    (result) => console.log(JSON.stringify(result)),
    (error) => {
      console.error(error.message)
      process.exit(1)
    },
  )
}
