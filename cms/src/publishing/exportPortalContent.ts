/**
 * Writes the portal's content snapshot: what the public may see, read through the Local API
 * with anonymous access (so the collections' own read rules decide, not this file), as JSON
 * files the site reads — `articles.json` (metadata), `bodies/` (each article's HTML),
 * `columns.json`, `settings.json`, `media/`, the 政府信息公开 files (exportDisclosure), the
 * public journal issues and bulletins (exportSubmissionLine), the 互动交流 replies and figures
 * (exportInteraction) and `manifest.json`. The
 * manifest carries the counts the CMS reports, so the site build can refuse to finish when it
 * rendered a different number of pages, and the revisions and digests the publisher compares
 * to decide what to render again.
 *
 * Written again into the same folder, the snapshot is brought up to date: only articles saved
 * since the last export are looked at (changedSince), and only those whose revision changed are
 * read in full and converted, so a publish costs what changed. Once a day, and whenever the
 * count of public articles does not add up, every public article is listed instead.
 */
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload, Where } from 'payload'

import { type ArticleJson, type ColumnJson, type PortalImageJson, type PortalManifest, type SiteSettingsJson, SNAPSHOT_DIRS, SNAPSHOT_FILES, urls } from '@gov/portal-contract'
import { sql } from '@payloadcms/db-postgres'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import { exportDisclosure } from './exportDisclosure'
import { exportInteraction } from './exportInteraction'
import { exportSubmissionLine } from './exportSubmissionLine'
import { mediaSource } from './mediaSource'

type Related = { id: number; name?: string; slug?: string } | number | null | undefined

const relId = (value: Related) => (value && typeof value === 'object' ? value.id : (value ?? null))

type SizeDoc = { filename?: string | null; width?: number | null; height?: number | null; mimeType?: string | null }
type MediaDoc = SizeDoc & { alt?: string; caption?: string | null; sizes?: Record<string, SizeDoc | undefined> }

/** Where the portal serves a file of the snapshot's media/ folder, and back. */
const mediaPrefix = urls.media('')
const mediaFile = (src: string) => src.slice(mediaPrefix.length)

/** The cover as the portal shows it; the files it names are copied into the snapshot. */
function portalImage(media: MediaDoc | null | undefined, files: Set<string>): PortalImageJson | null {
  if (!media || typeof media !== 'object' || !media.filename || !media.width || !media.height) return null
  const variants = Object.values(media.sizes ?? {})
    .filter((v): v is Required<SizeDoc> => Boolean(v?.filename && v.width && v.mimeType))
    .map((v) => ({ src: urls.media(v.filename!), width: v.width!, height: v.height ?? 0, type: v.mimeType! }))
    .sort((a, b) => a.width - b.width)
  files.add(media.filename)
  for (const v of variants) files.add(mediaFile(v.src))
  return { alt: media.alt ?? '', caption: media.caption ?? null, width: media.width, height: media.height, src: urls.media(media.filename), variants }
}

/** Published, not classified, not past its 下线时间 (even before the expiry job has run). */
export function publicArticles(now = new Date()): Where {
  return {
    and: [
      { _status: { equals: 'published' } },
      { classified: { not_equals: true } },
      { or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than: now.toISOString() } }] },
    ],
  }
}

const READ_CHUNK = 250

const digest = (value: unknown) => crypto.createHash('sha1').update(JSON.stringify(value)).digest('hex')

async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as T
  } catch {
    return null
  }
}

/** Writes beside the target and renames over it, so a reader never sees half a file. */
async function writeJson(file: string, value: unknown) {
  const temporary = `${file}.tmp-${process.pid}`
  await fs.writeFile(temporary, JSON.stringify(value))
  await fs.rename(temporary, file)
}

/**
 * The article list this process last wrote, kept so that the next export of a worker does not
 * parse it back (at 100,000 articles a 39 MB file): used only while the file on disk is still
 * the one written (same path, size and modification time).
 */
let lastWritten: { file: string; size: number; mtimeMs: number; articles: ArticleJson[] } | null = null

async function readArticles(file: string): Promise<ArticleJson[] | null> {
  const stat = await fs.stat(file).catch(() => null)
  if (!stat) return null
  if (lastWritten && lastWritten.file === file && lastWritten.size === stat.size && lastWritten.mtimeMs === stat.mtimeMs) return lastWritten.articles
  return readJson<ArticleJson[]>(file)
}

