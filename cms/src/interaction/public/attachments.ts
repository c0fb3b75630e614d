/**
 * Pictures a citizen attaches to a message: at most three, each at most 5 MB, JPEG, PNG, WebP or
 * GIF — judged by their content (signature, then sharp must read the same format), never by the
 * type or name the browser declared. Stored under a name of our own: a citizen's file name may
 * carry personal data and is never kept.
 */
import crypto from 'node:crypto'

import sharp from 'sharp'

import { ATTACHMENTS_MAX, ATTACHMENT_BYTES } from '../constants'

export type ImageKind = { mimetype: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif'; ext: 'jpg' | 'png' | 'webp' | 'gif'; sharpFormat: string }

const KINDS: Record<string, ImageKind> = {
  jpeg: { mimetype: 'image/jpeg', ext: 'jpg', sharpFormat: 'jpeg' },
  png: { mimetype: 'image/png', ext: 'png', sharpFormat: 'png' },
  webp: { mimetype: 'image/webp', ext: 'webp', sharpFormat: 'webp' },
  gif: { mimetype: 'image/gif', ext: 'gif', sharpFormat: 'gif' },
}

/** The image format a file's first bytes announce, or null. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

export function sniffImage(bytes: Buffer): ImageKind | null {
  const ascii = (from: number, to: number) => bytes.toString('latin1', from, to)
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return KINDS.jpeg
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return KINDS.png
  if (bytes.length >= 6 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) return KINDS.gif
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return KINDS.webp
  return null
}

export type CheckedImage = { data: Buffer; mimetype: ImageKind['mimetype']; name: string; size: number }

/** A browser posts an empty file part when no file was chosen: that is no attachment. */
const isChosenFile = (value: unknown): value is File => value instanceof Blob && value.size > 0

export const MAX_MB = ATTACHMENT_BYTES / 1024 / 1024

/** The files under `attachments` that were chosen (other values, such as text, are ignored). */
export const chosenFiles = (values: readonly unknown[]): File[] => values.filter(isChosenFile)

/**
 * Checks the chosen files; the images as the upload collection takes them, or one Chinese message
 * for the field (naming the file it is about).
 */
export async function checkImages(files: readonly File[]): Promise<{ images: CheckedImage[] } | { error: string }> {
  if (files.length > ATTACHMENTS_MAX) return { error: `最多上传${ATTACHMENTS_MAX}张图片（您选择了${files.length}张），请删去多余的图片后重新选择。` }
  const images: CheckedImage[] = []
  for (const [index, file] of files.entries()) {
    const label = file.name ? `“${file.name}”` : `第${index + 1}个文件`
    if (file.size > ATTACHMENT_BYTES) return { error: `图片${label}超过${MAX_MB} MB，请压缩后重新选择。` }
    const data = Buffer.from(await file.arrayBuffer())
    const kind = sniffImage(data)
    let readable = false
    if (kind) {
      try {
        const meta = await sharp(data).metadata()
        readable = meta.format === kind.sharpFormat && Boolean(meta.width && meta.height)
      } catch {
        readable = false
      }
    }
    if (!kind || !readable) return { error: `${label}不是可以识别的 JPEG、PNG、WebP 或 GIF 图片，只能上传这几种格式的图片。` }
    images.push({ data, mimetype: kind.mimetype, name: `message-${crypto.randomBytes(8).toString('hex')}.${kind.ext}`, size: data.length })
  }
  return { images }
}
