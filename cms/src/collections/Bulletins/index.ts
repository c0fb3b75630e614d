import type { CollectionConfig } from 'payload'

import { readOfficeDocs, writeAsOffice } from '../../access/officeOfUser'
import { unitOf } from '../../access/unitOf'
import { enqueueWithdrawal } from '../../publishing/enqueuePublish'
import { generateBulletin } from './hooks/generateBulletin'
import { bulletinEndpoints } from '../../submissions/endpoints/bulletins'

export const BULLETIN_REVIEWED_FIELDS = ['title', 'periodType', 'year', 'period', 'intro', 'rows', 'totals']

const system = { create: () => false, update: () => false }

/**
 * 通报: monthly, quarterly or annual ranking of the units an office serves, generated from the
 * statistics when created (or when its period changes), reviewed through the workflow, then
 * published on the portal; .docx and Excel exports.
 */
export const Bulletins: CollectionConfig = {
  slug: 'bulletins',
  labels: { singular: { zh: '通报', en: 'Bulletin' }, plural: { zh: '通报', en: 'Bulletins' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'periodType', '_status', 'generatedAt'],
    group: { zh: '政务信息报送', en: 'Submissions' },
    description: { zh: '选择周期后保存即按统计数据生成排名表；导语可修改。提交审核签发后在门户网站发布。', en: 'Generated from the statistics on save.' },
  },
  versions: { drafts: true, maxPerDoc: 20 },
  access: {
    read: readOfficeDocs({ _status: { equals: 'published' } }),
    readVersions: ({ req }) => {
      const unit = unitOf(req.user)
      return unit === undefined ? false : { 'version.office': { equals: unit } }
    },
    create: writeAsOffice,
    update: writeAsOffice,
    delete: writeAsOffice,
  },
  endpoints: bulletinEndpoints,
  hooks: {
    beforeValidate: [
      ({ data, req, operation }) => {
        if (data && operation === 'create') data.office ??= unitOf(req.user)
        return data
      },
    ],
    beforeChange: [generateBulletin],
    afterChange: [enqueueWithdrawal],
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' }, admin: { readOnly: true }, access: system },
    { name: 'exports', type: 'ui', label: { zh: '导出', en: 'Exports' }, admin: { position: 'sidebar', components: { Field: '/components/DocumentExportLinks#BulletinExportLinks' } } },
    {
      type: 'row',
      fields: [
        {
          name: 'periodType',
          type: 'select',
          required: true,
          defaultValue: 'month',
          label: { zh: '通报周期', en: 'Period' },
          options: [
            { value: 'month', label: { zh: '月度', en: 'Monthly' } },
            { value: 'quarter', label: { zh: '季度', en: 'Quarterly' } },
            { value: 'year', label: { zh: '年度', en: 'Annual' } },
          ],
        },
        { name: 'year', type: 'number', required: true, min: 2000, max: 2100, defaultValue: () => new Date().getFullYear(), label: { zh: '年度', en: 'Year' } },
        {
          name: 'period',
          type: 'number',
          min: 1,
          max: 12,
          label: { zh: '月份/季度', en: 'Month / quarter' },
          admin: { condition: (data) => data?.periodType !== 'year', description: { zh: '月度填 1–12，季度填 1–4。', en: '1–12 or 1–4.' } },
        },
      ],
    },
    { name: 'intro', type: 'textarea', label: { zh: '导语', en: 'Introduction' }, admin: { rows: 6, description: { zh: '生成时按数据起草，可修改。', en: 'Drafted from the figures; editable.' } } },
    {
      name: 'rows',
      type: 'json',
      label: { zh: '排名表', en: 'Ranking' },
      access: system,
      admin: { components: { Field: '/components/BulletinTableField#BulletinTableField' } },
    },
    { name: 'totals', type: 'json', admin: { hidden: true }, access: system },
    { name: 'office', type: 'relationship', relationTo: 'units', required: true, label: { zh: '通报机构', en: 'Office' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'generatedAt', type: 'date', label: { zh: '生成时间', en: 'Generated' }, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm' } }, access: system },
  ],
}
