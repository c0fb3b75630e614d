import type { Access, Where } from 'payload'

import { readsOwnUnitItems } from './readsOwnUnitItems'
import { routedToUser } from './routedToUser'
import { unitOf } from './unitOf'

/**
 * Internal items of a unit (信息化项目): signed-in users read approved (published) ones; a
 * unit's authors and head read their unit's drafts; a signer reads another unit's draft
 * while its review is routed to them. `prefix` is 'version.' for version history.
 */
export const readOwnUnitOrRouted =
  (collection: string, prefix = ''): Access =>
  async ({ req }) => {
    const user = req.user
    if (!user) return false
    const scopes: Where[] = [{ [`${prefix}_status`]: { equals: 'published' } }]
    const unit = unitOf(user)
    if (readsOwnUnitItems(user) && unit !== undefined) scopes.push({ [`${prefix}unit`]: { equals: unit } })
    const routed = await routedToUser(req, collection, prefix ? 'parent' : 'id')
    if (routed) scopes.push(routed)
    return { or: scopes }
  }
