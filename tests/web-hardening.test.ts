/**
 * Web hardening (issue 12 §8 and the client address of §2), against the admin server's request
 * pipeline (scripts/admin-server.ts) on a real socket in front of Payload, the portal server
 * (scripts/serve-portal.ts) as a process, and Payload's own cookie/CSRF handling:
 * - security headers on the admin and the portal (CSP, nosniff, framing, Referrer-Policy, HSTS
 *   only over HTTPS as told by a trusted proxy);
 * - the client address recorded is the socket's (or the right-most untrusted hop behind a
 *   trusted proxy), never a client-written X-Forwarded-For;
 * - public endpoints refuse oversized bodies before reading them, in Chinese;
 * - session cookies SameSite=Lax (Secure in production), and a cookie sent from a foreign
 *   Origin does not authenticate a state-changing request.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { resetAttempts } from '../cms/src/disclosure/applications/rateLimit'
import { freePort } from '../scripts/lib/database'
import { BIN, ROOT } from '../scripts/lib/paths'
import { DEMO_PASSWORD } from '../seed/data/users'
import { startAdminPipeline } from './helpers/adminServer'
import { bootPayload, type TestPayload } from './helpers/payload'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
})

afterAll(async () => {
  await ctx?.close()
})

beforeEach(() => resetAttempts())

const application = (description: string) => ({
  applicantKind: 'natural',
  name: '赵公民',
  idNumber: '11010519491231002X',
  phone: '0591-88001234',
  address: '示范县城关镇人民路2号',
  description,
})

async function storedSourceIp(description: string) {
  const found = await payload.find({ collection: 'disclosure-applications', where: { description: { equals: description } }, overrideAccess: true })
  expect(found.docs).toHaveLength(1)
  return found.docs[0].sourceIp
}

/** A request whose body the client declares but sends only the start of. */
function partialPost(port: number, pathname: string, declared: number, contentType: string): Promise<{ status: number; body: string }> {
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

describe('admin server: security headers', () => {
  it('sends a CSP with a fresh nonce, no framing, nosniff and a Referrer-Policy; HSTS only when a trusted proxy says HTTPS', async () => {
    const direct = await startAdminPipeline(ctx)
    const proxied = await startAdminPipeline(ctx, { trustedProxies: '127.0.0.1' })
    try {
      const first = await fetch(`${direct.url}/api/users/me`, { headers: { 'X-Forwarded-Proto': 'https' } })
      const second = await fetch(`${direct.url}/api/users/me`)
      const csp = first.headers.get('content-security-policy')!
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/)
      expect(csp).not.toContain("'unsafe-inline' 'nonce")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("object-src 'none'")
      expect(csp).toContain("base-uri 'self'")
      expect(second.headers.get('content-security-policy')).not.toBe(csp)
      expect(first.headers.get('x-content-type-options')).toBe('nosniff')
      expect(first.headers.get('x-frame-options')).toBe('DENY')
      expect(first.headers.get('referrer-policy')).toBe('same-origin')
      // A client cannot claim HTTPS for itself.
      expect(first.headers.get('strict-transport-security')).toBeNull()

      const viaProxy = await fetch(`${proxied.url}/api/users/me`, { headers: { 'X-Forwarded-Proto': 'https' } })
      expect(viaProxy.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/)
      expect(viaProxy.headers.get('content-security-policy')).toContain('upgrade-insecure-requests')
    } finally {
      await direct.close()
      await proxied.close()
    }
  })
})

describe('admin server: the client address', () => {
  it('records the socket address, not a forged X-Forwarded-For, when no proxy is trusted', async () => {
    const server = await startAdminPipeline(ctx)
    try {
      const description = `伪造地址测试：${crypto.randomUUID()}`
      const response = await fetch(`${server.url}/api/disclosure/applications`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.66', 'X-Real-IP': '203.0.113.67' },
        body: JSON.stringify(application(description)),
      })
      expect(response.status).toBe(201)
      expect(await storedSourceIp(description)).toBe('127.0.0.1')
    } finally {
      await server.close()
    }
  })

  it('behind a trusted proxy records the right-most untrusted hop, not the first one the client wrote', async () => {
    const server = await startAdminPipeline(ctx, { trustedProxies: '127.0.0.1,10.0.0.0/8' })
    try {
      const description = `代理地址测试：${crypto.randomUUID()}`
      const response = await fetch(`${server.url}/api/disclosure/applications`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.66, 198.51.100.9, 10.1.2.3' },
        body: JSON.stringify(application(description)),
      })
      expect(response.status).toBe(201)
      expect(await storedSourceIp(description)).toBe('198.51.100.9')
    } finally {
      await server.close()
    }
  })
})

