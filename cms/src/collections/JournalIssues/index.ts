import type { CollectionConfig, Where } from 'payload'

import { readOfficeDocs, writeAsOffice } from '../../access/officeOfUser'
import { unitOf } from '../../access/unitOf'
import { ADOPTION_MODES, CLASSIFICATIONS, selectOptions } from '../../submissions/constants'
import { enqueueWithdrawal } from '../../publishing/enqueuePublish'
import { colophonFields } from '../../submissions/colophonFields'
import { keepSignedIssue } from './hooks/keepSignedIssue'
import { applyJournalClassification, numberIssue } from './hooks/numberIssue'
import { journalIssueEndpoints } from '../../submissions/endpoints/journalIssues'

/** Fields the leader's sign-off covers (masthead date and signer are stamped at sign-off). */
export const JOURNAL_ISSUE_REVIEWED_FIELDS = ['journal', 'supplement', 'editorNote', 'items', 'classification', 'reportTo', 'copyTo', 'distribution', 'copies', 'public', 'editorName']

const system = { create: () => false, update: () => false }

/**
 * 刊物期次: numbered on creation (yearly number and running total; supplements separately),
 * compiled from adopted items, signed off through the review workflow (the masthead date is the
 * leader's sign-off date), exported as .docx and a print view; public issues go on the portal.
 */
export const JournalIssues: CollectionConfig = {
  slug: 'journal-issues',
  labels: { singular: { zh: '刊物期次', en: 'Journal issue' }, plural: { zh: '刊物期次', en: 'Journal issues' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'issueDate', 'classification', '_status', 'signedAt'],
    group: { zh: '政务信息报送', en: 'Submissions' },
    description: {
      zh: '新建时自动编号（年度期号和总期号；增刊单独编号）。采用的稿件自动加入本期，可调整顺序、编辑标题和文字。提交审核经领导签发后方可印发，报头日期为签发日期。',
      en: 'Numbered on creation; adopted items are added automatically; signed off through review.',
    },
  },
  versions: { drafts: true, maxPerDoc: 30 },
  access: {
    read: readOfficeDocs({ and: [{ _status: { equals: 'published' } }, { public: { equals: true } }, { classification: { equals: 'public' } }] }),
    readVersions: ({ req }) => {
      const unit = unitOf(req.user)
      return unit === undefined ? false : { 'version.office': { equals: unit } }
    },
    create: writeAsOffice,
    update: writeAsOffice,
    delete: ({ req, data }) => {
      const scope = writeAsOffice({ req, data })
      return scope && typeof scope === 'object' ? { and: [scope as Where, { signedAt: { exists: false } }] } : scope
    },
  },
  endpoints: journalIssueEndpoints,
  hooks: {
    beforeValidate: [applyJournalClassification],
    beforeChange: [keepSignedIssue, numberIssue],
    afterChange: [enqueueWithdrawal],
  },
  defaultSort: '-issueDate',
  fields: [
    { name: 'title', type: 'text', label: { zh: '刊期', en: 'Issue' }, admin: { readOnly: true }, access: system },
    { name: 'exports', type: 'ui', label: { zh: '导出', en: 'Exports' }, admin: { position: 'sidebar', components: { Field: '/components/DocumentExportLinks#IssueExportLinks' } } },
    {
      type: 'row',
      fields: [
        { name: 'journal', type: 'relationship', relationTo: 'journals', required: true, label: { zh: '刊物', en: 'Journal' }, filterOptions: ({ user }) => ({ office: { equals: unitOf(user as never) ?? 0 } }) },
        {
          name: 'issueDate',
          type: 'date',
          required: true,
          defaultValue: () => new Date().toISOString(),
          label: { zh: '编印日期', en: 'Date' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' }, description: { zh: '决定期号所属年度；编号后不能修改。', en: 'Decides the year of the number; fixed once numbered.' } },
        },
        { name: 'supplement', type: 'checkbox', defaultValue: false, label: { zh: '增刊', en: 'Supplement' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', label: { zh: '年度', en: 'Year' }, admin: { readOnly: true }, access: system },
        { name: 'number', type: 'number', label: { zh: '期号', en: 'Number' }, admin: { readOnly: true }, access: system },
        { name: 'total', type: 'number', label: { zh: '总期号', en: 'Running total' }, admin: { readOnly: true }, access: system },
      ],
    },
    { name: 'editorNote', type: 'textarea', label: { zh: '编者按', en: "Editor's note" } },
    {
      name: 'items',
      type: 'array',
      label: { zh: '本期稿件', en: 'Items' },
      labels: { singular: { zh: '稿件', en: 'Item' }, plural: { zh: '稿件', en: 'Items' } },
      fields: [
        { name: 'heading', type: 'text', required: true, label: { zh: '标题', en: 'Heading' } },
        { name: 'text', type: 'textarea', required: true, label: { zh: '正文', en: 'Text' }, admin: { rows: 8 } },
        {
          type: 'row',
          fields: [
            { name: 'mode', type: 'select', options: selectOptions(ADOPTION_MODES), label: { zh: '采用方式', en: 'Adoption' } },
            { name: 'sourceUnit', type: 'text', label: { zh: '来源单位', en: 'Source' } },
            { name: 'sources', type: 'relationship', relationTo: 'submissions', hasMany: true, label: { zh: '来源信息', en: 'Sources' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'classification',
          type: 'select',
          required: true,
          options: selectOptions(CLASSIFICATIONS),
          label: { zh: '密级', en: 'Classification' },
          admin: { description: { zh: '新建时不选则采用刊物的默认密级。', en: "Empty on creation: the journal's default." } },
        },
        { name: 'copies', type: 'number', min: 0, label: { zh: '印数', en: 'Copies' } },
        { name: 'editorName', type: 'text', label: { zh: '责任编辑', en: 'Editor' } },
      ],
    },
    ...colophonFields({ zh: '', en: '' }),
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '签发后在门户网站发布', en: 'Publish on the portal once signed' },
      admin: { description: { zh: '仅密级为“公开”的期次可以发布。', en: 'Only public issues.' } },
    },
    { name: 'classified', type: 'checkbox', admin: { hidden: true }, access: system },
    { name: 'office', type: 'relationship', relationTo: 'units', index: true, label: { zh: '编印机构', en: 'Office' }, admin: { readOnly: true, position: 'sidebar' }, access: system },
    { name: 'signer', type: 'text', label: { zh: '签发人', en: 'Signed by' }, admin: { readOnly: true, position: 'sidebar' }, access: system },
    { name: 'signedAt', type: 'date', label: { zh: '签发日期', en: 'Signed' }, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' } }, access: system },
  ],
}
