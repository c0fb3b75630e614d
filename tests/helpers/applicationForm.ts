/** Posts to the public 依申请公开 endpoint as the portal's form (or a script) would, from a given client address. */
import { handleEndpoints } from 'payload'

import type { TestPayload } from './payload'

export const APPLICATION_PATH = '/api/disclosure/applications'

export function applicationPoster(ctx: () => TestPayload, defaultIp: string) {
  function post(body: BodyInit, contentType: string, ip = defaultIp) {
    return handleEndpoints({
      config: ctx().payload.config,
      path: APPLICATION_PATH,
      request: new Request(`http://localhost${APPLICATION_PATH}`, {
        method: 'POST',
        headers: { 'Content-Type': contentType, 'X-Forwarded-For': ip },
        body,
        ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
      } as RequestInit),
      payloadInstanceCacheKey: new URL(ctx().databaseUrl).pathname.slice(1),
    })
  }
  return {
    post,
    postForm: (data: Record<string, string>, ip?: string) => post(new URLSearchParams(data).toString(), 'application/x-www-form-urlencoded', ip),
    postJson: (data: unknown, ip?: string) => post(JSON.stringify(data), 'application/json', ip),
  }
}