async function writeArticles(file: string, articles: ArticleJson[]) {
  lastWritten = null
  await writeJson(file, articles)
  const stat = await fs.stat(file)
  lastWritten = { file, size: stat.size, mtimeMs: stat.mtimeMs, articles }
}

export async function exportPortalContent(payload: Payload, outDir: string, { full = false }: { full?: boolean } = {}): Promise<PortalManifest> {
  const asPublic = { overrideAccess: false, user: null } as const
  const publicWhere = publicArticles()

  const [settings, columns, units] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', depth: 0, ...asPublic }),
    payload.find({ collection: 'columns', pagination: false, depth: 0, sort: 'order', ...asPublic }),
    payload.find({ collection: 'units', pagination: false, depth: 0, sort: 'order', ...asPublic }),
  ])

  const columnSlugs = new Map(columns.docs.map((c) => [String(c.id), c.slug]))
  const unitNames = new Map(units.docs.map((u) => [String(u.id), u.name]))

  await fs.mkdir(path.join(outDir, SNAPSHOT_DIRS.bodies), { recursive: true })
  await fs.mkdir(path.join(outDir, SNAPSHOT_DIRS.media), { recursive: true })
  const previous = full ? null : await readArticles(path.join(outDir, SNAPSHOT_FILES.articles))
  const known = new Map((previous ?? []).map((a) => [a.id, a]))
  const exportState = previous ? await readJson<ExportState>(path.join(outDir, EXPORT_STATE)) : null
  const startedAt = new Date()
  const index = (exportState && (await changedSince(payload, known, exportState, startedAt))) ?? { revisions: await publicRevisions(payload, startedAt), fullDiff: true }
  const stale = [...index.revisions].filter(([id, updatedAt]) => known.get(id)?.updatedAt !== updatedAt).map(([id]) => id)

  const media = mediaSource(payload)
  const fresh = new Map<string, ArticleJson>()
  for (let start = 0; start < stale.length; start += READ_CHUNK) {
    const chunk = await payload.find({
      collection: 'articles',
      where: { and: [publicWhere, { id: { in: stale.slice(start, start + READ_CHUNK) } }] },
      pagination: false,
      depth: 1,
      draft: false,
      ...asPublic,
    })
    await Promise.all(
      chunk.docs.map(async (a) => {
        const mediaFiles = new Set<string>()
        const id = String(a.id)
        const bodyFile = `${id}-${Date.parse(a.updatedAt)}.html`
        const html = a.body ? convertLexicalToHTML({ data: a.body as never, disableContainer: true }) : ''
        await fs.writeFile(path.join(outDir, SNAPSHOT_DIRS.bodies, bodyFile), html)
        const cover = portalImage(a.cover as MediaDoc | null, mediaFiles)
        await Promise.all([...mediaFiles].map((file) => media.copy(file, path.join(outDir, SNAPSHOT_DIRS.media, file))))
        fresh.set(id, {
          id,
          title: a.title,
          subtitle: a.subtitle ?? null,
          columnId: relId(a.column as Related) === null ? null : String(relId(a.column as Related)),
          columnSlug: null,
          unitId: relId(a.unit as Related) === null ? null : String(relId(a.unit as Related)),
          unitName: null,
          source: a.source ?? null,
          writer: a.writer ?? null,
          publishDate: a.publishDate ?? a.createdAt,
          updatedAt: a.updatedAt,
          summary: a.summary ?? null,
          cover,
          bodyFile,
        })
      }),
    )
  }

  // Names of columns and units are looked up afresh for every article: renaming one is a
  // change of every page that shows it (and a full build, by the digests below).
  const portalArticles: ArticleJson[] = []
  for (const id of index.revisions.keys()) {
    const article = fresh.get(id) ?? known.get(id)
    // Published between the two reads: the next publish takes it.
    if (!article) continue
    portalArticles.push({
      ...article,
      columnSlug: article.columnId === null ? null : (columnSlugs.get(article.columnId) ?? null),
      unitName: article.unitId === null ? null : (unitNames.get(article.unitId) ?? null),
    })
  }
  // Newest first, the same order however the snapshot was brought up to date.
  portalArticles.sort((a, b) => Date.parse(b.publishDate) - Date.parse(a.publishDate) || Number(b.id) - Number(a.id) || b.id.localeCompare(a.id))

  const portalColumns = columns.docs.map((c): ColumnJson => ({
    id: String(c.id),
    name: c.name,
    slug: c.slug,
    kind: c.kind,
    parentId: relId(c.parent as Related) === null ? null : String(relId(c.parent as Related)),
    unitId: relId(c.unit as Related) === null ? null : String(relId(c.unit as Related)),
    unitName: relId(c.unit as Related) === null ? null : (unitNames.get(String(relId(c.unit as Related))) ?? null),
    description: c.description ?? null,
    showOnHome: Boolean(c.showOnHome),
    order: c.order ?? 100,
  }))

  const markFiles = new Set<string>()
  const conacMark = await settingsImage(payload, settings.conacMark, markFiles)
  await Promise.all([...markFiles].map((file) => media.copy(file, path.join(outDir, SNAPSHOT_DIRS.media, file))))
  // What the public reads of the settings (not the emblem, which is the admin's), in the global's field order.
  const publicSettings: SiteSettingsJson = {
    siteName: settings.siteName,
    siteDomain: settings.siteDomain,
    host: settings.host,
    operator: settings.operator,
    siteIdCode: settings.siteIdCode,
    icpRecord: settings.icpRecord,
    psbRecord: settings.psbRecord,
    psbRecordLink: settings.psbRecordLink,
    errorReportUrl: settings.errorReportUrl,
    conacMarkUrl: settings.conacMarkUrl,
    contact: settings.contact,
    conacMark,
  }

  const [disclosure, submissionLine, interaction] = await Promise.all([
    exportDisclosure(payload, outDir),
    exportSubmissionLine(payload, outDir),
    exportInteraction(payload, outDir),
  ])

  const manifest: PortalManifest = {
    generatedAt: new Date().toISOString(),
    counts: { articles: portalArticles.length, columns: portalColumns.length },
    revisions: portalArticles.map((a) => ({ collection: 'articles' as const, id: a.id, updatedAt: a.updatedAt, column: a.columnSlug })),
    digests: {
      settings: digest(publicSettings),
      columns: digest(portalColumns),
      units: digest(units.docs.map((u) => [u.id, u.name])),
      disclosure: disclosure.digest,
      submissionLine: submissionLine.digest,
      interaction: interaction.digest,
    },
  }

  const settingsChanged = digest(await readJson(path.join(outDir, SNAPSHOT_FILES.settings))) !== manifest.digests.settings
  await writeJson(path.join(outDir, SNAPSHOT_FILES.settings), publicSettings)
  await writeJson(path.join(outDir, SNAPSHOT_FILES.columns), portalColumns)
  await writeArticles(path.join(outDir, SNAPSHOT_FILES.articles), portalArticles)
  await writeJson(path.join(outDir, SNAPSHOT_FILES.manifest), manifest)
  const fullAt = index.fullDiff ? startedAt.toISOString() : exportState!.fullAt
  await writeJson(path.join(outDir, EXPORT_STATE), { exportedAt: startedAt.toISOString(), fullAt } satisfies ExportState)
  const removedAny = [...known.keys()].some((id) => !index.revisions.has(id))
  if (index.fullDiff || removedAny || settingsChanged) await removeUnreferenced(outDir, portalArticles, markFiles)
  else await removeReplaced(outDir, known, fresh, portalArticles, markFiles)
  return manifest
}

