import type { Access, Where } from 'payload'

import { hasRole } from '../lib/roles'
import { routedToUser } from './routedToUser'

/**
 * Annual reports: anyone reads published ones (they are always 主动公开); the disclosure
 * officer who compiles them reads drafts, and so do the signers a draft is routed to.
 */
export const readPublishedReports: Access = async ({ req }) => {
  if (hasRole(req.user, 'disclosureOfficer')) return true
  const published: Where = { _status: { equals: 'published' } }
  const routed = await routedToUser(req, 'annual-reports')
  return routed ? { or: [published, routed] } : published
}

/** Version history of annual reports: the disclosure officer, and signers while routed. */
export const readReportVersions: Access = async ({ req }) => {
  if (hasRole(req.user, 'disclosureOfficer')) return true
  return (await routedToUser(req, 'annual-reports', 'parent')) ?? false
}
