import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { changedFields, recordAuditEvent } from '@gov/review-workflow'

const fieldList = (fields: string[]) => (fields.length ? `变更字段：${fields.join('、')}` : '未改变字段值')

/** Records a change of a global setting (site settings, scoring rules …) on the audit chain. */
export const recordGlobalChange =
  (label: string): GlobalAfterChangeHook =>
  async ({ doc, previousDoc, req, global }) => {
    await recordAuditEvent(req, {
      action: 'configChange',
      subject: label,
      docCollection: global.slug,
      detail: fieldList(changedFields(previousDoc, doc)),
    })
    return doc
  }

/** Records creation, change and deletion of configuration records (calendars, definitions). */
export function recordCollectionChange(label: string): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  return {
    afterChange: async ({ doc, previousDoc, operation, req, collection }) => {
      await recordAuditEvent(req, {
        action: 'configChange',
        subject: label,
        docCollection: collection.slug,
        docId: doc.id,
        detail: operation === 'create' ? '新建' : fieldList(changedFields(previousDoc, doc)),
      })
      return doc
    },
    afterDelete: async ({ doc, req, collection }) => {
      await recordAuditEvent(req, { action: 'configChange', subject: label, docCollection: collection.slug, docId: doc.id, detail: '删除' })
      return doc
    },
  }
}

/** The global with its changes recorded on the audit chain. */
export function withGlobalAudit(global: GlobalConfig, label: string): GlobalConfig {
  return { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), recordGlobalChange(label)] } }
}

/** The collection with every change and deletion recorded on the audit chain. */
export function withCollectionAudit(collection: CollectionConfig, label: string): CollectionConfig {
  const hooks = recordCollectionChange(label)
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), hooks.afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), hooks.afterDelete],
    },
  }
}
