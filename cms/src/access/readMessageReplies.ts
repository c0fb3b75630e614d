import type { Access, Where } from 'payload'

import { hasRole } from '../lib/roles'
import { MESSAGE_UNIT_ROLES } from './handleMessages'
import { routedToUser } from './routedToUser'
import { unitOf } from './unitOf'

/**
 * 留言答复: the public reads approved replies marked 公开 (the portal exports them as an anonymous
 * visitor); the interaction office reads all; the handling unit's staff read their unit's; a
 * signer reads a reply while its review is routed to them. `prefix` is 'version.' for versions.
 */
export const readMessageReplies =
  (prefix = ''): Access =>
  async ({ req }) => {
    const published: Where = { and: [{ [`${prefix}_status`]: { equals: 'published' } }, { [`${prefix}public`]: { equals: true } }] }
    const user = req.user
    // The public reads the live reply only: never earlier published versions (a reply withdrawn for what it said stays withdrawn).
    if (!user) return prefix ? false : published
    if (hasRole(user, 'interactionOfficer')) return true
    const scopes: Where[] = [published]
    const unit = unitOf(user)
    if (hasRole(user, ...MESSAGE_UNIT_ROLES) && unit !== undefined) scopes.push({ [`${prefix}unit`]: { equals: unit } })
    const routed = await routedToUser(req, 'message-replies', prefix ? 'parent' : 'id')
    if (routed) scopes.push(routed)
    return { or: scopes }
  }
