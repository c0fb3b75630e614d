import type { CollectionConfig, Field } from 'payload'

import { createInOwnUnit } from '../../access/createInOwnUnit'
import { readDisclosureVersions } from '../../access/readDisclosureVersions'
import { readPublicDisclosure } from '../../access/readPublicDisclosure'
import { writeOwnUnit } from '../../access/writeOwnUnit'
import { dateOnly } from '../../disclosure/constants'
import { checkDocNo } from '../../disclosure/hooks/checkDocNo'
import { assignIndexNo } from '../../disclosure/hooks/assignIndexNo'
import { publishApprovedInterpretations } from '../../disclosure/hooks/publishApprovedInterpretations'
import { withdrawInterpretations } from '../../disclosure/hooks/withdrawInterpretations'
import { requireApprovedInterpretation } from '../../disclosure/hooks/requireApprovedInterpretation'
import { disclosureMetadataFields, GENERATED_FIELDS } from '../../disclosure/metadataFields'
import { reviewedFieldNames } from '../../disclosure/reviewedFields'
import { enqueueWithdrawal } from '../../publishing/enqueuePublish'
import { assignAuthorUnit } from '../Articles/hooks/assignAuthorUnit'
import { createdByField } from '../../fields/createdBy'

export const POLICY_DOC_TYPES = [
  { value: 'regulation', label: { zh: '规章', en: 'Rules' } },
  { value: 'normative', label: { zh: '行政规范性文件', en: 'Normative document' } },
  { value: 'other', label: { zh: '其他政策文件', en: 'Other policy document' } },
]

const fields: Field[] = [
  { name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } },
  {
    type: 'row',
    fields: [
      { name: 'docType', type: 'select', required: true, defaultValue: 'normative', index: true, label: { zh: '文件类型', en: 'Type' }, options: POLICY_DOC_TYPES },
      {
        name: 'unit',
        type: 'relationship',
        relationTo: 'units',
        required: true,
        index: true,
        label: { zh: '发布单位', en: 'Unit' },
        admin: { description: { zh: '信息员和网站管理员只能为本单位发布。', en: 'Authors publish for their own unit.' } },
      },
    ],
  },
  ...disclosureMetadataFields({ validityRelationTo: 'policies' }),
  {
    name: 'validityChangedAt',
    type: 'date',
    label: { zh: '失效 / 废止日期', en: 'Validity changed' },
    admin: {
      ...dateOnly,
      condition: (data) => data?.validity === 'repealed' || data?.validity === 'expired',
      description: { zh: '年度报告“本年废止”按此日期统计。', en: 'Counted in the annual report.' },
    },
  },
  { name: 'summary', type: 'textarea', maxLength: 500, label: { zh: '摘要', en: 'Summary' } },
  { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' } },
  {
    name: 'needsInterpretation',
    type: 'checkbox',
    defaultValue: false,
    label: { zh: '需同步公开政策解读', en: 'Needs interpretation' },
    admin: {
      position: 'sidebar',
      description: {
        zh: '公开发布的政策性文件须同步公开文件解读：解读终审通过前，本文件不能终审或发布；文件发布时解读同时发布。',
        en: 'The policy is approved and published only together with its approved interpretation.',
      },
    },
  },
  {
    name: 'interpretations',
    type: 'join',
    collection: 'interpretations',
    on: 'policy',
    label: { zh: '政策解读', en: 'Interpretations' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'replaces',
    type: 'join',
    collection: 'policies',
    on: 'replacedBy',
    label: { zh: '本文件替代的文件', en: 'Replaces' },
  },
  createdByField,
]

/** Fields a reviewer signs: all data but the generated 索引号 / 发布日期 and the reverse links. */
export const POLICY_REVIEWED_FIELDS = reviewedFieldNames(fields, [...GENERATED_FIELDS, 'createdBy'])

/** 政策文件: 规章, 行政规范性文件 and other policy documents, with disclosure metadata. */
export const Policies: CollectionConfig = {
  slug: 'policies',
  labels: { singular: { zh: '政策文件', en: 'Policy' }, plural: { zh: '政策文件', en: 'Policies' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'docNo', 'indexNo', 'unit', 'validity', 'disclosureMode', '_status'],
    group: { zh: '政务公开', en: 'Disclosure' },
    listSearchableFields: ['title', 'docNo', 'indexNo'],
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: {
    read: readPublicDisclosure('policies'),
    readVersions: readDisclosureVersions('policies'),
    create: createInOwnUnit,
    update: writeOwnUnit,
    delete: writeOwnUnit,
  },
  hooks: {
    beforeValidate: [assignAuthorUnit],
    beforeChange: [checkDocNo, requireApprovedInterpretation, assignIndexNo],
    afterChange: [publishApprovedInterpretations, withdrawInterpretations, enqueueWithdrawal],
  },
  defaultSort: '-publishedAt',
  fields,
}
