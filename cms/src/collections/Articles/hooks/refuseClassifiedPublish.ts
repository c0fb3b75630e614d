import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

/** 涉密 items are never published: a hard stop on every path, Local API included. */
export const refuseClassifiedPublish: CollectionBeforeChangeHook = ({ data }) => {
  if (data?._status === 'published' && data.classified) {
    throw new APIError('涉密信息不得发布。请取消“涉密”标记并经保密审查后再发布。', 400, undefined, true)
  }
  return data
}
