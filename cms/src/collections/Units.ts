import type { CollectionConfig } from 'payload'

import { hasAnyRole } from '../access/hasAnyRole'

/** 单位: a tree (government → department → section); every user and item belongs to one. */
export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: { zh: '单位', en: 'Unit' }, plural: { zh: '单位', en: 'Units' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'parent', 'code'],
    group: { zh: '系统管理', en: 'System' },
  },
  access: {
    read: () => true,
    create: hasAnyRole('sysAdmin'),
    update: hasAnyRole('sysAdmin'),
    delete: hasAnyRole('sysAdmin'),
  },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { zh: '单位名称', en: 'Name' } },
    { name: 'shortName', type: 'text', label: { zh: '简称', en: 'Short name' } },
    {
      name: 'code',
      type: 'text',
      unique: true,
      label: { zh: '机构代码', en: 'Organisation code' },
      admin: { description: { zh: '用于生成索引号，例如 11350100MB1234567X。', en: 'Used in index numbers.' } },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'units',
      label: { zh: '上级单位', en: 'Parent unit' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'department',
      label: { zh: '单位类型', en: 'Kind' },
      options: [
        { value: 'government', label: { zh: '人民政府', en: 'Government' } },
        { value: 'department', label: { zh: '部门', en: 'Department' } },
        { value: 'section', label: { zh: '内设科室', en: 'Section' } },
      ],
    },
    {
      name: 'level',
      type: 'select',
      required: true,
      defaultValue: 'county',
      label: { zh: '行政层级', en: 'Administrative level' },
      // Enterprise groups use 集团 / 子公司 for the same ladder.
      options: [
        { value: 'national', label: { zh: '国家级', en: 'National' } },
        { value: 'province', label: { zh: '省级', en: 'Province' } },
        { value: 'city', label: { zh: '市级', en: 'City' } },
        { value: 'county', label: { zh: '县级', en: 'County' } },
        { value: 'township', label: { zh: '乡镇', en: 'Township' } },
        { value: 'group', label: { zh: '集团', en: 'Group' } },
        { value: 'subsidiary', label: { zh: '子公司', en: 'Subsidiary' } },
      ],
    },
    {
      name: 'infoOffice',
      type: 'relationship',
      relationTo: 'units',
      label: { zh: '信息工作机构', en: 'Information office' },
      admin: {
        description: {
          zh: '下级单位报送的政务信息由此机构接收（如县政府的信息工作机构是县政府办公室）。单位报送时，信息送往上级单位的信息工作机构；转报时送往再上一级。',
          en: 'The office that receives submissions from the units below this one.',
        },
      },
    },
    { name: 'order', type: 'number', defaultValue: 100, label: { zh: '排序', en: 'Order' } },
  ],
}
