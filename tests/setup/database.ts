/**
 * Gives every test run a PostgreSQL: DATABASE_URL when set (CI points it at the machine's
 * server), otherwise an embedded server in a temporary directory. A template database with
 * all migrations applied is built once; each test file clones it (CREATE DATABASE … TEMPLATE),
 * so files are isolated from each other and can run in parallel.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { adminQuery, type Database, databaseUrlFor, startEmbeddedPostgres } from '../../scripts/lib/database'
import { BIN, ROOT } from '../../scripts/lib/paths'
import { payloadNodeEnv, run } from '../../scripts/lib/run'

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string
    templateDatabase: string
  }
}

const TEMPLATE = `gov_test_template_${process.pid}`

export default async function setup(project: TestProject) {
  let db: Database | undefined
  let tmp: string | undefined
  let serverUrl = process.env.DATABASE_URL
  if (!serverUrl) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-test-pg-'))
    db = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'data'), persistent: false, database: 'postgres' })
    serverUrl = db.url
  }
  await adminQuery(serverUrl, `drop database if exists ${TEMPLATE}`)
  await adminQuery(serverUrl, `create database ${TEMPLATE}`)
  await run(BIN('tsx'), [path.join(ROOT, 'scripts/cms-task.ts'), 'migrate'], {
    env: payloadNodeEnv({ ...process.env, DATABASE_URL: databaseUrlFor(serverUrl, TEMPLATE) }),
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  project.provide('serverUrl', serverUrl)
  project.provide('templateDatabase', TEMPLATE)

  return async () => {
    const clones = await adminQuery(serverUrl!, 'select datname from pg_database where datname like $1', [`${TEMPLATE}_%`])
    for (const { datname } of clones.rows) {
      await adminQuery(serverUrl!, `drop database if exists "${datname}" with (force)`).catch(() => {})
    }
    await adminQuery(serverUrl!, `drop database if exists ${TEMPLATE}`).catch(() => {})
    await db?.stop()
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
  }
}
