import type { Payload, ServerProps } from 'payload'
import React from 'react'

import { readMediaFile } from '../../lib/mediaStorage'

type Emblem = { filename?: string | null; mimeType?: string | null; prefix?: string | null }

/**
 * The county's emblem (uploaded in 网站设置) as a data address, so the login page shows it
 * before anyone is signed in and without a request to the media collection. Nothing bundled:
 * no official graphic is invented.
 */
async function emblemOf(payload: Payload): Promise<{ src: string | null; siteName: string }> {
  const settings = (await payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: true })) as { siteName?: string; emblem?: Emblem | number | null }
  const emblem = typeof settings.emblem === 'object' ? settings.emblem : null
  const staticDir = payload.collections.media?.config.upload?.staticDir
  if (!emblem?.filename || !staticDir || !emblem.mimeType?.startsWith('image/')) return { src: null, siteName: settings.siteName ?? '' }
  try {
    // From the local folder or the media bucket, whichever keeps the files.
    const bytes = await readMediaFile(staticDir, emblem.filename, { maxBytes: 512 * 1024, prefix: emblem.prefix })
    if (!bytes) return { src: null, siteName: settings.siteName ?? '' }
    return { src: `data:${emblem.mimeType};base64,${bytes.toString('base64')}`, siteName: settings.siteName ?? '' }
  } catch {
    return { src: null, siteName: settings.siteName ?? '' }
  }
}

/** The login page's logo: emblem and site name. */
export async function AdminLogo({ payload }: ServerProps) {
  if (!payload) return null
  const { src, siteName } = await emblemOf(payload)
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12 }} data-testid="admin-logo">
      {src ? <img src={src} alt="" width={48} height={48} style={{ objectFit: 'contain' }} /> : null}
      <span style={{ fontSize: 22, fontWeight: 600 }}>{siteName}信息审核发布系统</span>
    </div>
  )
}

/** The navigation's icon: the emblem, or the first character of the site name. */
export async function AdminIcon({ payload }: ServerProps) {
  if (!payload) return null
  const { src, siteName } = await emblemOf(payload)
  if (src) return <img src={src} alt={siteName} width={24} height={24} style={{ objectFit: 'contain' }} />
  return (
    <span aria-label={siteName} style={{ display: 'inline-flex', width: 24, height: 24, alignItems: 'center', justifyContent: 'center', borderRadius: 4, background: '#b31b1b', color: '#fff', fontWeight: 700 }}>
      {siteName.slice(0, 1) || '政'}
    </span>
  )
}
