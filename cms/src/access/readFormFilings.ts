import type { Access, Where } from 'payload'

import { hasRole } from '../lib/roles'
import { readsOwnUnitItems } from './readsOwnUnitItems'
import { routedToUser } from './routedToUser'
import { unitOf } from './unitOf'

/**
 * 表单填报: a unit's authors and head read their unit's filings, drafts included; a signer
 * reads another unit's filing while its review is routed to them; the staff of the office that
 * collects a form read the approved filings of every unit (to check and roll them up). Nobody
 * reads another unit's draft otherwise. `prefix` is 'version.' for version history.
 */
export const readFormFilings =
  (prefix = ''): Access =>
  async ({ req }) => {
    const user = req.user
    if (!user || hasRole(user, 'sysAdmin', 'secAdmin', 'auditAdmin')) return false
    const scopes: Where[] = []
    const unit = unitOf(user)
    if (readsOwnUnitItems(user) && unit !== undefined) scopes.push({ [`${prefix}unit`]: { equals: unit } })
    const routed = await routedToUser(req, 'form-filings', prefix ? 'parent' : 'id')
    if (routed) scopes.push(routed)
    if (unit !== undefined) {
      const collected = await req.payload.find({ collection: 'form-definitions', where: { office: { equals: unit } }, pagination: false, depth: 0, overrideAccess: true, req, select: {} })
      const forms = collected.docs.map((d) => d.id)
      if (forms.length) scopes.push({ and: [{ [`${prefix}_status`]: { equals: 'published' } }, { [`${prefix}form`]: { in: forms } }] })
    }
    return scopes.length ? { or: scopes } : false
  }
