import type { Payload } from 'payload'

import { migrations as committed } from '../migrations'
import { isUndefinedTable } from './database'
import type { MigrationsCheck } from './types'

/**
 * The migrations this release carries (cms/src/migrations/index.ts) against those the database
 * recorded (payload_migrations). Pending ones mean `npm run migrate` was not run after an
 * upgrade; unknown ones mean the database belongs to a newer release (a rollback without
 * restoring it). Either way this code and the schema disagree.
 */
export async function checkMigrations(payload: Payload, expected: readonly string[] = committed.map((m) => m.name)): Promise<MigrationsCheck> {
  let applied: string[]
  try {
    const found = await payload.find({ collection: 'payload-migrations', pagination: false, depth: 0, overrideAccess: true, select: { name: true, batch: true } })
    // batch -1 marks a development schema push, not a migration.
    applied = found.docs.filter((d) => d.batch !== -1).map((d) => String(d.name))
  } catch (error) {
    if (!isUndefinedTable(error)) throw error
    applied = []
  }
  const done = new Set(applied)
  const known = new Set(expected)
  const pending = expected.filter((name) => !done.has(name))
  const unknown = [...done].filter((name) => !known.has(name))
  const check: MigrationsCheck = { status: pending.length || unknown.length ? 'fail' : 'ok', expected: expected.length, applied: applied.length, pending, unknown }
  if (pending.length) check.detail = `有 ${pending.length} 个数据库迁移尚未执行（npm run migrate）。`
  else if (unknown.length) check.detail = `数据库含本版本不认识的迁移 ${unknown.length} 个（数据库来自更新的版本？）。`
  return check
}
