/**
 * Puts a media file into the portal's content snapshot (`media/`), wherever the media
 * collection keeps its files: from the local folder a hard link (or a copy where the file
 * system refuses one), from the S3-compatible bucket a download. A file already in the
 * snapshot is left as it is: a media file never changes under its name (a replaced upload gets
 * a new name), so an incremental publish fetches only new files.
 */
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Readable } from 'node:stream'

import type { Payload } from 'payload'

import { isMissingObject, mediaBucketClient, mediaObjectKey, s3MediaSettings } from '../lib/mediaStorage'

export type MediaSource = {
  kind: 'disk' | 's3'
  /** Writes the media file `filename` to `to` (nothing when `to` exists). */
  copy: (filename: string, to: string) => Promise<void>
}

const exists = (file: string) => fsp.access(file).then(() => true, () => false)

/** Hard links where the file system allows: no copy, and the snapshot stays immutable. */
async function linkOrCopy(from: string, to: string) {
  try {
    await fsp.link(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return
    await fsp.copyFile(from, to)
  }
}

export function mediaSource(payload: Payload): MediaSource {
  const settings = s3MediaSettings()
  if (!settings) {
    const dir = payload.collections.media.config.upload.staticDir ?? ''
    return { kind: 'disk', copy: (filename, to) => linkOrCopy(path.join(dir, path.basename(filename)), to) }
  }
  const s3 = mediaBucketClient(settings)
  return {
    kind: 's3',
    copy: async (filename, to) => {
      if (await exists(to)) return
      const key = mediaObjectKey(settings, filename)
      // Written beside the target and renamed: an interrupted download leaves no half file.
      const temporary = `${to}.part-${process.pid}-${Math.random().toString(36).slice(2)}`
      try {
        const object = await s3.getObject({ Bucket: settings.bucket, Key: key })
        await pipeline(object.Body as Readable, fs.createWriteStream(temporary))
        await fsp.rename(temporary, to)
      } catch (error) {
        await fsp.rm(temporary, { force: true })
        if (isMissingObject(error)) throw new Error(`媒体文件 ${filename} 在对象存储中不存在（存储桶 ${settings.bucket}，键 ${key}）`)
        throw new Error(`无法从对象存储读取媒体文件 ${filename}：${(error as Error).message}`)
      }
    },
  }
}
