import type { Access, Where } from 'payload'

import { readsOwnUnitItems } from './readsOwnUnitItems'
import { routedToUser } from './routedToUser'
import { unitOf } from './unitOf'

/**
 * Version history of an article: its unit's authors and head, and the signers it is routed to
 * while it is (paths are under `version.`).
 */
export const readOwnUnitVersions: Access = async ({ req }) => {
  const user = req.user
  if (!user) return false
  const scopes: Where[] = []
  const unit = unitOf(user)
  if (readsOwnUnitItems(user) && unit !== undefined) scopes.push({ 'version.unit': { equals: unit } })
  const routed = await routedToUser(req, 'articles', 'parent')
  if (routed) scopes.push(routed)
  return scopes.length > 0 ? { or: scopes } : false
}
