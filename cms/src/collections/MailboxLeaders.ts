import type { CollectionConfig } from 'payload'

import { hasAnyRole } from '../access/hasAnyRole'

/** 领导信箱: the county leaders citizens may write to, with their posts and duties (public). */
export const MailboxLeaders: CollectionConfig = {
  slug: 'mailbox-leaders',
  labels: { singular: { zh: '信箱领导', en: 'Mailbox leader' }, plural: { zh: '领导信箱名单', en: 'Mailbox leaders' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'title', 'active', 'order'], group: { zh: '互动交流', en: 'Interaction' } },
  defaultSort: 'order',
  access: {
    read: () => true,
    create: hasAnyRole('interactionOfficer', 'sysAdmin'),
    update: hasAnyRole('interactionOfficer', 'sysAdmin'),
    delete: () => false,
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
        { name: 'title', type: 'text', required: true, label: { zh: '职务', en: 'Post' } },
        { name: 'order', type: 'number', defaultValue: 0, label: { zh: '排序（按职务排名）', en: 'Rank order' } },
        { name: 'active', type: 'checkbox', defaultValue: true, label: { zh: '在门户显示', en: 'Shown' } },
      ],
    },
    { name: 'duties', type: 'textarea', label: { zh: '工作分工', en: 'Duties' } },
  ],
}