describe('admin server: body limits on public endpoints', () => {
  it('answers a declared 50 MB application with a Chinese 413 before the body is sent', async () => {
    const server = await startAdminPipeline(ctx)
    try {
      const before = (await payload.count({ collection: 'disclosure-applications', overrideAccess: true })).totalDocs
      const json = await partialPost(server.port, '/api/disclosure/applications', 50 * 1024 * 1024, 'application/json')
      expect(json.status).toBe(413)
      expect(JSON.parse(json.body).errors[0].message).toMatch(/提交的内容过大（超过 100 KB）/)
      const form = await partialPost(server.port, '/api/disclosure/applications', 50 * 1024 * 1024, 'application/x-www-form-urlencoded')
      expect(form.status).toBe(413)
      expect(form.body).toContain('提交的内容过大')
      expect(form.body).toContain('已填写的内容仍在表单中')
      const login = await partialPost(server.port, '/api/users/login', 1024 * 1024, 'application/json')
      expect(login.status).toBe(413)
      expect((await payload.count({ collection: 'disclosure-applications', overrideAccess: true })).totalDocs).toBe(before)
    } finally {
      await server.close()
    }
  })

  it('refuses a public body of unknown length (chunked) and lets a normal one through', async () => {
    const server = await startAdminPipeline(ctx)
    try {
      const chunked = await new Promise<number>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/users/login', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } })
        req.on('response', (res) => {
          res.resume()
          req.destroy()
          resolve(res.statusCode!)
        })
        req.on('error', reject)
        req.write('{"email":')
      })
      expect(chunked).toBe(411)
      const login = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'reviewer@demo.gov.cn', password: DEMO_PASSWORD }),
      })
      expect(login.status).toBe(200)
    } finally {
      await server.close()
    }
  })
})

