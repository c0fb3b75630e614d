/**
 * Boots Payload against a database of its own, cloned from the migrated template that the
 * global setup prepared. One booted instance per test file.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { inject } from 'vitest'

import { adminQuery, databaseUrlFor } from '../../scripts/lib/database'

export type TestPayload = {
  payload: Payload
  databaseUrl: string
  close: () => Promise<void>
}

export async function bootPayload(): Promise<TestPayload> {
  const serverUrl = inject('serverUrl')
  const template = inject('templateDatabase')
  // Named after the template so the global teardown finds and drops it once workers are gone.
  const name = `${template}_${process.pid}_${randomBytes(4).toString('hex')}`
  await adminQuery(serverUrl, `create database ${name} template ${template}`)
  const databaseUrl = databaseUrlFor(serverUrl, name)
  process.env.DATABASE_URL = databaseUrl
  // Uploads of this file's tests go to a directory of their own.
  process.env.MEDIA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-media-'))
  process.env.SUBMISSION_FILES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-files-'))
  process.env.MESSAGE_FILES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-message-files-'))
  process.env.AUDIT_ANCHOR_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-audit-anchors-'))
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
