import type { FieldAccess } from 'payload'

import { unitOf } from './unitOf'

type Related = number | string | { id: number | string } | null | undefined

/**
 * A field only the issuing office's staff read (a journal's 发送范围): hidden from everyone
 * else, the public reading a public issue included.
 */
export const readOwnOfficeField: FieldAccess = ({ req, doc, siblingData }) => {
  const own = unitOf(req.user)
  if (own === undefined) return false
  const holder = (doc ?? siblingData) as { office?: Related; version?: { office?: Related } } | undefined
  const office = holder?.office ?? holder?.version?.office
  const id = office && typeof office === 'object' ? office.id : office
  return id !== undefined && id !== null && String(id) === String(own)
}
