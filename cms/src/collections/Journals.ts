import type { CollectionConfig } from 'payload'

import { writeAsOffice } from '../access/officeOfUser'
import { unitOf } from '../access/unitOf'
import { colophonFields } from '../submissions/colophonFields'
import { CLASSIFICATIONS, JOURNAL_KINDS, selectOptions } from '../submissions/constants'

/** 刊物: 《政务要情》《政务快讯》专报 … of an office, with its masthead and distribution defaults. */
export const Journals: CollectionConfig = {
  slug: 'journals',
  labels: { singular: { zh: '刊物', en: 'Journal' }, plural: { zh: '刊物', en: 'Journals' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'office', 'public'], group: { zh: '政务信息报送', en: 'Submissions' } },
  access: {
    read: () => true,
    create: writeAsOffice,
    update: writeAsOffice,
    delete: writeAsOffice,
  },
  hooks: {
    beforeValidate: [
      ({ data, req, operation }) => {
        if (data && operation === 'create') data.office ??= unitOf(req.user)
        return data
      },
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, label: { zh: '刊名', en: 'Name' }, admin: { description: { zh: '不含书名号，如：政务要情', en: 'Without 《》' } } },
        { name: 'kind', type: 'select', required: true, defaultValue: 'xinxi', options: selectOptions(JOURNAL_KINDS), label: { zh: '刊物类别', en: 'Kind' }, admin: { description: { zh: '积分规则按类别计分。', en: 'Scoring rules match on this.' } } },
      ],
    },
    { name: 'office', type: 'relationship', relationTo: 'units', required: true, label: { zh: '编印机构', en: 'Issuing office' }, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'classification', type: 'select', required: true, defaultValue: 'internal', options: selectOptions(CLASSIFICATIONS), label: { zh: '默认密级', en: 'Default classification' } },
        { name: 'copies', type: 'number', min: 0, label: { zh: '默认印数', en: 'Default copies' } },
        { name: 'totalBase', type: 'number', min: 0, defaultValue: 0, label: { zh: '启用前已出总期数', en: 'Issues before this system' }, admin: { description: { zh: '总期号从此数加一起编。', en: 'Running totals continue from here.' } } },
      ],
    },
    ...colophonFields({ zh: '默认', en: 'Default ' }),
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '公开刊物（签发后在门户网站发布）', en: 'Public (issues go on the portal once signed)' },
      admin: { description: { zh: '只有密级为“公开”的期次会在网站发布。', en: 'Only issues marked public are published.' } },
    },
    { name: 'description', type: 'textarea', label: { zh: '简介', en: 'Description' } },
  ],
}
