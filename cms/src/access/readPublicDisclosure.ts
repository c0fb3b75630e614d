import type { Access, Where } from 'payload'

import { hasRole } from '../lib/roles'
import { readsOwnUnitItems } from './readsOwnUnitItems'
import { routedToUser } from './routedToUser'
import { unitOf } from './unitOf'

/**
 * What anyone (the portal included) may read of a disclosable document: published, 主动公开,
 * not 涉密. 依申请公开 and 不予公开 documents never leave the system.
 */
export const PUBLIC_DISCLOSURE: Where = {
  and: [{ _status: { equals: 'published' } }, { disclosureMode: { equals: 'proactive' } }, { classified: { not_equals: true } }],
}

/** Not 涉密 (an unset flag counts as not). `prefix` is 'version.' for version history. */
export const notClassified = (prefix = ''): Where => ({
  or: [{ [`${prefix}classified`]: { equals: false } }, { [`${prefix}classified`]: { exists: false } }],
})

/**
 * Policies and interpretations: the public rule above; the disclosure officer reads every
 * unit's documents but 涉密 ones; a unit's authors and head read their unit's; a signer reads
 * another unit's document while its review is routed to them.
 */
export const readPublicDisclosure =
  (collection: 'policies' | 'interpretations'): Access =>
  async ({ req }) => {
    const user = req.user
    if (!user) return PUBLIC_DISCLOSURE
    const scopes: Where[] = [PUBLIC_DISCLOSURE]
    if (hasRole(user, 'disclosureOfficer')) scopes.push(notClassified())
    const unit = unitOf(user)
    if (readsOwnUnitItems(user) && unit !== undefined) scopes.push({ unit: { equals: unit } })
    const routed = await routedToUser(req, collection)
    if (routed) scopes.push(routed)
    return { or: scopes }
  }
