import type { CollectionConfig, Field } from 'payload'

import { createInOwnUnit } from '../../access/createInOwnUnit'
import { readDisclosureVersions } from '../../access/readDisclosureVersions'
import { readPublicDisclosure } from '../../access/readPublicDisclosure'
import { writeOwnUnit } from '../../access/writeOwnUnit'
import { INTERPRETATION_FORMS } from '../../disclosure/constants'
import { assignIndexNo } from '../../disclosure/hooks/assignIndexNo'
import { holdUntilPolicyPublished } from '../../disclosure/hooks/holdUntilPolicyPublished'
import { disclosureMetadataFields, GENERATED_FIELDS } from '../../disclosure/metadataFields'
import { reviewedFieldNames } from '../../disclosure/reviewedFields'
import { enqueueWithdrawal } from '../../publishing/enqueuePublish'
import { assignAuthorUnit } from '../Articles/hooks/assignAuthorUnit'
import { createdByField } from '../../fields/createdBy'

const fields: Field[] = [
  { name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } },
  {
    type: 'row',
    fields: [
      {
        name: 'policy',
        type: 'relationship',
        relationTo: 'policies',
        required: true,
        index: true,
        label: { zh: '所解读的政策文件', en: 'Policy' },
      },
      { name: 'form', type: 'select', required: true, defaultValue: 'text', label: { zh: '解读形式', en: 'Form' }, options: INTERPRETATION_FORMS },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'interpretingUnit', type: 'text', required: true, label: { zh: '解读单位', en: 'Interpreting unit' } },
      { name: 'interpreter', type: 'text', required: true, label: { zh: '解读人', en: 'Interpreter' } },
      // The interpreting unit's published contact: a phone here is meant to be public.
      { name: 'contact', type: 'text', label: { zh: '联系方式', en: 'Contact' }, custom: { contentCheck: false } },
    ],
  },
  {
    name: 'unit',
    type: 'relationship',
    relationTo: 'units',
    required: true,
    index: true,
    label: { zh: '发布单位', en: 'Unit' },
  },
  ...disclosureMetadataFields({ docNo: false }),
  { name: 'mediaUrl', type: 'text', label: { zh: '图解 / 视频地址', en: 'Graphic or video link' } },
  { name: 'body', type: 'richText', label: { zh: '解读内容', en: 'Body' } },
  createdByField,
]

export const INTERPRETATION_REVIEWED_FIELDS = reviewedFieldNames(fields, [...GENERATED_FIELDS, 'createdBy'])

/**
 * 政策解读: linked to its policy (the policy lists its interpretations by a join), reviewed like
 * the policy, and published together with it (同步公开).
 */
export const Interpretations: CollectionConfig = {
  slug: 'interpretations',
  labels: { singular: { zh: '政策解读', en: 'Interpretation' }, plural: { zh: '政策解读', en: 'Interpretations' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'policy', 'form', 'interpretingUnit', '_status'],
    group: { zh: '政务公开', en: 'Disclosure' },
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: {
    read: readPublicDisclosure('interpretations'),
    readVersions: readDisclosureVersions('interpretations'),
    create: createInOwnUnit,
    update: writeOwnUnit,
    delete: writeOwnUnit,
  },
  hooks: {
    beforeValidate: [assignAuthorUnit],
    beforeChange: [holdUntilPolicyPublished, assignIndexNo],
    afterChange: [enqueueWithdrawal],
  },
  defaultSort: '-publishedAt',
  fields,
}
