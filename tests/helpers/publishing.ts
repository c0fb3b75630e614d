/** Shared set-up of the tests that publish the portal: a live portal, approvals, raw SQL. */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import pg from 'pg'
import { expect } from 'vitest'

import { sign, submit, workflowOptions } from '@gov/review-workflow'

import { publishPortal } from '../../cms/src/publishing/publishPortal'
import { bootPayload, type TestPayload } from './payload'
import { draftArticle, reqFor } from './workflow'

/** The seeded demo with its portal published once into `live`, no publish queued, and the 要闻动态 column's id. */
export async function bootWithLivePortal(live: string): Promise<{ ctx: TestPayload; payload: Payload; yaowen: number }> {
  process.env.PORTAL_DIR = live
  process.env.PUBLISH_BATCH_MS = '0'
  const ctx = await bootPayload({ seeded: true })
  const payload = ctx.payload
  const yaowen = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
  expect((await publishPortal(payload, { trigger: '首次发布' })).status).toBe('succeeded')
  await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishPortal' } }, overrideAccess: true })
  return { ctx, payload, yaowen }
}

/** An article the officer writes and submits, approved by the unit head and the reviewer (final approval queues its publish). */
export async function approveArticle(payload: Payload, column: number, title: string, extra: Record<string, unknown> = {}): Promise<number> {
  const doc = await draftArticle(payload, column, title, extra)
  const options = workflowOptions(payload)
  const run = await submit(await reqFor(payload, 'officer@demo.gov.cn'), options, { collection: 'articles', id: doc.id })
  await sign(await reqFor(payload, 'head@demo.gov.cn'), options, { runId: run.id, decision: 'approve' })
  await sign(await reqFor(payload, 'reviewer@demo.gov.cn'), options, { runId: run.id, decision: 'approve' })
  return doc.id
}

/** A query on a connection of its own (outside any transaction the test holds open). */
export async function sqlOn<T extends pg.QueryResultRow = pg.QueryResultRow>(databaseUrl: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query<T>(text, params)).rows
  } finally {
    await client.end()
  }
}

/** Every URL file of a built portal's sitemap (all sections, not the index), as one text. */
export function sitemapText(siteDir: string): string {
  const site = fs.realpathSync(siteDir)
  return fs
    .readdirSync(site)
    .filter((file) => /^sitemap-.*\.xml$/.test(file) && file !== 'sitemap-index.xml')
    .map((file) => fs.readFileSync(path.join(site, file), 'utf8'))
    .join('\n')
}
