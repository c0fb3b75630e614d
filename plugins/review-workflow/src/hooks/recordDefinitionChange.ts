import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { changedFields } from '../audit/changedFields'
import { recordAuditEvent } from '../engine/audit'

const SUBJECT = '审核流程'

/** A change of a workflow definition is an audit record: it decides who signs what. */
export const recordDefinitionChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection }) => {
  const fields = changedFields(previousDoc, doc)
  await recordAuditEvent(req, {
    action: 'configChange',
    subject: `${SUBJECT}：${doc.name ?? doc.code}`,
    docCollection: collection.slug,
    docId: doc.id,
    detail: operation === 'create' ? '新建' : fields.length ? `变更字段：${fields.join('、')}` : '未改变字段值',
  })
  return doc
}

export const recordDefinitionDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await recordAuditEvent(req, { action: 'configChange', subject: `${SUBJECT}：${doc.name ?? doc.code}`, docCollection: collection.slug, docId: doc.id, detail: '删除' })
  return doc
}
