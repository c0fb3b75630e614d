/**
 * Where the media collection keeps its files: an S3-compatible bucket when `S3_BUCKET` is set
 * (through @payloadcms/storage-s3), the local folder `MEDIA_DIR` otherwise. Files stay private
 * in the bucket: no ACL is sent (the bucket's default, private), and the admin and the public
 * read them only through `/api/media/file/…`, where the collection's read access decides
 * (storage-s3's `disablePayloadAccessControl` stays off, no signed downloads).
 *
 * Only `media` moves to the bucket; 报送附件 and 留言附件 stay on the local disk.
 */
import type { Plugin } from 'payload'

import { S3, type S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'

export type S3MediaSettings = {
  bucket: string
  /** e.g. http://127.0.0.1:9000 for a self-hosted server; unset for AWS itself. */
  endpoint?: string
  region: string
  /** Bucket in the path (`endpoint/bucket/key`), as most self-hosted servers need. */
  forcePathStyle: boolean
  /** Folder inside the bucket ('' for its root). */
  prefix: string
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

const truthy = (value: string | undefined) => /^(1|true|yes|on)$/i.test(value?.trim() ?? '')

/** The bucket settings from the environment; null when media stay on the local disk. */
export function s3MediaSettings(env: Record<string, string | undefined> = process.env): S3MediaSettings | null {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) {
    const stray = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_PREFIX'].filter((name) => env[name]?.trim())
    if (stray.length > 0) throw new Error(`已设置 ${stray.join('、')}，但没有设置 S3_BUCKET：媒体文件要存到对象存储时必须给出存储桶名称；存本机磁盘时请删去这些变量。`)
    return null
  }
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) throw new Error('S3_ACCESS_KEY_ID 和 S3_SECRET_ACCESS_KEY 须同时设置（或都不设，使用运行环境提供的凭证）。')
  return {
    bucket,
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    region: env.S3_REGION?.trim() || 'us-east-1',
    forcePathStyle: truthy(env.S3_FORCE_PATH_STYLE),
    prefix: (env.S3_PREFIX ?? '').trim().replace(/^\/+|\/+$/g, ''),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  }
}

/** The AWS SDK client settings for the bucket. */
export function s3ClientConfig(settings: S3MediaSettings): S3ClientConfig {
  return {
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    // Newer SDKs add CRC checksums to every request, which many S3-compatible servers refuse.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
}

/**
 * The storage plugin, always installed so the media table has the same columns (`prefix`,
 * `_object_key`) whichever storage is used: disabled, it only adds those fields.
 */
export function mediaStoragePlugin(settings = s3MediaSettings()): Plugin {
  return s3Storage({
    enabled: settings !== null,
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    config: settings ? s3ClientConfig(settings) : {},
    collections: { media: settings?.prefix ? { prefix: settings.prefix } : true },
  })
}

/** A media file's key in the bucket: the document's stored prefix, else the configured one. */
export function mediaObjectKey(settings: S3MediaSettings, filename: string, docPrefix?: string | null): string {
  const folder = (docPrefix ?? '').replace(/^\/+|\/+$/g, '') || settings.prefix
  const name = filename.split('/').pop()!
  return folder ? `${folder}/${name}` : name
}

let client: { key: string; s3: S3 } | null = null

/** One client per process for our own reads (publishing, the admin's logo, content checks). */
export function mediaBucketClient(settings: S3MediaSettings): S3 {
  const key = JSON.stringify(settings)
  if (client?.key !== key) {
    client?.s3.destroy()
    client = { key, s3: new S3({ ...s3ClientConfig(settings), requestHandler: { httpAgent: { keepAlive: true, maxSockets: 16 }, httpsAgent: { keepAlive: true, maxSockets: 16 } } }) }
  }
  return client.s3
}

const isMissing = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404
}

/**
 * A media file's bytes wherever it is kept; null when there is no such file (or it is larger
 * than `maxBytes`). Other errors (the bucket unreachable) are thrown.
 */
export async function readMediaFile(staticDir: string | undefined, filename: string, { maxBytes = Infinity, prefix }: { maxBytes?: number; prefix?: string | null } = {}): Promise<Buffer | null> {
  const settings = s3MediaSettings()
  if (!settings) {
    const fs = await import('node:fs/promises')
    const path = await import('node:path')
    if (!staticDir) return null
    const full = path.join(staticDir, path.basename(filename))
    try {
      if ((await fs.stat(full)).size > maxBytes) return null
      return await fs.readFile(full)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }
  const s3 = mediaBucketClient(settings)
  try {
    const object = await s3.getObject({ Bucket: settings.bucket, Key: mediaObjectKey(settings, filename, prefix) })
    if ((object.ContentLength ?? 0) > maxBytes) {
      ;(object.Body as { destroy?: () => void } | undefined)?.destroy?.()
      return null
    }
    return Buffer.from(await object.Body!.transformToByteArray())
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

export { isMissing as isMissingObject }