/** When the snapshot's articles were last brought up to date, and last compared with every public article. */
type ExportState = { exportedAt: string; fullAt: string }
const EXPORT_STATE = 'export-state.json'
/** Changes are looked for this far before the last export: a transaction that stamped an article just before it may have committed just after. */
const OVERLAP_MS = 5 * 60_000
/** How often a publish compares the snapshot with every public article rather than only with what changed (self-healing). */
const fullDiffMs = () => Number(process.env.PUBLISH_FULL_DIFF_HOURS ?? 24) * 3_600_000

/** Public articles after this export (id → updatedAt), and whether every public article was listed to find them. */
type ArticleIndex = { revisions: Map<string, string>; fullDiff: boolean }

/** Public articles (of those `ids`, or all), at which revision: ids and dates only, read as the public reads them. */
async function publicRevisions(payload: Payload, now: Date, ids?: number[]): Promise<Map<string, string>> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: ids ? { and: [publicArticles(now), { id: { in: ids } }] } : publicArticles(now),
    pagination: false,
    depth: 0,
    draft: false,
    select: { updatedAt: true },
    overrideAccess: false,
    user: null,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.updatedAt]))
}

/**
 * The snapshot's public articles brought up to date from what changed since the last export:
 * articles saved since then (or whose 下线时间 passed) are read again as the public reads them —
 * public ones at their new revision, the others dropped. Costs what changed, not the site's size.
 * Null when the full index is due (first export, daily), or when the result does not add up to
 * the number of public articles (a deletion, say): then every public article is listed.
 */
