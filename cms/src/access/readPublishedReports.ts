import type { Access } from 'payload'

import { DISCLOSURE_STAFF_ROLES, hasRole } from '../lib/roles'

/** Annual reports: anyone reads published ones (they are always 主动公开); staff read drafts. */
export const readPublishedReports: Access = ({ req }) =>
  hasRole(req.user, ...DISCLOSURE_STAFF_ROLES) ? true : { _status: { equals: 'published' } }
