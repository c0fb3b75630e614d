import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '../scripts/lib/database'

describe('embedded PostgreSQL fallback', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-embedded-'))
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

  it('initialises, starts, creates the database, keeps data across restarts and stops', async () => {
    const dataDir = path.join(tmp, 'data')
    const first = await startEmbeddedPostgres({ dataDir, database: 'gov_embedded' })
    expect(first.embedded).toBe(true)
    const client = new pg.Client({ connectionString: first.url })
    await client.connect()
    const { rows } = await client.query('show server_version')
    expect(rows[0].server_version).toMatch(/^18\./)
    await client.query('create table kept (v text)')
    await client.query("insert into kept values ('示范县')")
    await client.end()
    await first.stop()
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false)

    const second = await startEmbeddedPostgres({ dataDir, database: 'gov_embedded' })
    const again = new pg.Client({ connectionString: second.url })
    await again.connect()
    const kept = await again.query('select v from kept')
    expect(kept.rows).toEqual([{ v: '示范县' }])
    await again.end()
    await second.stop()
  })

  it('refuses to start a second server on a data directory that is in use', async () => {
    const dataDir = path.join(tmp, 'busy')
    const running = await startEmbeddedPostgres({ dataDir })
    try {
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/内置 PostgreSQL 已在运行/)
    } finally {
      await running.stop()
    }
  })
})
