import type { CollectionConfig, Where, Field } from 'payload'

import { readOwnUnitOrReceived } from '../../access/readOwnUnitOrReceived'
import { unitOf } from '../../access/unitOf'
import { writeOwnUnitSubmission } from '../../access/writeOwnUnitSubmission'
import { createdByField } from '../../fields/createdBy'
import { documentStatus } from '../../components/DocumentStatus/config'
import { LINE_STATUSES, RESEARCH_SECTIONS, selectOptions, SUBMISSION_TYPES, URGENCY_LEVELS } from '../../submissions/constants'
import { guardSentSubmission } from './hooks/guardSentSubmission'
import { validateSubmission } from './hooks/validateSubmission'

export { SUBMISSION_REVIEWED_FIELDS } from './reviewedFields'

const systemField = (field: Field): Field =>
  ({ ...field, access: { create: () => false, update: () => false }, admin: { ...(field.admin ?? {}), readOnly: true } }) as Field

/**
 * 政务信息报送: an information officer writes an item for their unit; the unit's leader signs it
 * (review workflow); final approval sends it to the office of the parent unit (`submission-receipts`).
 */
export const Submissions: CollectionConfig = {
  slug: 'submissions',
  labels: { singular: { zh: '报送信息', en: 'Submission' }, plural: { zh: '报送信息', en: 'Submissions' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'unit', 'type', 'lineStatus', 'sentAt'],
    group: { zh: '政务信息报送', en: 'Submissions' },
    components: {
      edit: {
        Status: documentStatus({
          label: '报送状态',
          words: { draft: '未报送', published: '已报送', changed: '已报送（修改未报送）' },
          field: 'lineStatus',
          fieldLabels: Object.fromEntries(LINE_STATUSES.map((o) => [o.value, o.label.zh])),
        }),
      },
    },
    description: {
      zh: '信息员撰写，保存草稿后提交审核，经本单位分管信息的领导签发后自动报送上级单位信息工作机构。报送后如被退稿，可修改后重新提交。',
      en: 'Written by the information officer, signed by the unit leader, then sent to the upper office.',
    },
  },
  versions: { drafts: true, maxPerDoc: 30 },
  access: {
    read: readOwnUnitOrReceived(),
    readVersions: readOwnUnitOrReceived('version.'),
    create: writeOwnUnitSubmission,
    update: writeOwnUnitSubmission,
    delete: ({ req, data }) => {
      const scope = writeOwnUnitSubmission({ req, data })
      return scope && typeof scope === 'object' ? { and: [scope as Where, { sentAt: { exists: false } }] } : scope
    },
  },
  hooks: {
    beforeValidate: [
      ({ data, req, operation }) => {
        if (data && operation === 'create') {
          data.unit ??= unitOf(req.user)
          data.createdBy ??= req.user?.id
        }
        return data
      },
    ],
    beforeChange: [validateSubmission, guardSentSubmission],
  },
  defaultSort: '-updatedAt',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120, label: { zh: '标题', en: 'Title' } },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'relationship',
          relationTo: 'submission-categories',
          required: true,
          label: { zh: '信息分类', en: 'Category' },
          filterOptions: { active: { equals: true } },
        },
        { name: 'type', type: 'select', required: true, defaultValue: 'dynamic', label: { zh: '信息类型', en: 'Type' }, options: selectOptions(SUBMISSION_TYPES) },
        { name: 'urgency', type: 'select', required: true, defaultValue: 'normal', label: { zh: '紧急程度', en: 'Urgency' }, options: selectOptions(URGENCY_LEVELS) },
      ],
    },
    {
      name: 'research',
      type: 'group',
      label: { zh: '调研信息', en: 'Research' },
      admin: {
        condition: (data) => data?.type === 'research',
        description: { zh: '调研信息须“有情况、有问题、有分析、有建议”，四部分均须填写。', en: 'All four parts are required.' },
      },
      fields: RESEARCH_SECTIONS.map((s) => ({ name: s.name, type: 'textarea' as const, label: s.label })),
    },
    {
      name: 'body',
      type: 'richText',
      label: { zh: '正文', en: 'Body' },
      admin: { description: { zh: '类型为“调研”时可不填正文，填写上方四部分即可。', en: 'Optional for research items.' } },
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'submission-files',
      hasMany: true,
      label: { zh: '附件', en: 'Attachments' },
    },
    {
      type: 'row',
      fields: [
        { name: 'writer', type: 'text', required: true, label: { zh: '执笔人', en: 'Writer' } },
        {
          name: 'writerPhone',
          type: 'text',
          required: true,
          label: { zh: '联系电话', en: 'Phone' },
          validate: (value: unknown) =>
            typeof value === 'string' && /^[0-9+\-()\s转]{7,20}$/.test(value.trim()) ? true : '请填写执笔人的联系电话（7–20 位数字，可含区号、分机）。',
        },
      ],
    },
    {
      name: 'commission',
      type: 'relationship',
      relationTo: 'commissions',
      label: { zh: '响应约稿', en: 'Commission' },
      admin: { description: { zh: '如本信息是对上级约稿的回复，请选择该约稿。', en: 'When answering a commission.' } },
      // A commission that asks the submitting unit — judged by the item's unit, not by who saves
      // it: the receiving office's editor adopts, returns or forwards an answer too.
      filterOptions: ({ data, user }) => {
        const own = data?.unit as number | { id: number } | null | undefined
        const unit = own !== null && own !== undefined ? (typeof own === 'object' ? own.id : own) : user ? unitOf(user as never) : undefined
        if (unit === undefined) return user ? false : true
        return { units: { in: [unit] } }
      },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      required: true,
      label: { zh: '报送单位', en: 'Unit' },
      admin: { position: 'sidebar', readOnly: true },
    },
    systemField({
      name: 'lineStatus',
      type: 'select',
      defaultValue: 'draft',
      label: { zh: '报送状态', en: 'Status' },
      options: selectOptions(LINE_STATUSES),
      admin: { position: 'sidebar' },
    }),
    systemField({ name: 'sentAt', type: 'date', label: { zh: '报送时间', en: 'Sent at' }, admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm' } } }),
    systemField({ name: 'returnReason', type: 'textarea', label: { zh: '退稿理由', en: 'Return reason' }, admin: { position: 'sidebar', condition: (data) => data?.lineStatus === 'returned' } }),
    systemField({
      name: 'receivedBy',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      label: { zh: '已送达', en: 'Received by' },
      admin: { position: 'sidebar', description: { zh: '信息已送达的各级信息工作机构。', en: 'Offices the item reached.' } },
    }),
    {
      name: 'receipts',
      type: 'join',
      collection: 'submission-receipts',
      on: 'submission',
      label: { zh: '处理情况', en: 'Handling' },
      admin: { defaultColumns: ['title', 'officeLevel', 'status', 'adoptionMode', 'receivedAt'] },
    },
    createdByField,
  ],
}
