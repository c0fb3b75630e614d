import type { CollectionConfig } from 'payload'

import { hasAnyRole } from '../access/hasAnyRole'
import { isAuthenticated } from '../access/isAuthenticated'

/**
 * 信息分类: a configurable taxonomy, seeded with the 福州 五个报送重点, the 12 enterprise daily
 * categories (企业政务信息报送要点) and 专题.
 */
export const SubmissionCategories: CollectionConfig = {
  slug: 'submission-categories',
  labels: { singular: { zh: '信息分类', en: 'Category' }, plural: { zh: '信息分类', en: 'Categories' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'group', 'order'], group: { zh: '政务信息报送', en: 'Submissions' } },
  access: {
    read: isAuthenticated,
    create: hasAnyRole('infoEditor', 'sysAdmin'),
    update: hasAnyRole('infoEditor', 'sysAdmin'),
    delete: hasAnyRole('sysAdmin'),
  },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { zh: '名称', en: 'Name' } },
    {
      name: 'group',
      type: 'select',
      required: true,
      defaultValue: 'focus',
      label: { zh: '类别', en: 'Group' },
      options: [
        { value: 'focus', label: { zh: '报送重点', en: 'Focus area' } },
        { value: 'daily', label: { zh: '日常报送', en: 'Daily' } },
        { value: 'topic', label: { zh: '专题', en: 'Topic' } },
      ],
    },
    { name: 'description', type: 'textarea', label: { zh: '说明', en: 'Description' } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { zh: '启用', en: 'Active' } },
    { name: 'order', type: 'number', defaultValue: 100, label: { zh: '排序', en: 'Order' } },
  ],
}
