/**
 * Writes the portal's content snapshot: what the public may see, read through the Local API
 * with anonymous access (so the collections' own read rules decide, not this file), as JSON
 * files the Astro loader reads. The manifest carries the counts the CMS reports, so the site
 * build can refuse to finish when it rendered a different number of pages.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload, Where } from 'payload'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

export type PortalManifest = {
  generatedAt: string
  counts: { articles: number; columns: number }
  /** The published revision of every article in the snapshot (id and last change). */
  revisions: { collection: 'articles'; id: string; updatedAt: string }[]
}

type Related = { id: number; name?: string; slug?: string } | number | null | undefined

const relId = (value: Related) => (value && typeof value === 'object' ? value.id : (value ?? null))

type SizeDoc = { filename?: string | null; width?: number | null; height?: number | null; mimeType?: string | null }
type MediaDoc = SizeDoc & { alt?: string; caption?: string | null; sizes?: Record<string, SizeDoc | undefined> }

export type PortalImage = {
  alt: string
  caption: string | null
  width: number
  height: number
  src: string
  /** Responsive variants made by sharp at upload, smallest first. */
  variants: { src: string; width: number; height: number; type: string }[]
}

/** The cover as the portal shows it; the files it names are copied into the snapshot. */
function portalImage(media: MediaDoc | null | undefined, files: Set<string>): PortalImage | null {
  if (!media || typeof media !== 'object' || !media.filename || !media.width || !media.height) return null
  const variants = Object.values(media.sizes ?? {})
    .filter((v): v is Required<SizeDoc> => Boolean(v?.filename && v.width && v.mimeType))
    .map((v) => ({ src: `/media/${v.filename}`, width: v.width!, height: v.height ?? 0, type: v.mimeType! }))
    .sort((a, b) => a.width - b.width)
  files.add(media.filename)
  for (const v of variants) files.add(v.src.slice('/media/'.length))
  return { alt: media.alt ?? '', caption: media.caption ?? null, width: media.width, height: media.height, src: `/media/${media.filename}`, variants }
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

export async function exportPortalContent(payload: Payload, outDir: string): Promise<PortalManifest> {
  const asPublic = { overrideAccess: false, user: null } as const
  const publicWhere = publicArticles()

  const [settings, columns, units, articles, publishedCount] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', depth: 0, ...asPublic }),
    payload.find({ collection: 'columns', pagination: false, depth: 0, sort: 'order', ...asPublic }),
    payload.find({ collection: 'units', pagination: false, depth: 0, sort: 'order', ...asPublic }),
    payload.find({
      collection: 'articles',
      where: publicWhere,
      pagination: false,
      depth: 1,
      draft: false,
      sort: '-publishDate',
      ...asPublic,
    }),
    payload.count({ collection: 'articles', where: publicWhere, ...asPublic }),
  ])

  const columnSlugs = new Map(columns.docs.map((c) => [c.id, c.slug]))
  const unitNames = new Map(units.docs.map((u) => [u.id, u.name]))

  const mediaFiles = new Set<string>()
  const portalArticles = articles.docs.map((a) => {
    const columnId = relId(a.column as Related)
    const unitId = relId(a.unit as Related)
    return {
      id: String(a.id),
      title: a.title,
      subtitle: a.subtitle ?? null,
      columnId: columnId === null ? null : String(columnId),
      columnSlug: columnId === null ? null : (columnSlugs.get(columnId as number) ?? null),
      unitName: unitId === null ? null : (unitNames.get(unitId as number) ?? null),
      source: a.source ?? null,
      writer: a.writer ?? null,
      publishDate: a.publishDate ?? a.createdAt,
      updatedAt: a.updatedAt,
      summary: a.summary ?? null,
      cover: portalImage(a.cover as MediaDoc | null, mediaFiles),
      html: a.body ? convertLexicalToHTML({ data: a.body as never, disableContainer: true }) : '',
    }
  })

  const portalColumns = columns.docs.map((c) => ({
    id: String(c.id),
    name: c.name,
    slug: c.slug,
    kind: c.kind,
    parentId: relId(c.parent as Related) === null ? null : String(relId(c.parent as Related)),
    unitId: relId(c.unit as Related) === null ? null : String(relId(c.unit as Related)),
    unitName: relId(c.unit as Related) === null ? null : (unitNames.get(relId(c.unit as Related) as number) ?? null),
    description: c.description ?? null,
    showOnHome: Boolean(c.showOnHome),
    order: c.order ?? 100,
  }))

  const { id: _id, updatedAt: _u, createdAt: _c, globalType: _g, ...publicSettings } = settings as unknown as Record<string, unknown>

  const manifest: PortalManifest = {
    generatedAt: new Date().toISOString(),
    counts: { articles: publishedCount.totalDocs, columns: portalColumns.length },
    revisions: portalArticles.map((a) => ({ collection: 'articles' as const, id: a.id, updatedAt: a.updatedAt })),
  }

  // Write beside the target and swap, so a reader never sees half a snapshot.
  const staging = `${outDir}.tmp-${process.pid}`
  await fs.rm(staging, { recursive: true, force: true })
  await fs.mkdir(staging, { recursive: true })
  const write = (name: string, value: unknown) =>
    fs.writeFile(path.join(staging, name), JSON.stringify(value, null, 1))
  const mediaDir = payload.collections.media.config.upload.staticDir ?? ''
  if (mediaFiles.size > 0) await fs.mkdir(path.join(staging, 'media'))
  // Hard links where the file system allows: no copy, and the snapshot stays immutable.
  await Promise.all(
    [...mediaFiles].map((file) =>
      fs.link(path.join(mediaDir, file), path.join(staging, 'media', file)).catch(() => fs.copyFile(path.join(mediaDir, file), path.join(staging, 'media', file))),
    ),
  )
  await Promise.all([
    write('settings.json', publicSettings),
    write('columns.json', portalColumns),
    write('articles.json', portalArticles),
    write('manifest.json', manifest),
  ])
  await fs.rm(outDir, { recursive: true, force: true })
  await fs.rename(staging, outDir)
  return manifest
}
