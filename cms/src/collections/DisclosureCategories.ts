import type { CollectionConfig, Where } from 'payload'

import { hasAnyRole } from '../access/hasAnyRole'
import { CHANNELS, DISCLOSURE_MODES } from '../disclosure/constants'

/**
 * 政府信息公开目录: a tree of 一级 / 二级 items (指标) with their code, responsible units (分工),
 * time limit, channels and default disclosure mode. The national sections (指南, 制度, 法定主动
 * 公开内容, 年报) are level-one items marked with their `section`.
 */
export const DisclosureCategories: CollectionConfig = {
  slug: 'disclosure-categories',
  labels: { singular: { zh: '公开目录', en: 'Catalog item' }, plural: { zh: '政府信息公开目录', en: 'Disclosure catalog' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'parent', 'timeLimitDays', 'order'],
    group: { zh: '政务公开', en: 'Disclosure' },
    listSearchableFields: ['name', 'code'],
  },
  access: {
    read: () => true,
    create: hasAnyRole('disclosureOfficer', 'webmaster'),
    update: hasAnyRole('disclosureOfficer', 'webmaster'),
    delete: hasAnyRole('disclosureOfficer'),
  },
  defaultSort: 'order',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', required: true, unique: true, index: true, label: { zh: '编码', en: 'Code' } },
        { name: 'name', type: 'text', required: true, label: { zh: '名称', en: 'Name' } },
        { name: 'order', type: 'number', defaultValue: 0, label: { zh: '排序', en: 'Order' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'parent',
          type: 'relationship',
          relationTo: 'disclosure-categories',
          index: true,
          label: { zh: '上级目录', en: 'Parent' },
          filterOptions: ({ id }): Where => (id ? { and: [{ parent: { exists: false } }, { id: { not_equals: id } }] } : { parent: { exists: false } }),
          admin: { description: { zh: '留空为一级目录；二级目录选择所属一级目录。', en: 'Empty for level one.' } },
          validate: (value: unknown, { id }: { id?: number | string }) =>
            !value || !id || String(typeof value === 'object' ? (value as { id: unknown }).id : value) !== String(id) || '上级目录不能是自身。',
        },
        {
          name: 'section',
          type: 'select',
          label: { zh: '法定栏目', en: 'National section' },
          options: [
            { value: 'guide', label: { zh: '政府信息公开指南', en: 'Guide' } },
            { value: 'rules', label: { zh: '政府信息公开制度', en: 'Rules' } },
            { value: 'statutory', label: { zh: '法定主动公开内容', en: 'Statutory content' } },
            { value: 'annualReport', label: { zh: '政府信息公开年报', en: 'Annual reports' } },
          ],
        },
      ],
    },
    {
      name: 'responsibleUnits',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      label: { zh: '责任单位（分工）', en: 'Responsible units' },
    },
    { name: 'responsibility', type: 'text', label: { zh: '分工说明', en: 'Division of work' } },
    {
      type: 'row',
      fields: [
        {
          name: 'timeLimitDays',
          type: 'number',
          min: 0,
          label: { zh: '公开时限（工作日）', en: 'Time limit (working days)' },
          admin: { description: { zh: '自该政府信息形成或者变更之日起计算，一般为20个工作日。', en: 'From the day the information is formed or changed.' } },
        },
        { name: 'timeLimitNote', type: 'text', label: { zh: '时限说明', en: 'Time limit note' } },
      ],
    },
    {
      name: 'channels',
      type: 'select',
      hasMany: true,
      label: { zh: '公开渠道', en: 'Channels' },
      options: CHANNELS,
    },
    {
      name: 'defaultMode',
      type: 'select',
      defaultValue: 'proactive',
      label: { zh: '默认公开属性', en: 'Default disclosure mode' },
      options: DISCLOSURE_MODES,
    },
    { name: 'description', type: 'textarea', label: { zh: '公开内容说明', en: 'Description' } },
    {
      name: 'children',
      type: 'join',
      collection: 'disclosure-categories',
      on: 'parent',
      label: { zh: '下级目录', en: 'Children' },
      defaultSort: 'order',
    },
  ],
}
