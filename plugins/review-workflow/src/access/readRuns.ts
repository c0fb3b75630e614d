import type { Access } from 'payload'

/**
 * Signed-in users read runs; the route and opinions are part of the item's review record.
 * Unit scoping of the items themselves stays with the host collection's read rules.
 */
export const readRuns: Access = ({ req }) => Boolean(req.user)
