/**
 * Posts to the public 互动交流 endpoints (留言, 查询, 评价) as the portal's page (or a script, or a
 * browser's plain form post) would, from a given client address.
 */
import http from 'node:http'

import { handleEndpoints } from 'payload'
import sharp from 'sharp'

import type { TestPayload } from './payload'

export const MESSAGES_PATH = '/api/interaction/messages'
export const LOOKUP_PATH = '/api/interaction/lookup'
export const RATING_PATH = '/api/interaction/rating'

/** What a browser sends with a plain form post: it wants HTML. */
export const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

export type PostOptions = { ip?: string; headers?: Record<string, string> }

export function interactionPoster(ctx: () => TestPayload, defaultIp: string) {
  function request(method: string, path: string, body: BodyInit | undefined, contentType: string | null, options: PostOptions = {}) {
    const headers: Record<string, string> = { 'X-Forwarded-For': options.ip ?? defaultIp, ...options.headers }
    if (contentType) headers['Content-Type'] = contentType
    return handleEndpoints({
      config: ctx().payload.config,
      path,
      request: new Request(`http://localhost${path}`, { method, headers, body } as RequestInit),
      payloadInstanceCacheKey: new URL(ctx().databaseUrl).pathname.slice(1),
    })
  }
  return {
    request,
    postJson: (path: string, data: unknown, options?: PostOptions) => request('POST', path, JSON.stringify(data), 'application/json', options),
    /** A browser's urlencoded form post (HTML answers unless `Accept: application/json` is given). */
    postForm: (path: string, data: Record<string, string>, options: PostOptions = {}) =>
      request('POST', path, new URLSearchParams(data).toString(), 'application/x-www-form-urlencoded', { ...options, headers: { Accept: BROWSER_ACCEPT, ...options.headers } }),
    /** multipart/form-data; the runtime writes the Content-Type with its boundary. */
    postMultipart: (path: string, form: FormData, options: PostOptions = {}) => request('POST', path, form, null, { ...options, headers: { Accept: BROWSER_ACCEPT, ...options.headers } }),
    preflight: (path: string, origin: string) =>
      request('OPTIONS', path, undefined, null, { headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } }),
  }
}

/** A form with the given text fields and files under `attachments`. */
export function messageForm(fields: Record<string, string>, files: { bytes: Uint8Array; type: string; name: string }[] = []): FormData {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.set(key, value)
  for (const file of files) form.append('attachments', new Blob([file.bytes as BlobPart], { type: file.type }), file.name)
  return form
}

/** A small real picture. */
export const testImage = (format: 'png' | 'jpeg' | 'webp' | 'gif' = 'png', size = 16) =>
  sharp({ create: { width: size, height: size, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .toFormat(format)
    .toBuffer()
    .then((b) => new Uint8Array(b))

/** A request to a real server whose body the client declares but sends only the start of. */
export function partialPost(port: number, pathname: string, declared: number, contentType: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: pathname, headers: { 'Content-Type': contentType, 'Content-Length': declared } })
    req.on('response', (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => {
        req.destroy()
        resolve({ status: res.statusCode!, body })
      })
    })
    req.on('error', reject)
    req.write(Buffer.alloc(64 * 1024, 'a'))
  })
}
