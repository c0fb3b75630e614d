/**
 * Publishes the portal: exports what the public may see, builds it with Astro into a new
 * release directory and, only when the build passed its checks, swaps the live link to it.
 * A failed or killed build leaves the live portal as it was. One publisher at a time
 * (a PostgreSQL advisory lock), every run recorded in 发布日志.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { exportPortalContent } from './exportPortalContent'
import { portalPaths } from './paths'
import { activateRelease, pruneReleases } from './releases'

export type PublishResult = { status: 'succeeded' | 'failed' | 'skipped'; pages?: number; release?: string; error?: string }

type Pool = { connect: () => Promise<{ query: (sql: string) => Promise<{ rows: { locked: boolean }[] }>; release: () => void }> }

const LOCK = "hashtext('gov-portal-publish')"

function buildSite(root: string, contentDir: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'astro'), ['build', '--silent'], {
      cwd: path.join(root, 'site'),
      env: { ...process.env, PORTAL_CONTENT_DIR: contentDir, PORTAL_OUT_DIR: outDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let errors = ''
    child.stderr.on('data', (chunk) => (errors += chunk))
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`门户构建失败（${signal ?? `退出码 ${code}`}）：${errors.trim().slice(-2000)}`)),
    )
  })
}

export async function publishPortal(payload: Payload, { trigger }: { trigger: string }): Promise<PublishResult> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const client = await pool.connect()
  try {
    const { rows } = await client.query(`select pg_try_advisory_lock(${LOCK}) as locked`)
    // Another worker is publishing: its run, or the next one queued, will include this change.
    if (!rows[0].locked) return { status: 'skipped' }
    try {
      return await publishLocked(payload, trigger)
    } finally {
      await client.query(`select pg_advisory_unlock(${LOCK})`)
    }
  } finally {
    client.release()
  }
}

async function publishLocked(payload: Payload, trigger: string): Promise<PublishResult> {
  const started = new Date()
  const paths = portalPaths()
  const name = started.toISOString().replace(/[:.]/g, '-')
  const releaseDir = path.join(paths.releases, name)
  const log = await payload.create({
    collection: 'publish-logs',
    overrideAccess: true,
    data: { status: 'running', trigger, summary: `发布中：${trigger}`, startedAt: started.toISOString(), release: name },
  })
  try {
    await fs.mkdir(releaseDir, { recursive: true })
    const content = path.join(releaseDir, 'content')
    const manifest = await exportPortalContent(payload, content)
    await buildSite(paths.root, content, path.join(releaseDir, 'site'))
    await activateRelease(paths.live, path.join(releaseDir, 'site'))
    await pruneReleases(paths.releases, paths.live)
    const finished = new Date()
    await payload.update({
      collection: 'publish-logs',
      id: log.id,
      overrideAccess: true,
      data: {
        status: 'succeeded',
        summary: `已发布 ${manifest.counts.articles} 篇文章（${trigger}）`,
        finishedAt: finished.toISOString(),
        durationMs: finished.getTime() - started.getTime(),
        pages: manifest.counts.articles,
        revisions: manifest.revisions,
      },
    })
    return { status: 'succeeded', pages: manifest.counts.articles, release: name }
  } catch (error) {
    const message = (error as Error).message
    await fs.rm(releaseDir, { recursive: true, force: true })
    await payload.update({
      collection: 'publish-logs',
      id: log.id,
      overrideAccess: true,
      data: { status: 'failed', summary: `发布失败，网站保持原样（${trigger}）`, finishedAt: new Date().toISOString(), durationMs: Date.now() - started.getTime(), error: message },
    })
    return { status: 'failed', error: message }
  }
}
