import type { CollectionConfig } from 'payload'

/**
 * Counters for 索引号 and application receipt numbers: one row per scope (e.g. an organisation
 * and year), incremented only by `nextCounterValue` with a row lock. Read-only in the admin.
 */
export const DisclosureCounters: CollectionConfig = {
  slug: 'disclosure-counters',
  labels: { singular: { zh: '编号计数器', en: 'Counter' }, plural: { zh: '编号计数器', en: 'Counters' } },
  admin: { hidden: ({ user }) => !user?.roles?.includes('sysAdmin'), group: { zh: '系统管理', en: 'System' }, useAsTitle: 'key' },
  access: {
    read: ({ req }) => Boolean(req.user?.roles?.includes('sysAdmin')),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, label: { zh: '范围', en: 'Scope' } },
    { name: 'value', type: 'number', required: true, defaultValue: 0, label: { zh: '当前值', en: 'Value' } },
  ],
}