async function changedSince(payload: Payload, known: Map<string, ArticleJson>, state: ExportState, now: Date): Promise<ArticleIndex | null> {
  if (now.getTime() - Date.parse(state.fullAt) > fullDiffMs()) return null
  const since = new Date(Date.parse(state.exportedAt) - OVERLAP_MS).toISOString()
  // Which rows changed is a question about rows, asked in SQL; whether a changed article is
  // public is decided below by reading it as the public does.
  const { drizzle } = payload.db as unknown as { drizzle: { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> } }
  const { rows } = await drizzle.execute(
    sql`select id, updated_at, coalesce(expires_at <= ${now.toISOString()}, false) as expired from articles
        where updated_at > ${since} or (expires_at > ${since} and expires_at <= ${now.toISOString()})`,
  )
  const ids = rows
    .filter((row) => row.expired || known.get(String(row.id))?.updatedAt !== new Date(row.updated_at as string).toISOString())
    .map((row) => Number(row.id))
  const visible = ids.length ? await publicRevisions(payload, now, ids) : new Map<string, string>()
  const revisions = new Map([...known].map(([id, article]) => [id, article.updatedAt]))
  for (const id of ids) revisions.delete(String(id))
  for (const [id, updatedAt] of visible) revisions.set(id, updatedAt)
  const { totalDocs } = await payload.count({ collection: 'articles', where: publicArticles(now), overrideAccess: false, user: null })
  return totalDocs === revisions.size ? { revisions, fullDiff: false } : null
}

/** An image the site settings name (the 党政机关 mark): read whatever the media's own access rules say, since the settings are public. */
async function settingsImage(payload: Payload, mark: unknown, files: Set<string>): Promise<PortalImageJson | null> {
  const id = mark && typeof mark === 'object' ? (mark as { id: unknown }).id : mark
  if (typeof id !== 'number' && typeof id !== 'string') return null
  const media = await payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, disableErrors: true })
  return portalImage(media as MediaDoc | null, files)
}

const coverFiles = (cover: ArticleJson['cover']) => (cover ? [cover.src, ...cover.variants.map((v) => v.src)].map(mediaFile) : [])

/**
 * What the revisions the changed articles replaced leave behind — their bodies, and their
 * covers unless another article shows them — when no article left the snapshot: without
 * reading the folders of 100,000 bodies (removeUnreferenced does, daily and on removals).
 */
async function removeReplaced(outDir: string, known: Map<string, ArticleJson>, fresh: Map<string, ArticleJson>, articles: ArticleJson[], settingsFiles: Set<string>) {
  const replacedMedia = new Set<string>()
  for (const [id, article] of fresh) {
    const before = known.get(id)
    if (!before) continue
    if (before.bodyFile !== article.bodyFile) await fs.rm(path.join(outDir, SNAPSHOT_DIRS.bodies, before.bodyFile), { force: true })
    for (const file of coverFiles(before.cover)) replacedMedia.add(file)
  }
  if (!replacedMedia.size) return
  const shown = new Set([...settingsFiles, ...articles.flatMap((a) => coverFiles(a.cover))])
  for (const file of replacedMedia) if (!shown.has(file)) await fs.rm(path.join(outDir, SNAPSHOT_DIRS.media, file), { force: true })
}

/** Bodies of earlier revisions and images nothing shows any more (reads both folders: a full export's or a removal's sweep). */
async function removeUnreferenced(outDir: string, articles: ArticleJson[], settingsFiles: Set<string>) {
  const bodies = new Set(articles.map((a) => a.bodyFile))
  const media = new Set<string>([...settingsFiles, ...articles.flatMap((a) => coverFiles(a.cover))])
  const sweep = async (dir: string, keep: Set<string>) => {
    for (const file of await fs.readdir(path.join(outDir, dir))) if (!keep.has(file)) await fs.rm(path.join(outDir, dir, file), { force: true })
  }
  await Promise.all([sweep(SNAPSHOT_DIRS.bodies, bodies), sweep(SNAPSHOT_DIRS.media, media)])
}
