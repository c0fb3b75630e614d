/**
 * The text inside an attached PDF or Word (.docx) file, so a 密级 mark or an ID number in an
 * attachment is caught like one in the body. `unpdf` (pdf.js built for servers, no canvas, no
 * worker) reads PDFs; `mammoth` reads .docx. A file that yields no text (a scan, an old .doc,
 * a damaged file) is reported as unreadable: the signer then checks it by eye.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

/** Larger files are not opened at signing time (they are reported as unreadable). */
const MAX_BYTES = 30 * 1024 * 1024
const CACHE_SIZE = 200

const PDF = 'application/pdf'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export type AttachmentFile = { filename?: string | null; mimeType?: string | null; filesize?: number | null; updatedAt?: string | null }

/** Only file kinds that may carry text are looked into; images are checked by their name, alt text and caption. */
export const carriesText = (file: AttachmentFile) => file.mimeType === PDF || file.mimeType === DOCX

/** Text of the same file revision, so signing again does not parse it again. */
const cache = new Map<string, string | null>()

async function extract(mimeType: string, data: Buffer): Promise<string> {
  if (mimeType === PDF) {
    const { extractText, getDocumentProxy } = await import('unpdf')
    const pdf = await getDocumentProxy(new Uint8Array(data))
    try {
      const { text } = await extractText(pdf, { mergePages: false })
      return text.join('\n')
    } finally {
      await pdf.destroy()
    }
  }
  const mammoth = await import('mammoth')
  return (await mammoth.extractRawText({ buffer: data })).value
}

/** A file's bytes from the upload folder; null when missing or over `maxBytes`. */
export type ReadAttachment = (filename: string, maxBytes: number) => Promise<Buffer | null>

const fromFolder =
  (staticDir: string): ReadAttachment =>
  async (filename, maxBytes) => {
    const full = path.join(staticDir, path.basename(filename))
    const { size } = await fs.stat(full)
    return size <= maxBytes ? fs.readFile(full) : null
  }

/**
 * The file's text; null when it cannot be read or holds no text. The file is read from
 * `staticDir`, or by `read` where the collection keeps its files elsewhere (media in a bucket).
 */
export async function attachmentText(staticDir: string, file: AttachmentFile, read: ReadAttachment = fromFolder(staticDir)): Promise<string | null> {
  if (!file.filename || !carriesText(file)) return null
  const key = `${staticDir}/${file.filename}:${file.filesize ?? ''}:${file.updatedAt ?? ''}`
  if (cache.has(key)) return cache.get(key)!
  let text: string | null = null
  try {
    const data = await read(path.basename(file.filename), MAX_BYTES)
    if (data) text = (await extract(file.mimeType!, data)).trim() || null
  } catch {
    text = null
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!)
  cache.set(key, text)
  return text
}