describe('session cookies and CSRF', () => {
  /** The instance bootPayload started. */
  const cacheKey = () => new URL(ctx.databaseUrl).pathname.slice(1)
  const login = async () => {
    const response = await handleEndpoints({
      config: payload.config,
      path: '/api/users/login',
      request: new Request('http://localhost/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'officer@demo.gov.cn', password: DEMO_PASSWORD }),
      }),
      payloadInstanceCacheKey: cacheKey(),
    })
    expect(response.status).toBe(200)
    return response.headers.get('set-cookie')!
  }

  /** POST /api/payload-preferences/:key — a state-changing request any signed-in user may make. */
  const setPreference = (key: string, headers: Record<string, string>) =>
    handleEndpoints({
      config: payload.config,
      path: `/api/payload-preferences/${key}`,
      request: new Request(`http://localhost/api/payload-preferences/${key}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ value: { columns: ['title'] } }),
      }),
      payloadInstanceCacheKey: cacheKey(),
    })

  const stored = async (key: string) => (await payload.count({ collection: 'payload-preferences', where: { key: { equals: key } }, overrideAccess: true })).totalDocs

  it('sets the session cookie HttpOnly and SameSite=Lax; Secure in production unless ADMIN_INSECURE_HTTP=1', async () => {
    const cookie = await login()
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    // The Users collection as a production server loads it, and as an intranet on plain http does.
    const usersUnder = async (env: Record<string, string | undefined>) => {
      const saved = { NODE_ENV: process.env.NODE_ENV, ADMIN_INSECURE_HTTP: process.env.ADMIN_INSECURE_HTTP }
      Object.assign(process.env, env)
      if (env.ADMIN_INSECURE_HTTP === undefined) delete process.env.ADMIN_INSECURE_HTTP
      vi.resetModules()
      try {
        return (await import('../cms/src/collections/Users')).Users.auth
      } finally {
        for (const [name, value] of Object.entries(saved)) if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    }
    const production = await usersUnder({ NODE_ENV: 'production' })
    expect(typeof production === 'object' && production.cookies).toMatchObject({ secure: true, sameSite: 'Lax' })
    const intranet = await usersUnder({ NODE_ENV: 'production', ADMIN_INSECURE_HTTP: '1' })
    expect(typeof intranet === 'object' && intranet.cookies).toMatchObject({ secure: false, sameSite: 'Lax' })
    const development = await usersUnder({ NODE_ENV: 'development' })
    expect(typeof development === 'object' && development.cookies).toMatchObject({ secure: false, sameSite: 'Lax' })
  })

  it('refuses a cookie-authenticated state-changing request from a foreign Origin; serves the admin’s own', async () => {
    const token = /payload-token=([^;]+)/.exec(await login())![1]
    const cookie = `payload-token=${token}`

    const evil = await setPreference('csrf-evil', { Cookie: cookie, Origin: 'https://evil.example' })
    expect(evil.status).toBeGreaterThanOrEqual(401)
    expect(evil.status).toBeLessThan(404)
    expect(await stored('csrf-evil')).toBe(0)

    const crossSite = await setPreference('csrf-cross-site', { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' })
    expect(crossSite.status).toBeGreaterThanOrEqual(401)
    expect(await stored('csrf-cross-site')).toBe(0)

    const own = await setPreference('csrf-own', { Cookie: cookie, Origin: 'http://localhost:3000' })
    expect(own.status).toBe(200)
    expect(await stored('csrf-own')).toBe(1)
  })
})

describe('portal server: security headers', () => {
  let portal: ChildProcess
  let base = ''
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-portal-headers-'))
  const inline = "if (localStorage.getItem('elder-mode') === 'on') document.documentElement.classList.add('elder')"
  const module = "const q = new URLSearchParams(location.search).get('q')"

  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, 'search'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html><head><script>${inline}</script></head><body><h1>首页</h1></body></html>`)
    fs.writeFileSync(path.join(dir, 'search', 'index.html'), `<!doctype html><html><head><script>${inline}</script><script type="module">${module}</script><script type="application/ld+json">{}</script><script src="/x.js"></script></head><body></body></html>`)
    fs.writeFileSync(path.join(dir, '404.html'), '<!doctype html><html><body><h1>页面不存在</h1></body></html>')
    fs.writeFileSync(path.join(dir, 'site.css'), 'body{}')
    const port = await freePort()
    base = `http://localhost:${port}`
    portal = spawn(BIN('tsx'), [path.join(ROOT, 'scripts/serve-portal.ts')], {
      env: { ...process.env, PORTAL_DIR: dir, PORTAL_PORT: String(port), CMS_PUBLIC_URL: 'https://cms.example.gov.cn', TRUSTED_PROXIES: '' },
      stdio: 'ignore',
    })
    for (let i = 0; i < 60; i++) {
      try {
        await fetch(base)
        return
      } catch {
        await new Promise((r) => setTimeout(r, 500))
      }
    }
    throw new Error('portal server did not start')
  })

  afterAll(() => {
    portal?.kill('SIGTERM')
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const sha = (text: string) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`

  it('allows its own inline scripts by hash, Pagefind’s WebAssembly and worker, and the form’s post to the CMS', async () => {
    const search = await fetch(`${base}/search/`)
    expect(search.status).toBe(200)
    const csp = search.headers.get('content-security-policy')!
    const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? ''
    expect(directive('script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${[sha(inline), sha(module)].sort().join(' ')}`)
    expect(directive('script-src')).not.toContain('unsafe-inline')
    expect(directive('worker-src')).toBe("worker-src 'self' blob:")
    expect(directive('form-action')).toBe("form-action 'self' https://cms.example.gov.cn")
    expect(directive('connect-src')).toBe("connect-src 'self' https://cms.example.gov.cn")
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'self'")
    expect(search.headers.get('x-content-type-options')).toBe('nosniff')
    expect(search.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(search.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(search.headers.get('strict-transport-security')).toBeNull()

    const home = await fetch(`${base}/`, { headers: { 'X-Forwarded-Proto': 'https' } })
    expect(home.headers.get('content-security-policy')).toContain(`'wasm-unsafe-eval' ${sha(inline)};`)
    // Not from a trusted proxy: no HSTS for a client's own claim.
    expect(home.headers.get('strict-transport-security')).toBeNull()
  })

  it('sends the headers with files and with the 404 page too', async () => {
    const css = await fetch(`${base}/site.css`)
    expect(css.headers.get('x-content-type-options')).toBe('nosniff')
    expect(css.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    const missing = await fetch(`${base}/no-such-page/`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
