/**
 * What the public endpoints the static portal posts to share (依申请公开, 互动交流): the body read
 * no further than a limit and parsed as JSON, urlencoded or multipart form data; whether to answer
 * with JSON or an HTML page; the CORS headers that let the portal's script read the answer (no
 * cookies: these endpoints need none), and the preflight a JSON post from the portal needs.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { portalOrigin } from './webOrigins'

/** JSON answers, or HTML pages for a browser's plain form post (the portal works without JavaScript). */
export type AnswerKind = 'json' | 'form'

export type PublicBody =
  | {
      kind: AnswerKind
      /** The fields; for a repeated name the last value. */
      fields: Record<string, unknown>
      /** Every value of a name, in order (multipart files under one name). */
      all: (name: string) => unknown[]
    }
  | { kind: AnswerKind; problem: 'tooLarge' | 'unreadable'; limit: number }

export const FORM_TYPES = /application\/x-www-form-urlencoded|multipart\/form-data/

export type BodyOptions = {
  /** Bytes accepted for JSON and urlencoded bodies. */
  limit: number
  /** Bytes accepted for multipart bodies (file uploads); the same as `limit` unless given. */
  multipartLimit?: number
  /**
   * A form post whose Accept asks for JSON (and not for HTML) gets JSON answers: a script may post
   * urlencoded or multipart data — which needs no CORS preflight — and still read the answer.
   */
  jsonOnAccept?: boolean
}

/** The body, read no further than the limit: a declared or streamed size over it is refused unread. */
export async function readLimited(req: PayloadRequest, limit: number): Promise<Buffer | 'tooLarge'> {
  if (Number(req.headers.get('content-length') ?? 0) > limit) return 'tooLarge'
  const stream = (req as unknown as Request).body
  if (!stream) return Buffer.alloc(0)
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return 'tooLarge'
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

const wantsJson = (req: PayloadRequest) => {
  const accept = req.headers.get('accept') ?? ''
  return /application\/json/i.test(accept) && !/text\/html/i.test(accept)
}

/** How a request is to be answered (see {@link BodyOptions.jsonOnAccept}). */
export function answerKind(req: PayloadRequest, options: Pick<BodyOptions, 'jsonOnAccept'> = {}): AnswerKind {
  const type = req.headers.get('content-type') ?? ''
  if (!FORM_TYPES.test(type)) return 'json'
  return options.jsonOnAccept && wantsJson(req) ? 'json' : 'form'
}

/** Reads and parses the body of a public post. Malformed JSON or form data is `unreadable`. */
export async function readPublicBody(req: PayloadRequest, options: BodyOptions): Promise<PublicBody> {
  const type = req.headers.get('content-type') ?? ''
  const kind = answerKind(req, options)
  const multipart = type.includes('multipart/form-data')
  const limit = multipart ? (options.multipartLimit ?? options.limit) : options.limit
  const bytes = await readLimited(req, limit)
  if (bytes === 'tooLarge') return { kind, problem: 'tooLarge', limit }
  const single = (fields: Record<string, unknown>) => ({ kind, fields, all: (name: string) => (name in fields ? [fields[name]] : []) })
  try {
    if (type.includes('application/json')) {
      const json: unknown = JSON.parse(bytes.toString('utf8'))
      return json && typeof json === 'object' && !Array.isArray(json) ? single(json as Record<string, unknown>) : { kind, problem: 'unreadable', limit }
    }
    if (type.includes('application/x-www-form-urlencoded')) {
      const params = new URLSearchParams(bytes.toString('utf8'))
      return { kind, fields: Object.fromEntries(params), all: (name) => params.getAll(name) }
    }
    if (multipart) {
      const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }).formData()
      return { kind, fields: Object.fromEntries(form.entries()), all: (name) => form.getAll(name) }
    }
  } catch {
    // malformed JSON or form data
  }
  return { kind, problem: 'unreadable', limit }
}

/** The portal's page may read the answers (no cookies: the endpoints need none). */
export function corsHeaders(req: PayloadRequest): Record<string, string> {
  const portal = portalOrigin()
  return req.headers.get('origin') === portal ? { 'Access-Control-Allow-Origin': portal, Vary: 'Origin' } : { Vary: 'Origin' }
}

export const htmlAnswer = (req: PayloadRequest, body: string, status: number) =>
  new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...corsHeaders(req) },
  })

export const jsonAnswer = (req: PayloadRequest, body: unknown, status: number) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...corsHeaders(req) } })

/**
 * The CORS preflight of a JSON post from the portal (`Content-Type: application/json` is not a
 * "simple" request): POST with Content-Type and Accept, from the portal's origin only.
 */
export function preflightEndpoint(path: string): Endpoint {
  return {
    path,
    method: 'options',
    handler: async (req) => {
      const allowed = req.headers.get('origin') === portalOrigin()
      return new Response(null, {
        status: 204,
        headers: {
          'Cache-Control': 'no-store',
          ...corsHeaders(req),
          ...(allowed ? { 'Access-Control-Allow-Methods': 'POST, OPTIONS', 'Access-Control-Allow-Headers': 'Content-Type, Accept', 'Access-Control-Max-Age': '600' } : {}),
        },
      })
    },
  }
}
