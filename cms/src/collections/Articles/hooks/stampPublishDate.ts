import type { CollectionBeforeChangeHook } from 'payload'

/** The 发布日期 is the moment an item is first published, unless an editor set it. */
export const stampPublishDate: CollectionBeforeChangeHook = ({ data }) => {
  if (data?._status === 'published' && !data.publishDate) {
    data.publishDate = new Date().toISOString()
  }
  return data
}
