import type { Access, Where } from 'payload'

import { readsOwnUnitItems } from './readsOwnUnitItems'
import { routedToUser } from './routedToUser'
import { unitOf } from './unitOf'

const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * Anyone reads published items. A unit's authors and head also read its drafts (涉密 ones
 * included); a signer reads another unit's draft only while its review is routed to them.
 */
export const readPublishedOrOwnUnit: Access = async ({ req }) => {
  const user = req.user
  if (!user) return PUBLISHED
  const scopes: Where[] = [PUBLISHED]
  const unit = unitOf(user)
  if (readsOwnUnitItems(user) && unit !== undefined) scopes.push({ unit: { equals: unit } })
  const routed = await routedToUser(req, 'articles')
  if (routed) scopes.push(routed)
  return { or: scopes }
}
