import type { Access, CollectionConfig, Where } from 'payload'

import { createInOwnUnit } from '../../access/createInOwnUnit'
import { readFormFilings } from '../../access/readFormFilings'
import { unitOf } from '../../access/unitOf'
import { writeOwnUnit } from '../../access/writeOwnUnit'
import { documentStatus } from '../../components/DocumentStatus/config'
import { createdByField } from '../../fields/createdBy'
import { deadlineState, deadlineText } from '../../forms/deadline'
import { formFilingDocxEndpoint } from '../../forms/endpoints'
import { filedAtOf } from '../../forms/filedAt'
import { AUTHOR_ROLES, hasRole } from '../../lib/roles'
import { describeFiling } from './hooks/describeFiling'
import { prepareFiling } from './hooks/prepareFiling'

/** What a signature covers: the form, the unit and the answers (the rest is derived from them). */
export const FORM_FILING_REVIEWED_FIELDS = ['form', 'unit', 'data']

const DATE_TIME = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy年M月d日 HH:mm' } }
const derived = { create: () => false, update: () => false }

/** A unit's authors delete their own drafts; an approved filing is kept. */
const deleteOwnDraft: Access = ({ req }) => {
  const unit = unitOf(req.user)
  if (!hasRole(req.user, ...AUTHOR_ROLES) || unit === undefined) return false
  const own: Where[] = [{ unit: { equals: unit } }, { _status: { equals: 'draft' } }]
  return { and: own }
}

/**
 * 表单填报: one filled-in form of a unit (政务接待信息报告, 表一, 专栏设置申请表, 网站链接备案表 …).
 * The answers are kept as data shaped by the form; the filing is signed through the review
 * workflow on the route its form names, exported as .docx, and rolled up by the collecting office.
 */
export const FormFilings: CollectionConfig = {
  slug: 'form-filings',
  labels: { singular: { zh: '表单填报', en: 'Form filing' }, plural: { zh: '表单填报', en: 'Form filings' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'form', 'unit', 'deadlineState', 'updatedAt'],
    group: { zh: '表单填报', en: 'Forms' },
    description: { zh: '选择表单，填写后保存草稿，再在右侧“审核”中提交审核；终审后可导出 Word。', en: 'Choose a form, fill it in, save, then submit it for review.' },
    components: { edit: { Status: documentStatus({ label: '填报状态', words: { draft: '未审定', published: '已审定', changed: '已审定（修改待审核）' } }) } },
  },
  versions: { drafts: true, maxPerDoc: 30 },
  access: {
    read: readFormFilings(),
    readVersions: readFormFilings('version.'),
    create: createInOwnUnit,
    update: writeOwnUnit,
    delete: deleteOwnDraft,
  },
  endpoints: [formFilingDocxEndpoint],
  hooks: {
    beforeValidate: [prepareFiling],
    beforeChange: [describeFiling],
  },
  defaultSort: '-updatedAt',
  fields: [
    { name: 'exports', type: 'ui', label: { zh: '导出', en: 'Exports' }, admin: { position: 'sidebar', components: { Field: '/components/DocumentExportLinks#FilingExportLinks' } } },
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' }, admin: { readOnly: true, description: { zh: '保存时按表单、单位和填报内容生成。', en: 'Generated on save.' } }, access: derived },
    {
      type: 'row',
      fields: [
        {
          name: 'form',
          type: 'relationship',
          relationTo: 'form-definitions',
          required: true,
          label: { zh: '表单', en: 'Form' },
          // New filings only on active forms; a saved filing keeps its form even when it is retired.
          filterOptions: ({ id }) => (id ? true : { active: { equals: true } }),
          admin: { width: '50%', description: { zh: '保存后不能更换。', en: 'Fixed once saved.' } },
        },
        {
          name: 'unit',
          type: 'relationship',
          relationTo: 'units',
          label: { zh: '填报单位', en: 'Unit' },
          admin: { width: '50%', readOnly: true, description: { zh: '填报人所在单位，自动填写。', en: 'The author’s unit.' } },
        },
      ],
    },
    {
      name: 'data',
      type: 'json',
      label: { zh: '填报内容', en: 'Answers' },
      admin: { components: { Field: '/components/FormDataField#FormDataField' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'period', type: 'text', index: true, label: { zh: '汇总期间', en: 'Period' }, admin: { width: '25%', readOnly: true }, access: derived },
        { name: 'dueAt', type: 'date', index: true, label: { zh: '报送期限', en: 'Due' }, admin: { width: '25%', readOnly: true, ...DATE_TIME }, access: derived },
        {
          name: 'deadlineState',
          type: 'text',
          virtual: true,
          label: { zh: '期限状态', en: 'Deadline' },
          admin: { width: '50%', readOnly: true, disableListColumn: false },
          hooks: {
            afterRead: [
              async ({ data, req }) => {
                if (!data?.id) return undefined
                const filedAt = data.dueAt ? await filedAtOf(req, data.id) : null
                return deadlineText(deadlineState(data.dueAt, filedAt), data.dueAt)
              },
            ],
          },
        },
      ],
    },
    { name: 'deadlineNote', type: 'text', label: { zh: '期限说明', en: 'Deadline note' }, admin: { readOnly: true, condition: (data) => Boolean(data?.deadlineNote) }, access: derived },
    createdByField,
  ],
}
