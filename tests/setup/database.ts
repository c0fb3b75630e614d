/**
 * Gives every test run a PostgreSQL: DATABASE_URL when set (CI points it at the machine's
 * server), otherwise an embedded server in a temporary directory. Two templates are built
 * once: one with all migrations applied, and a clone of it with the demo county seeded (the
 * seed's uploads and audit checkpoints kept in a directory beside it). Each test file clones
 * one of them (CREATE DATABASE … TEMPLATE), so files are isolated from each other, run in
 * parallel, and do not each spend the seed's twenty seconds.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { adminQuery, createScratchDatabase, databaseUrlFor } from '../../scripts/lib/database'
import { BIN, ROOT } from '../../scripts/lib/paths'
import { payloadNodeEnv, run } from '../../scripts/lib/run'
import { seededFileDirs } from './seededFiles'

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string
    templateDatabase: string
    seededDatabase: string
    seededFilesRoot: string
  }
}

const TEMPLATE = `gov_test_template_${process.pid}`
// Named after the template, so the teardown's sweep of clones drops it too.
const SEEDED = `${TEMPLATE}_seeded`

function cmsTask(task: 'migrate' | 'seed', env: Record<string, string>) {
  return run(BIN('tsx'), [path.join(ROOT, 'scripts/cms-task.ts'), task], {
    env: payloadNodeEnv({ ...process.env, ...env }),
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

export default async function setup(project: TestProject) {
  const template = await createScratchDatabase(TEMPLATE)
  await cmsTask('migrate', { DATABASE_URL: template.url })

  await adminQuery(template.serverUrl, `create database ${SEEDED} template ${TEMPLATE}`)
  const seededFilesRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-seeded-'))
  await cmsTask('seed', { DATABASE_URL: databaseUrlFor(template.serverUrl, SEEDED), ...seededFileDirs(seededFilesRoot) })

  project.provide('serverUrl', template.serverUrl)
  project.provide('templateDatabase', TEMPLATE)
  project.provide('seededDatabase', SEEDED)
  project.provide('seededFilesRoot', seededFilesRoot)

  return async () => {
    const clones = await adminQuery(template.serverUrl, 'select datname from pg_database where datname like $1', [`${TEMPLATE}_%`])
    for (const { datname } of clones.rows) {
      await adminQuery(template.serverUrl, `drop database if exists "${datname}" with (force)`).catch(() => {})
    }
    await template.drop()
    fs.rmSync(seededFilesRoot, { recursive: true, force: true })
  }
}
