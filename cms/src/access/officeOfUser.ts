import type { Access, Where } from 'payload'

import { hasRole } from '../lib/roles'
import { unitOf } from './unitOf'

/** Office staff (信息编辑) act for the office they belong to: documents whose `office` is their unit. */
export const writeAsOffice: Access = ({ req, data }) => {
  if (!hasRole(req.user, 'infoEditor')) return false
  const own = unitOf(req.user)
  if (own === undefined) return false
  const requested = (data as { office?: unknown } | undefined)?.office
  const requestedId = requested && typeof requested === 'object' ? (requested as { id: unknown }).id : requested
  if (requestedId !== undefined && requestedId !== null && String(requestedId) !== String(own)) return false
  return { office: { equals: own } }
}

/** Everyone in the office (editors, its head, its leaders) reads the office's documents. */
export const readOfficeDocs =
  (publicWhere?: Where): Access =>
  ({ req }): Where | false => {
    const own = unitOf(req.user)
    if (own === undefined) return publicWhere ?? false
    const office: Where = { office: { equals: own } }
    return publicWhere ? { or: [office, publicWhere] } : office
  }
