/**
 * Gives every test run a PostgreSQL: DATABASE_URL when set (CI points it at the machine's
 * server), otherwise an embedded server in a temporary directory. A template database with
 * all migrations applied is built once; each test file clones it (CREATE DATABASE … TEMPLATE),
 * so files are isolated from each other and can run in parallel.
 */
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { adminQuery, createScratchDatabase } from '../../scripts/lib/database'
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
  const template = await createScratchDatabase(TEMPLATE)
  await run(BIN('tsx'), [path.join(ROOT, 'scripts/cms-task.ts'), 'migrate'], {
    env: payloadNodeEnv({ ...process.env, DATABASE_URL: template.url }),
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  project.provide('serverUrl', template.serverUrl)
  project.provide('templateDatabase', TEMPLATE)

  return async () => {
    const clones = await adminQuery(template.serverUrl, 'select datname from pg_database where datname like $1', [`${TEMPLATE}_%`])
    for (const { datname } of clones.rows) {
      await adminQuery(template.serverUrl, `drop database if exists "${datname}" with (force)`).catch(() => {})
    }
    await template.drop()
  }
}
