/** Calls through Payload's REST handler (custom endpoints included), signed in by a real login. */
import { handleEndpoints } from 'payload'

import { DEMO_PASSWORD } from '../../seed/data/users'
import type { TestPayload } from './payload'

export function restClient(ctx: () => TestPayload) {
  const tokens = new Map<string, string>()
  async function tokenFor(email: string) {
    if (!tokens.has(email)) {
      const login = await ctx().payload.login({ collection: 'users', data: { email, password: DEMO_PASSWORD } })
      tokens.set(email, login.token!)
    }
    return tokens.get(email)!
  }

  /** A GET signed in as `email` (or anonymous). */
  async function get(url: string, email?: string): Promise<Response> {
    const headers: Record<string, string> = {}
    if (email) headers.Authorization = `JWT ${await tokenFor(email)}`
    return handleEndpoints({
      config: ctx().payload.config,
      path: url.split('?')[0],
      request: new Request(`http://localhost${url}`, { headers }),
      // The instance bootPayload started, keyed by its database name.
      payloadInstanceCacheKey: new URL(ctx().databaseUrl).pathname.slice(1),
    })
  }

  /** A POST with a JSON body, signed in as `email` (or anonymous). */
  async function post(url: string, body: unknown, email?: string): Promise<Response> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (email) headers.Authorization = `JWT ${await tokenFor(email)}`
    return handleEndpoints({
      config: ctx().payload.config,
      path: url.split('?')[0],
      request: new Request(`http://localhost${url}`, { method: 'POST', headers, body: JSON.stringify(body) }),
      payloadInstanceCacheKey: new URL(ctx().databaseUrl).pathname.slice(1),
    })
  }

  /** The messages of an error response, joined. */
  async function errorOf(response: Response): Promise<string> {
    const body = (await response.json()) as { errors?: { message: string }[] }
    return body.errors?.map((e) => e.message).join('；') ?? ''
  }

  return { get, post, errorOf }
}
