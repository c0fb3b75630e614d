/**
 * POST /api/check-words/import — a text file (multipart field `file`) into one list (`list`).
 * Entries already in the list are kept as they are. One record on the audit chain tells who
 * imported how many. Answers { added, existing, errors: [{ line, message }] }.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { recordAuditEvent } from '@gov/review-workflow'

import { hasRole } from '../lib/roles'
import { CHECK_WORD_LISTS, type CheckWordList } from '../collections/CheckWords'
import { decodeTextFile, parseWordList } from './parseWordList'
import { userError } from '../lib/userErrors'

const MAX_BYTES = 2 * 1024 * 1024
const CHUNK = 500

type Executor = { insert: (table: unknown) => { values: (rows: unknown[]) => { onConflictDoNothing: () => { returning: () => Promise<unknown[]> } } } }

async function insertNew(req: PayloadRequest, list: CheckWordList, entries: ReturnType<typeof parseWordList>['entries']): Promise<number> {
  const adapter = req.payload.db as unknown as { drizzle: Executor; tables: Record<string, unknown>; sessions?: Record<string | number, { db: Executor }> }
  const id = req.transactionID ? await req.transactionID : undefined
  const db = (id !== undefined && adapter.sessions?.[id]?.db) || adapter.drizzle
  const now = new Date().toISOString()
  let added = 0
  for (let i = 0; i < entries.length; i += CHUNK) {
    const rows = entries.slice(i, i + CHUNK).map((e) => ({ list, word: e.word, correction: e.correction, note: e.note, demo: false, updatedAt: now, createdAt: now }))
    added += (await db.insert(adapter.tables.check_words).values(rows).onConflictDoNothing().returning()).length
  }
  return added
}

export const importCheckWordsEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'webmaster', 'reviewer', 'sysAdmin')) throw userError('只有网站管理员、审核员和系统管理员可以导入词库。', 403)
    const form = await req.formData?.().catch(() => null)
    if (!form) throw userError('请以表单方式上传文本文件（字段 file 与 list）。', 400)
    const list = String(form.get('list') ?? '') as CheckWordList
    if (!CHECK_WORD_LISTS.some((l) => l.value === list)) throw userError('请选择要导入的词库（敏感词、易错词或落马官员）。', 400)
    const file = form.get('file')
    if (!file || typeof file === 'string') throw userError('请选择要导入的文本文件。', 400)
    if (file.size > MAX_BYTES) throw userError('文件不能超过 2 MB，请分批导入。', 413)
    const { entries, errors } = parseWordList(decodeTextFile(new Uint8Array(await file.arrayBuffer())), list)
    if (entries.length === 0) return Response.json({ added: 0, existing: 0, errors }, { status: errors.length ? 400 : 200 })
    const added = await insertNew(req, list, entries)
    const label = CHECK_WORD_LISTS.find((l) => l.value === list)!.label.zh
    await recordAuditEvent(req, {
      action: 'configChange',
      subject: '内容检测词库',
      docCollection: 'check-words',
      detail: `从文件“${file.name.slice(0, 80)}”导入${label}：新增 ${added} 条，已存在 ${entries.length - added} 条，有误 ${errors.length} 行`,
    })
    return Response.json({ added, existing: entries.length - added, errors })
  },
}
