import { createHmac, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AuditAnchor, AuditProtection } from '@gov/review-workflow'

/**
 * Protection of the audit chain from someone who can write the database (a DBA, an SQL
 * injection, a stolen database password) but not the admin server's disk: a keyed MAC on
 * every record (the key lives outside the database) and checkpoints of the chain appended to
 * a file outside the database. Threat model: docs/security.md.
 */
const dataDir = process.env.AUDIT_DATA_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../.data')

let cachedKey: string | undefined

/** AUDIT_KEY, else the key file (AUDIT_KEY_FILE, default .data/audit.key), made on first use. */
export function auditMacKey(): string {
  if (cachedKey) return cachedKey
  if (process.env.AUDIT_KEY) return (cachedKey = process.env.AUDIT_KEY)
  const file = process.env.AUDIT_KEY_FILE ?? path.join(dataDir, 'audit.key')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    try {
      fs.writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
  return (cachedKey = fs.readFileSync(file, 'utf8').trim())
}

function databaseName(): string {
  try {
    return new URL(process.env.DATABASE_URL ?? '').pathname.replace(/^\//, '') || 'default'
  } catch {
    return 'default'
  }
}

/** One checkpoint file per database: AUDIT_ANCHOR_FILE, else .data/audit-anchors/<database>.jsonl. */
export function auditAnchorFile(): string {
  if (process.env.AUDIT_ANCHOR_FILE) return process.env.AUDIT_ANCHOR_FILE
  const dir = process.env.AUDIT_ANCHOR_DIR ?? path.join(dataDir, 'audit-anchors')
  return path.join(dir, `${databaseName().replace(/[^\w.-]/g, '_')}.jsonl`)
}

const anchorMac = (anchor: AuditAnchor) => createHmac('sha256', auditMacKey()).update(`${anchor.seq}:${anchor.hash}:${anchor.at}`).digest('hex')

export const fileAnchors = {
  append(anchor: AuditAnchor) {
    const file = auditAnchorFile()
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.appendFileSync(file, JSON.stringify({ ...anchor, mac: anchorMac(anchor) }) + '\n', { mode: 0o600 })
  },
  /** Checkpoints whose MAC holds (a line written without the key is ignored). */
  read(): AuditAnchor[] {
    const file = auditAnchorFile()
    if (!fs.existsSync(file)) return []
    const anchors: AuditAnchor[] = []
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue
      try {
        const { seq, hash, at, mac } = JSON.parse(line) as AuditAnchor & { mac: string }
        const anchor = { seq: Number(seq), hash: String(hash), at: String(at) }
        if (mac === anchorMac(anchor)) anchors.push(anchor)
      } catch {
        // a torn last line after a crash: ignore it
      }
    }
    return anchors
  },
}

export const auditProtection: AuditProtection = { macKey: auditMacKey, anchors: fileAnchors }
