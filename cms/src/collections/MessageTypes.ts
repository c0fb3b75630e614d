import type { CollectionConfig } from 'payload'

import { hasAnyRole } from '../access/hasAnyRole'

/** 留言类型: 领导信箱, 咨询, 投诉, 建议, 纠错 … as data, each with its answer time in working days. */
export const MessageTypes: CollectionConfig = {
  slug: 'message-types',
  labels: { singular: { zh: '留言类型', en: 'Message type' }, plural: { zh: '留言类型', en: 'Message types' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'answerDays', 'enabled', 'order'], group: { zh: '互动交流', en: 'Interaction' } },
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
        { name: 'name', type: 'text', required: true, label: { zh: '名称', en: 'Name' } },
        {
          name: 'code',
          type: 'text',
          required: true,
          unique: true,
          label: { zh: '代码', en: 'Code' },
          validate: (value: unknown) => (typeof value === 'string' && /^[a-zA-Z][a-zA-Z0-9-]{1,39}$/.test(value)) || '代码只能由字母、数字和连字符组成，以字母开头。',
          admin: { description: { zh: '门户网址中使用，如 consultation；领导信箱为 leaderMailbox。', en: 'Used in portal addresses.' } },
        },
        {
          name: 'answerDays',
          type: 'number',
          required: true,
          min: 1,
          max: 60,
          defaultValue: 10,
          label: { zh: '答复时限（工作日）', en: 'Answer within (working days)' },
          admin: { description: { zh: '从转办之日起按“节假日安排”计算。', en: 'Counted from hand-over on the working-day calendar.' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'needsLeader', type: 'checkbox', defaultValue: false, label: { zh: '写给领导（领导信箱）', en: 'Addressed to a leader' } },
        { name: 'enabled', type: 'checkbox', defaultValue: true, label: { zh: '启用', en: 'Enabled' } },
        { name: 'order', type: 'number', defaultValue: 0, label: { zh: '排序', en: 'Order' } },
      ],
    },
    { name: 'description', type: 'textarea', label: { zh: '说明（显示在门户留言页）', en: 'Description' } },
  ],
}
