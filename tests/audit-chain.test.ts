/**
 * Issue 12 §2: security events on the audit chain (settings, scoring rules, calendars, workflow
 * definitions, reads and exports of citizens' personal data), the audit administrator's
 * filtered export, a chain that notices truncation and a rewrite-and-rehash, and archiving that
 * keeps six months.
 */
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { chainHash, auditContent } from '../plugins/review-workflow/src/audit/chain'
import { archiveAuditRecords, verifyAuditChain, workflowOptions } from '@gov/review-workflow'
import { seed } from '../seed'
import { bootPayload, type TestPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { reqFor } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
const rest = restClient(() => ctx)

type AuditRow = { seq: number; action: string; outcome?: string; subject?: string; detail?: string; actorName?: string; docCollection?: string; docId?: string; clientAddress?: string }

async function recordsSince(seq: number): Promise<AuditRow[]> {
  const found = await payload.find({ collection: 'audit-log' as never, where: { seq: { greater_than: seq } }, sort: 'seq', pagination: false, depth: 0, overrideAccess: true })
  return found.docs as unknown as AuditRow[]
}

async function headSeq(): Promise<number> {
  const found = await payload.find({ collection: 'audit-log' as never, sort: '-seq', limit: 1, depth: 0, overrideAccess: true })
  return Number((found.docs[0] as unknown as AuditRow | undefined)?.seq ?? 0)
}

const sql = (text: string, params: unknown[] = []) => (payload.db as unknown as { pool: { query: (t: string, p?: unknown[]) => Promise<{ rows: any[] }> } }).pool.query(text, params)

/** Keeps the chain as it is, so a test that damages it can put it back. */
async function withChainRestoredAfter(damage: () => Promise<void>) {
  await sql('create table audit_log_saved as select * from audit_log')
  try {
    await damage()
  } finally {
    await sql('delete from audit_log')
    await sql('insert into audit_log select * from audit_log_saved')
    await sql('drop table audit_log_saved')
  }
}

beforeAll(async () => {
  // The first records are made in early 2025, so that archiving (records older than 180 days) has something to archive.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-02-03T09:00:00+08:00') })
  ctx = await bootPayload()
  payload = ctx.payload
  await payload.updateGlobal({ slug: 'site-settings', data: { siteName: '示范县人民政府', host: '示范县人民政府办公室' } as never, overrideAccess: true })
  vi.useRealTimers()
  await seed(payload, { demoPasswords: true })
})

afterAll(async () => {
  vi.useRealTimers()
  await ctx?.close()
})

describe('security events on the audit chain', () => {
  it('records a change of site settings, scoring rules and the disclosure settings with who and what changed', async () => {
    const before = await headSeq()
    const sysadmin = await reqFor(payload, 'sysadmin@demo.gov.cn')
    await payload.updateGlobal({ slug: 'site-settings', data: { operator: '县电子政务中心（测试）' }, req: sysadmin, overrideAccess: false })
    const scoring = await payload.findGlobal({ slug: 'submission-settings', overrideAccess: true, depth: 0 })
    const rules = (scoring.rules ?? []).map((rule, i) => (i === 0 ? { ...rule, points: Number(rule.points) + 1 } : rule))
    await payload.updateGlobal({ slug: 'submission-settings', data: { rules } as never, req: sysadmin, overrideAccess: false })

    const records = await recordsSince(before)
    const site = records.find((r) => r.docCollection === 'site-settings')
    expect(site).toMatchObject({ action: 'configChange', outcome: 'success', subject: '网站设置', actorName: '孙系统' })
    expect(site?.detail).toContain('operator')
    const scoringRecord = records.find((r) => r.docCollection === 'submission-settings')
    expect(scoringRecord).toMatchObject({ action: 'configChange', subject: '报送考核设置（默认）', actorName: '孙系统', detail: '变更字段：rules' })
  })

  it('records changes of holiday calendars and workflow definitions', async () => {
    const before = await headSeq()
    const sysadmin = await reqFor(payload, 'sysadmin@demo.gov.cn')
    const calendar = await payload.find({ collection: 'holiday-calendars', limit: 1, overrideAccess: true })
    await payload.update({ collection: 'holiday-calendars', id: calendar.docs[0].id, data: { source: '国办发明电〔2025〕7号（测试修改）' } as never, overrideAccess: true, req: sysadmin })
    const definition = await payload.find({ collection: 'workflow-definitions' as never, limit: 1, overrideAccess: true })
    const doc = definition.docs[0] as unknown as { id: number; name: string }
    await payload.update({ collection: 'workflow-definitions' as never, id: doc.id, data: { name: `${doc.name}（修订）` } as never, req: sysadmin, overrideAccess: false })

    const records = await recordsSince(before)
    expect(records.find((r) => r.docCollection === 'holiday-calendars')).toMatchObject({ action: 'configChange', subject: '节假日安排', docId: String(calendar.docs[0].id) })
    const changed = records.find((r) => r.docCollection === 'workflow-definitions')
    expect(changed).toMatchObject({ action: 'configChange', actorName: '孙系统' })
    expect(changed?.detail).toContain('name')
  })

  it('records every read and export of 依申请公开 applications by a person, naming the applications', async () => {
    const before = await headSeq()
    const officer = await reqFor(payload, 'disclosure@demo.gov.cn')
    const list = await payload.find({ collection: 'disclosure-applications', limit: 5, req: officer, overrideAccess: false })
    expect(list.docs.length).toBeGreaterThan(0)
    const answered = await payload.find({ collection: 'disclosure-applications', where: { outcome: { exists: true } }, limit: 1, overrideAccess: true })
    const one = answered.docs[0]
    await payload.findByID({ collection: 'disclosure-applications', id: one.id, req: officer, overrideAccess: false })
    const letter = await rest.get(`/api/disclosure-applications/${one.id}/reply-letter`, 'disclosure@demo.gov.cn')

    const records = await recordsSince(before)
    const reads = records.filter((r) => r.action === 'personalDataRead')
    expect(reads.length).toBeGreaterThanOrEqual(2)
    expect(reads.some((r) => r.detail?.includes(list.docs[0].receiptNo!))).toBe(true)
    expect(reads.some((r) => r.subject === one.receiptNo && r.docId === String(one.id))).toBe(true)
    expect(letter.status).toBe(200)
    expect(records.find((r) => r.action === 'personalDataExport')).toMatchObject({ subject: one.receiptNo, docId: String(one.id), actorName: '梁公开' })
  })

  it('does not record the system reading applications for the annual report (overrideAccess)', async () => {
    const before = await headSeq()
    await payload.find({ collection: 'disclosure-applications', limit: 5, overrideAccess: true })
    expect((await recordsSince(before)).filter((r) => r.action === 'personalDataRead')).toEqual([])
  })
})

describe('the audit administrator’s export', () => {
  it('exports the filtered records as a workbook and records the export', async () => {
    const before = await headSeq()
    const response = await rest.get('/api/audit-log/export?action=configChange', 'auditor@demo.gov.cn')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never)
    const sheet = workbook.getWorksheet('审计记录')!
    const actions = new Set<string>()
    sheet.eachRow((row, n) => n > 1 && actions.add(String(row.getCell(7).value)))
    expect([...actions]).toEqual(['配置变更'])
    expect(sheet.rowCount).toBeGreaterThan(3)
    const exported = (await recordsSince(before)).find((r) => r.action === 'auditExport')
    expect(exported).toMatchObject({ actorName: '吴审计', detail: '筛选条件：操作=配置变更' })
  })

  it('is for the audit administrator only, and refuses a malformed filter in Chinese', async () => {
    expect((await rest.get('/api/audit-log/export', 'sysadmin@demo.gov.cn')).status).toBe(403)
    expect((await rest.get('/api/audit-log/export')).status).toBe(401)
    const bad = await rest.get('/api/audit-log/export?from=2026/5/1', 'auditor@demo.gov.cn')
    expect(bad.status).toBe(400)
    expect(await rest.errorOf(bad)).toBe('开始日期格式应为 2026-05-01。')
  })
})

