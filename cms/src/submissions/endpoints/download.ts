/** Responses of the document endpoints: attachments with UTF-8 file names, and the print page. */
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A file name from user text: no path separators, reserved or control characters, at most 80 characters. */
export const safeFilename = (text: string) =>
  // eslint-disable-next-line no-control-regex
  Array.from(text.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()).slice(0, 80).join('') || '未命名'

/** RFC 5987 `filename*` (encodeURIComponent leaves ' ( ) * unencoded). */
export const contentDisposition = (filename: string) =>
  `attachment; filename*=UTF-8''${encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`

export function download(body: Buffer, contentType: string, filename: string, extension: 'docx' | 'xlsx'): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': contentDisposition(`${safeFilename(filename)}.${extension}`),
      'Cache-Control': 'no-store',
    },
  })
}

export const htmlPage = (html: string) =>
  new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      // The page is static: no scripts, no outside resources.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    },
  })
