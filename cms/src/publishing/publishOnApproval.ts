/** What final approval means for the portal: an item the portal shows is published by the next publish run. */
import type { FinalApprovalArgs } from '@gov/review-workflow'

import { enqueuePublish } from './enqueuePublish'

/** The reviewed collections the portal shows, by their name in 发布日志. */
const PORTAL_COLLECTIONS: Record<string, string> = {
  articles: '文章',
  policies: '政策文件',
  interpretations: '政策解读',
  'annual-reports': '政府信息公开年报',
}

export async function publishOnApproval({ req, collection, docId, emergency }: FinalApprovalArgs): Promise<void> {
  if (!PORTAL_COLLECTIONS[collection]) return
  await enqueuePublish(req, `${emergency ? '紧急发布' : '终审发布'}：${PORTAL_COLLECTIONS[collection]} ${docId}`)
}
