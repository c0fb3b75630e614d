import type { CollectionBeforeValidateHook } from 'payload'

import { unitOf } from '../../../access/unitOf'

/** A file belongs to the unit of whoever uploads it; nobody moves it to another unit later. */
export const assignMediaUnit: CollectionBeforeValidateHook = ({ data, req, operation }) => {
  if (!data || operation !== 'create') return data
  const own = unitOf(req.user)
  if (own !== undefined) data.unit = own
  return data
}
