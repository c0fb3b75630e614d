/**
 * Boots Payload against a database of its own, cloned from a template the global setup
 * prepared: migrated and empty, or with the demo county seeded (`{ seeded: true }`, the
 * seed's files copied along). One booted instance per test file.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { inject } from 'vitest'

import { adminQuery, databaseUrlFor } from '../../scripts/lib/database'
import { FILE_DIR_VARIABLES, seededFileDirs } from '../setup/seededFiles'

export type TestPayload = {
  payload: Payload
  databaseUrl: string
  close: () => Promise<void>
}

export async function bootPayload(options: { seeded?: boolean } = {}): Promise<TestPayload> {
  const serverUrl = inject('serverUrl')
  const template = inject('templateDatabase')
  // Named after the template so the global teardown finds and drops it once workers are gone.
  const name = `${template}_${process.pid}_${randomBytes(4).toString('hex')}`
  const source = options.seeded ? inject('seededDatabase') : template
  await adminQuery(serverUrl, `create database ${name} template ${source}`)
  const databaseUrl = databaseUrlFor(serverUrl, name)
  process.env.DATABASE_URL = databaseUrl
  // Files of this file's tests go to directories of their own.
  for (const variable of FILE_DIR_VARIABLES) {
    process.env[variable] = fs.mkdtempSync(path.join(os.tmpdir(), `gov-${variable.toLowerCase().replace(/_/g, '-')}-`))
  }
  if (options.seeded) copySeededFiles(inject('seededFilesRoot'), source, name)
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/src/payload.config')
  const payload = await getPayload({ config, key: name })
  return {
    payload,
    databaseUrl,
    // Payload's adapter keeps one pooled connection checked out for good, so the database
    // cannot be dropped from inside the worker; tests/setup/database.ts drops it afterwards.
    close: () => payload.destroy(),
  }
}

/** The seed's uploads and attachments, and its audit checkpoints under the clone's name. */
function copySeededFiles(root: string, seededDatabase: string, clone: string) {
  const from = seededFileDirs(root)
  for (const variable of FILE_DIR_VARIABLES) {
    if (!fs.existsSync(from[variable])) continue
    fs.cpSync(from[variable], process.env[variable]!, { recursive: true })
  }
  const anchors = path.join(process.env.AUDIT_ANCHOR_DIR!, `${seededDatabase}.jsonl`)
  if (fs.existsSync(anchors)) fs.renameSync(anchors, path.join(process.env.AUDIT_ANCHOR_DIR!, `${clone}.jsonl`))
}
