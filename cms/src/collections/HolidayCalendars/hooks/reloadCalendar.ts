import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { loadCalendar } from '../../../calendar/chinaCalendar'

/** Every saved or deleted year reloads the in-memory calendar the deadline calculations use. */
export const reloadCalendarAfterChange: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (!context.skipCalendarReload) await loadCalendar(req.payload, req)
  return doc
}

export const reloadCalendarAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await loadCalendar(req.payload, req)
  return doc
}
