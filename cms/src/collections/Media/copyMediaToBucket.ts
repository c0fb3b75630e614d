/**
 * Moving an installation's media from the local disk to the bucket: every media document's
 * file and its image sizes, read from `MEDIA_DIR`, put into the S3 bucket under the key the
 * storage adapter reads (`npm run media:to-s3`). Objects already there are left alone, so it
 * can run again after an interruption; nothing is deleted from the disk.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { isMissingObject, mediaBucketClient, mediaObjectKey, type S3MediaSettings } from '../../lib/mediaStorage'

type FileDoc = { filename?: string | null; mimeType?: string | null }
type MediaFileDoc = FileDoc & { id: number | string; prefix?: string | null; sizes?: Record<string, FileDoc | null | undefined> | null }

export type CopyReport = { copied: number; present: number; missing: string[] }

export async function copyMediaToBucket(payload: Payload, settings: S3MediaSettings, { fromDir }: { fromDir: string }): Promise<CopyReport> {
  const s3 = mediaBucketClient(settings)
  const report: CopyReport = { copied: 0, present: 0, missing: [] }
  const docs = (await payload.find({ collection: 'media', pagination: false, depth: 0, overrideAccess: true })).docs as unknown as MediaFileDoc[]
  for (const doc of docs) {
    const files = [doc, ...Object.values(doc.sizes ?? {})].filter((f): f is FileDoc & { filename: string } => Boolean(f?.filename))
    for (const file of files) {
      const Key = mediaObjectKey(settings, file.filename, doc.prefix)
      const there = await s3.headObject({ Bucket: settings.bucket, Key }).then(
        () => true,
        (error) => {
          if (isMissingObject(error)) return false
          throw error
        },
      )
      if (there) {
        report.present += 1
        continue
      }
      const body = await fs.readFile(path.join(fromDir, path.basename(file.filename))).catch(() => null)
      if (!body) {
        report.missing.push(file.filename)
        continue
      }
      await s3.putObject({ Bucket: settings.bucket, Key, Body: body, ContentType: file.mimeType ?? undefined })
      report.copied += 1
    }
  }
  return report
}
