import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { recordAuditEvent } from '@gov/review-workflow'

import { reviewedUsesOf, type ReviewedUse } from '../mediaUse'
import { userError } from '../../../lib/userErrors'

type MediaDoc = { id: number; filename?: string | null; alt?: string | null; caption?: string | null }

/** What of the media the request would change that the portal shows: the file, 替代文字, 图片说明. */
function changesShown(req: PayloadRequest, data: Record<string, unknown> | undefined, doc: MediaDoc): string[] {
  const changes: string[] = []
  if (req.file) changes.push('文件')
  if (data?.alt !== undefined && data.alt !== doc.alt) changes.push('替代文字')
  if (data?.caption !== undefined && (data.caption ?? null) !== (doc.caption ?? null)) changes.push('图片说明')
  return changes
}

async function targets(req: PayloadRequest, args: { id?: number | string; where?: Where }): Promise<MediaDoc[]> {
  if (args.id !== undefined) {
    const doc = await req.payload.findByID({ collection: 'media', id: args.id, depth: 0, overrideAccess: true, req, disableErrors: true })
    return doc ? [doc as unknown as MediaDoc] : []
  }
  if (!args.where) return []
  const found = await req.payload.find({ collection: 'media', where: args.where, depth: 0, pagination: false, overrideAccess: true, req })
  return found.docs as unknown as MediaDoc[]
}

/** Whether the collection's own update (or delete) rule lets the user change this file. */
async function mayChange(req: PayloadRequest, id: number, operation: 'update' | 'delete'): Promise<boolean> {
  const access = req.payload.collections.media.config.access[operation]
  const result = await access({ req, id } as never)
  if (typeof result === 'boolean') return result
  const count = await req.payload.count({ collection: 'media', where: { and: [result, { id: { equals: id } }] }, overrideAccess: true, req })
  return count.totalDocs > 0
}

const describe = (uses: ReviewedUse[]) =>
  uses
    .slice(0, 3)
    .map((u) => `《${u.title}》（${u.state === 'published' ? '已发布' : '审核中'}）`)
    .join('、') + (uses.length > 3 ? `等 ${uses.length} 篇` : '')

/**
 * What a signer approved is what the portal shows, files included: a media file used by a
 * published article or by the revision now in review is never replaced, its alt text and
 * caption never changed, and it is not deleted; a new file goes into the article and through
 * its review. Checked before Payload touches the files on disk (it deletes the old file before
 * any other hook runs). Every refused replacement is on the audit chain.
 */
export const lockReviewedMedia: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  // Anonymous requests are refused by the access rules; nothing is looked up for them.
  if (!req.user) return args
  const docs = await targets(req, args as { id?: number | string; where?: Where })
  for (const doc of docs) {
    const changes = operation === 'update' ? changesShown(req, args.data as Record<string, unknown> | undefined, doc) : ['删除']
    if (changes.length === 0) continue
    const subject = doc.filename ?? `媒体文件 ${doc.id}`
    if (args.overrideAccess === false && operation === 'delete' && !(await mayChange(req, doc.id, 'delete'))) continue // refused next, and told nothing of its uses
    if (operation === 'update' && args.overrideAccess === false && !(await mayChange(req, doc.id, 'update'))) {
      // Payload refuses it next (unit scope); the attempt is recorded.
      await recordAuditEvent(req, {
        action: 'mediaReplace',
        outcome: 'failure',
        subject,
        detail: `拒绝修改${changes.join('、')}：无权修改其他单位的媒体文件`,
        docCollection: 'media',
        docId: doc.id,
        ownTransaction: true,
      })
      continue
    }
    const uses = await reviewedUsesOf(req, doc.id)
    if (uses.length === 0) continue
    if (operation === 'delete') {
      throw userError(`该媒体文件正被${describe(uses)}使用，不能删除。请先在稿件中换用其他文件并重新提交审核。`, 409)
    }
    await recordAuditEvent(req, {
      action: 'mediaReplace',
      outcome: 'failure',
      subject,
      detail: `拒绝修改${changes.join('、')}：该文件正被${describe(uses)}使用`,
      docCollection: 'media',
      docId: doc.id,
      ownTransaction: true,
    })
    throw userError(
      `该媒体文件正被${describe(uses)}使用，不能替换文件或修改替代文字、图片说明：审核通过的内容必须与门户网站显示的一致。请上传新文件，在稿件中改用新文件后重新提交审核。`,
      409,
    )
  }
  return args
}
