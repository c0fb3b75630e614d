/**
 * Boots Payload against a database of its own, cloned from the migrated template that the
 * global setup prepared. One booted instance per test file.
 */
import { randomBytes } from 'node:crypto'

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
  const name = `gov_test_${process.pid}_${randomBytes(4).toString('hex')}`
  await adminQuery(serverUrl, `create database ${name} template ${template}`)
  const databaseUrl = databaseUrlFor(serverUrl, name)
  process.env.DATABASE_URL = databaseUrl
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/src/payload.config')
  const payload = await getPayload({ config, key: name })
  return {
    payload,
    databaseUrl,
    close: async () => {
      await payload.destroy()
      // Payload's destroy() leaves the adapter's pool open; its idle connections are cut by
      // the forced drop below, which is expected here and must not count as an unhandled error.
      const pool = (payload.db as unknown as { pool?: { on: (e: 'error', f: () => void) => void } }).pool
      pool?.on('error', () => {})
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`)
    },
  }
}
