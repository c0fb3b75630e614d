import type { CollectionConfig } from 'payload'

import { createInOwnUnit } from '../access/createInOwnUnit'
import { readOwnUnitOrRouted } from '../access/readOwnUnitOrRouted'
import { writeOwnUnit } from '../access/writeOwnUnit'
import { documentStatus } from '../components/DocumentStatus/config'
import { assignAuthorUnit } from './Articles/hooks/assignAuthorUnit'

/** 政务信息化项目立项: approval by amount (< 50万 filing only, ≥ 50万 数据局, ≥ 100万 市政府). */
export const ItProjects: CollectionConfig = {
  slug: 'it-projects',
  labels: { singular: { zh: '信息化项目', en: 'IT project' }, plural: { zh: '信息化项目立项', en: 'IT projects' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'unit', 'amount', 'updatedAt'],
    group: { zh: '审核', en: 'Review' },
    components: { edit: { Status: documentStatus({ label: '立项状态', words: { draft: '未立项', published: '已立项', changed: '已立项（修改待审核）' } }) } },
  },
  versions: { drafts: true, maxPerDoc: 20 },
  access: {
    read: readOwnUnitOrRouted('it-projects'),
    readVersions: readOwnUnitOrRouted('it-projects', 'version.'),
    create: createInOwnUnit,
    update: writeOwnUnit,
    delete: writeOwnUnit,
  },
  hooks: { beforeValidate: [assignAuthorUnit] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '项目名称', en: 'Project' } },
    { name: 'unit', type: 'relationship', relationTo: 'units', required: true, label: { zh: '申报单位', en: 'Unit' } },
    {
      name: 'amount',
      type: 'number',
      required: true,
      min: 0,
      label: { zh: '预算金额（元）', en: 'Budget (yuan)' },
      admin: { description: { zh: '50 万元以下备案；50 万元及以上报数据局审批；100 万元及以上报市政府审批。', en: 'Approval depends on the amount.' } },
    },
    {
      name: 'category',
      type: 'select',
      defaultValue: 'professional',
      label: { zh: '项目类别', en: 'Category' },
      options: [
        { value: 'professional', label: { zh: '专业类服务项目', en: 'Professional' } },
        { value: 'public', label: { zh: '公共类服务项目', en: 'Public' } },
      ],
    },
    { name: 'summary', type: 'textarea', label: { zh: '建设内容', en: 'Scope' } },
  ],
}
