import type { Access } from 'payload'

import { hasRole } from '../lib/roles'

/**
 * 依申请公开 applications hold personal data: only the disclosure officer handles them, and the
 * heads who approve extensions (unit heads, leaders) read and extend them. Citizens submit
 * through the public endpoint, never through the collection API.
 */
export const handleApplications: Access = ({ req }) => hasRole(req.user, 'disclosureOfficer', 'unitHead', 'leader')

/** Entering an application received on paper or in person. */
export const enterApplications: Access = ({ req }) => hasRole(req.user, 'disclosureOfficer')
