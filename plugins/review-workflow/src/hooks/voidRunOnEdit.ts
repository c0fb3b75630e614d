import type { CollectionAfterChangeHook } from 'payload'

import { voidIfEdited } from '../engine/actions'
import type { SanitizedOptions } from '../options'

/** Revision binding: saving different content after submission voids the run in review. */
export const voidRunOnEdit =
  (options: SanitizedOptions, collection: string): CollectionAfterChangeHook =>
  async ({ doc, operation, req, context }) => {
    if (operation !== 'update' || (context as { reviewWorkflow?: unknown }).reviewWorkflow) return doc
    await voidIfEdited(req, options, collection, doc as Record<string, unknown>)
    return doc
  }