describe('a chain that notices deletion of its newest records and a full rewrite', () => {
  it('verifies as it is, MACs and checkpoints included', async () => {
    const result = await verifyAuditChain(payload)
    expect(result.broken).toBeNull()
    expect(result.macChecked).toBe(true)
    expect(result.anchorsChecked).toBeGreaterThan(0)
  })

  it('notices that the newest records were deleted', async () => {
    await withChainRestoredAfter(async () => {
      const head = await headSeq()
      await sql('delete from audit_log where seq > $1', [head - 2])
      const result = await verifyAuditChain(payload)
      expect(result.broken?.reason).toMatch(/审计记录被截断/)
    })
  })

  it('notices a rewrite of a record with its hash recomputed', async () => {
    await withChainRestoredAfter(async () => {
      const { rows } = await sql("select * from audit_log where action = 'configChange' order by seq limit 1")
      const row = rows[0]
      // The attacker edits the record and recomputes its hash and every later link, but has no key for the MACs.
      await rehashFrom(Number(row.seq), { detail: '无' })
      const result = await verifyAuditChain(payload)
      expect(result.broken?.seq).toBe(Number(row.seq))
      expect(result.broken?.reason).toMatch(/密钥签名/)
    })
  })

  it('notices a whole chain rewritten without MACs, by the checkpoints kept outside the database', async () => {
    await withChainRestoredAfter(async () => {
      await sql('update audit_log set mac = null')
      const { rows } = await sql('select * from audit_log order by seq limit 1')
      await sql('update audit_log set detail = $1 where id = $2', ['改写', rows[0].id])
      await rehashFrom(1, {})
      const result = await verifyAuditChain(payload)
      expect(result.broken?.reason).toMatch(/检查点不符|审计记录被截断/)
    })
  })
})

