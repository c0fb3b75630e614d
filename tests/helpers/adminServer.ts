/**
 * The admin server's request pipeline (scripts/admin-server.ts: client address, security headers,
 * body limits) on a real socket, in front of Payload's REST handler instead of Next.js — so a
 * test sees what the server does to a request and what Payload then records, without a Next build.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { handleEndpoints } from 'payload'

import { adminRequestListener } from '../../scripts/admin-server'
import { parseTrustedProxies } from '../../cms/src/lib/trustedProxy'
import type { TestPayload } from './payload'

export async function startAdminPipeline(ctx: TestPayload, options: { trustedProxies?: string } = {}) {
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Uint8Array[] = []
    for await (const chunk of req) chunks.push(new Uint8Array(chunk as Buffer))
    const url = new URL(req.url ?? '/', 'http://localhost')
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
    const response = await handleEndpoints({
      config: ctx.payload.config,
      path: url.pathname,
      request: new Request(url, { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : new Blob(chunks as BlobPart[]) }),
      payloadInstanceCacheKey: new URL(ctx.databaseUrl).pathname.slice(1),
    })
    res.statusCode = response.status
    response.headers.forEach((value, name) => res.setHeader(name, value))
    res.end(Buffer.from(await response.arrayBuffer()))
  }
  const server = http.createServer(adminRequestListener(handle, { trusted: parseTrustedProxies(options.trustedProxies), dev: false }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
