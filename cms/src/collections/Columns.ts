import type { CollectionConfig } from 'payload'

import { manageColumns } from '../access/manageColumns'
import { unitOf } from '../access/unitOf'
import { hasRole } from '../lib/roles'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** 栏目: portal sections; a column with a unit belongs to that unit's sub-site (子站). */
export const Columns: CollectionConfig = {
  slug: 'columns',
  labels: { singular: { zh: '栏目', en: 'Column' }, plural: { zh: '栏目', en: 'Columns' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'kind', 'unit', 'order'],
    group: { zh: '网站内容', en: 'Portal' },
  },
  access: {
    read: () => true,
    create: manageColumns,
    update: manageColumns,
    delete: manageColumns,
  },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '栏目名称', en: 'Name' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '英文标识', en: 'Slug' },
      admin: { description: { zh: '用于网址，只能用小写字母、数字和连字符，例如 yaowen。', en: 'Used in URLs.' } },
      validate: (value: unknown) =>
        typeof value === 'string' && SLUG_PATTERN.test(value)
          ? true
          : '栏目标识只能包含小写字母、数字和连字符（例如 tongzhi-gonggao）。',
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'news',
      label: { zh: '栏目类型', en: 'Kind' },
      options: [
        { value: 'news', label: { zh: '新闻动态', en: 'News' } },
        { value: 'notice', label: { zh: '通知公告', en: 'Notices' } },
        { value: 'policy', label: { zh: '政策文件', en: 'Policies' } },
        { value: 'interpretation', label: { zh: '政策解读', en: 'Interpretations' } },
        { value: 'disclosure', label: { zh: '政府信息公开', en: 'Disclosure' } },
        { value: 'general', label: { zh: '其他', en: 'Other' } },
      ],
    },
    { name: 'parent', type: 'relationship', relationTo: 'columns', label: { zh: '上级栏目', en: 'Parent' } },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: { zh: '所属子站单位', en: 'Sub-site unit' },
      // A unit's webmaster works in their own sub-site; only the system administrator sets up main-portal columns.
      defaultValue: ({ user }) => (hasRole(user, 'sysAdmin') ? undefined : unitOf(user)),
      filterOptions: ({ user }) => (!user || hasRole(user, 'sysAdmin') ? true : { id: { equals: unitOf(user) ?? 0 } }),
      admin: { description: { zh: '留空为主站栏目（只有系统管理员可以设置主站栏目）。单位网站管理员只能管理本单位子站的栏目。', en: 'Empty for the main portal (system administrator only). A unit webmaster manages only their own sub-site.' } },
    },
    { name: 'description', type: 'textarea', label: { zh: '栏目说明', en: 'Description' } },
    { name: 'showOnHome', type: 'checkbox', defaultValue: false, label: { zh: '在首页显示', en: 'Show on home' } },
    { name: 'order', type: 'number', defaultValue: 100, label: { zh: '排序', en: 'Order' } },
  ],
}