describe('retention and archiving', () => {
  it('refuses to archive records younger than 180 days', async () => {
    await expect(
      archiveAuditRecords(payload, workflowOptions(payload), { before: new Date(Date.now() - 30 * 24 * 3600 * 1000), write: () => {} }),
    ).rejects.toThrow(/至少保存 180 天/)
    expect((await verifyAuditChain(payload)).broken).toBeNull()
  })

  it('archives the old records to a file after verifying the chain, records it, and the rest still verifies', async () => {
    const { rows: old } = await sql("select count(*)::int as n from audit_log where at < '2025-06-01'")
    expect(old[0].n).toBeGreaterThan(0)
    let written = ''
    const result = await archiveAuditRecords(payload, workflowOptions(payload), {
      before: new Date('2025-06-01T00:00:00+08:00'),
      write: (jsonl) => {
        written = jsonl
      },
    })
    expect(result?.count).toBe(old[0].n)
    expect(written.trim().split('\n')).toHaveLength(old[0].n)
    const { rows: left } = await sql("select count(*)::int as n from audit_log where at < '2025-06-01'")
    expect(left[0].n).toBe(0)
    const archive = (await recordsSince(0)).find((r) => r.action === 'auditArchive')
    expect(archive).toMatchObject({ docId: String(result!.lastSeq) })
    expect(archive?.detail).toContain(result!.sha256)
    const verified = await verifyAuditChain(payload)
    expect(verified.broken).toBeNull()

    // Deleting more of the beginning is not an archive: the chain no longer starts where one says.
    await withChainRestoredAfter(async () => {
      const first = (await recordsSince(0))[0]
      await sql('delete from audit_log where seq = $1', [first.seq])
      expect((await verifyAuditChain(payload)).broken).not.toBeNull()
    })
  })
})

/** Recomputes hashes and links from `seq` on, as someone with database access but without the MAC key would. */
async function rehashFrom(seq: number, change: Record<string, unknown>) {
  const { rows } = await sql('select * from audit_log order by seq')
  let prevHash = seq === 1 ? '0'.repeat(64) : rows.find((r) => Number(r.seq) === seq - 1).hash
  for (const row of rows.filter((r) => Number(r.seq) >= seq)) {
    const record = {
      seq: row.seq,
      at: row.at,
      actor: row.actor_id,
      actorName: row.actor_name,
      actingFor: row.acting_for_id,
      actingForName: row.acting_for_name,
      roles: row.roles,
      unit: row.unit,
      action: row.action,
      outcome: row.outcome,
      subject: row.subject,
      detail: Number(row.seq) === seq && 'detail' in change ? change.detail : row.detail,
      docCollection: row.doc_collection,
      docId: row.doc_id,
      runId: row.run_id,
      stage: row.stage,
      opinion: row.opinion,
      revisionHash: row.revision_hash,
      clientAddress: row.client_address,
      prevHash,
    }
    const hash = chainHash(auditContent(record), row.algorithm)
    await sql('update audit_log set detail = $1, prev_hash = $2, hash = $3 where id = $4', [record.detail, prevHash, hash, row.id])
    prevHash = hash
  }
}
