import type { Access, Where } from 'payload'

import { hasRole } from '../lib/roles'
import { notClassified } from './readPublicDisclosure'
import { readsOwnUnitItems } from './readsOwnUnitItems'
import { routedToUser } from './routedToUser'
import { unitOf } from './unitOf'

/**
 * Version history of disclosure documents: the disclosure officer sees every unit's but 涉密
 * ones; a unit's authors and head their own unit's; signers a document routed to them.
 */
export const readDisclosureVersions =
  (collection: 'policies' | 'interpretations'): Access =>
  async ({ req }) => {
    const user = req.user
    if (!user) return false
    const scopes: Where[] = []
    if (hasRole(user, 'disclosureOfficer')) scopes.push(notClassified('version.'))
    const unit = unitOf(user)
    if (readsOwnUnitItems(user) && unit !== undefined) scopes.push({ 'version.unit': { equals: unit } })
    const routed = await routedToUser(req, collection, 'parent')
    if (routed) scopes.push(routed)
    return scopes.length > 0 ? { or: scopes } : false
  }
