/**
 * Brings up the product for browser tests: a fresh database (DATABASE_URL's server, or an
 * embedded one), migrations and the demo seed, the portal build, and the admin through its own
 * server (scripts/admin-server.ts): Next's dev server, or with E2E_NEXT=start the production build
 * once `next build` has run (CI builds it in the smoke step).
 */
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { createScratchDatabase } from '../../scripts/lib/database'
import { BIN, CMS_DIR, ROOT } from '../../scripts/lib/paths'
import { payloadNodeEnv, run, serve } from '../../scripts/lib/run'

declare module 'vitest' {
  export interface ProvidedContext {
    portalUrl: string
    adminUrl: string
    portalDir: string
    e2eEnv: Record<string, string>
  }
}

const PORT = 3200
const PORTAL_PORT = 4400

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

export default async function setup(project: TestProject) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-e2e-'))
  const database = await createScratchDatabase(`gov_e2e_${process.pid}`)
  const production = process.env.E2E_NEXT === 'start'
  if (production && !fs.existsSync(path.join(CMS_DIR, '.next', 'BUILD_ID'))) {
    throw new Error('E2E_NEXT=start needs a production build: run `npm run build -w @gov/cms` first.')
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    PORTAL_DIR: path.join(tmp, 'portal', 'current'),
    AUDIT_ANCHOR_DIR: path.join(tmp, 'audit-anchors'),
    // The portal's 依申请公开 form posts to this admin.
    CMS_PUBLIC_URL: `http://localhost:${PORT}`,
    PORTAL_PORT: String(PORTAL_PORT),
    PUBLISH_BATCH_MS: '0',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  // The demo seed (with the documented demo passwords) runs in development mode.
  await run(BIN('tsx'), [path.join(ROOT, 'scripts/cms-task.ts'), 'prepare'], {
    env: payloadNodeEnv({ ...env, NODE_ENV: 'development' }),
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  await run(BIN('tsx'), [path.join(ROOT, 'scripts/cms-task.ts'), 'build-site'], {
    env: payloadNodeEnv(env),
    stdio: ['ignore', 'ignore', 'inherit'],
  })

  // The admin's own server (scripts/admin-server.ts) over `next dev` or the `next build`.
  const admin: ChildProcess = serve(BIN('tsx'), [path.join(ROOT, 'scripts/admin-server.ts'), '--port', String(PORT)], {
    cwd: CMS_DIR,
    env: { ...env, NODE_ENV: production ? 'production' : 'development' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise<never>((_, reject) =>
    admin.once('exit', (code) => reject(new Error(`admin server (${production ? 'production' : 'dev'}) exited (code ${code}) before answering`))),
  )
  await Promise.race([waitFor(`http://localhost:${PORT}/admin/login`, production ? 60_000 : 240_000), exited])

  const portal: ChildProcess = serve(BIN('tsx'), [path.join(ROOT, 'scripts/serve-portal.ts')], {
    env: { ...env, PORTAL_PORT: String(PORTAL_PORT) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  await waitFor(`http://localhost:${PORTAL_PORT}/`, 30_000)

  project.provide('portalUrl', `http://localhost:${PORTAL_PORT}`)
  project.provide('adminUrl', `http://localhost:${PORT}`)
  project.provide('portalDir', env.PORTAL_DIR!)
  project.provide('e2eEnv', env as Record<string, string>)

  return async () => {
    admin.kill('SIGTERM')
    portal.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    await database.drop()
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}
