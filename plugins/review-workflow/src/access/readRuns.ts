import type { Access } from 'payload'

import { readableRuns } from '../engine/documentAccess'
import type { SanitizedOptions } from '../options'

/**
 * A run is read by whoever may read its item: the people named on it (author, signers,
 * delegates) and those who read the item's unit's or collection's items (see readableRuns).
 */
export const readRuns: Access = ({ req }) => {
  const options = req.payload.config.custom?.reviewWorkflow as SanitizedOptions | undefined
  if (!req.user || !options) return false
  return readableRuns(req, options)
}
