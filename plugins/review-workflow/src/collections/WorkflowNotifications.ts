import type { Access, CollectionConfig } from 'payload'

import { never } from '../access/never'
import type { SanitizedOptions } from '../options'

export const NOTIFICATION_KINDS = ['assigned', 'approved', 'rejected', 'returned', 'delegated', 'emergency', 'dueSoon', 'overdue'] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, { zh: string; en: string }> = {
  assigned: { zh: '待签发', en: 'Waiting for you' },
  approved: { zh: '已同意', en: 'Approved' },
  rejected: { zh: '不同意', en: 'Rejected' },
  returned: { zh: '退回修改', en: 'Returned' },
  delegated: { zh: '委托签发', en: 'Delegated' },
  emergency: { zh: '紧急发布', en: 'Emergency publish' },
  dueSoon: { zh: '即将到期', en: 'Due soon' },
  overdue: { zh: '已超期', en: 'Overdue' },
}

const ownOnly: Access = ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false)

/** In-app notifications: each user reads and marks only their own; the engine writes them. */
export function workflowNotifications(options: SanitizedOptions): CollectionConfig {
  return {
    slug: options.slugs.notifications,
    labels: { singular: { zh: '审核通知', en: 'Notification' }, plural: { zh: '审核通知', en: 'Notifications' } },
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'read', 'createdAt'], group: { zh: '审核', en: 'Review' } },
    access: { read: ownOnly, update: ownOnly, create: never, delete: never },
    defaultSort: '-createdAt',
    fields: [
      {
        name: 'recipient',
        type: 'relationship',
        relationTo: options.usersCollection as never,
        required: true,
        index: true,
        label: { zh: '接收人', en: 'Recipient' },
        access: { update: () => false },
      },
      {
        name: 'kind',
        type: 'select',
        required: true,
        label: { zh: '类型', en: 'Kind' },
        options: NOTIFICATION_KINDS.map((value) => ({ value, label: NOTIFICATION_KIND_LABELS[value] })),
        access: { update: () => false },
      },
      { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' }, access: { update: () => false } },
      { name: 'message', type: 'textarea', label: { zh: '内容', en: 'Message' }, access: { update: () => false } },
      {
        name: 'link',
        type: 'text',
        label: { zh: '链接', en: 'Link' },
        access: { update: () => false },
        admin: { components: { Field: '@gov/review-workflow/client#OpenLink' } },
      },
      { name: 'runId', type: 'text', index: true, label: { zh: '审核记录编号', en: 'Review run' }, access: { update: () => false } },
      { name: 'read', type: 'checkbox', defaultValue: false, index: true, label: { zh: '已读', en: 'Read' } },
    ],
  }
}
