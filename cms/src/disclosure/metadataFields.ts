/**
 * The disclosure metadata every disclosable document carries (政府信息公开目录的元数据): 索引号,
 * 主题分类, 目录类别, 发文机关, 发文字号, 成文日期, 发布日期, 公开属性, 有效性 and 涉密.
 * Fields are top-level (in an unnamed collapsible) so access rules and the portal export read
 * them by plain name.
 */
import type { CollectionSlug, Field } from 'payload'

import { DISCLOSURE_MODES, VALIDITY, dateOnly } from './constants'
import { validateDocNo } from './docNo'
import { SUBJECT_OPTIONS } from './subjects'

export type MetadataOptions = {
  /** Add 发文字号 (GB/T 9704 validated). @default true */
  docNo?: boolean
  /** Add 有效性 with the replacing document, in this collection. */
  validityRelationTo?: CollectionSlug
}

/** Fields the generator fills in at publication: never part of what a reviewer signs. */
export const GENERATED_FIELDS = ['indexNo', 'publishedAt']

export function disclosureMetadataFields(options: MetadataOptions = {}): Field[] {
  const fields: Field[] = [
    {
      type: 'row',
      fields: [
        {
          name: 'indexNo',
          type: 'text',
          unique: true,
          index: true,
          label: { zh: '索引号', en: 'Index number' },
          admin: {
            readOnly: true,
            description: { zh: '终审发布时按“政务公开设置”中的格式自动生成，唯一且不重复使用。', en: 'Generated at final approval; unique, never reused.' },
          },
        },
        {
          name: 'subject',
          type: 'select',
          required: true,
          label: { zh: '主题分类', en: 'Subject' },
          options: SUBJECT_OPTIONS,
        },
        {
          name: 'category',
          type: 'relationship',
          relationTo: 'disclosure-categories',
          index: true,
          label: { zh: '公开目录类别', en: 'Catalog category' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'issuer', type: 'text', required: true, label: { zh: '发文机关', en: 'Issuing organ' } },
        ...(options.docNo === false
          ? []
          : [
              {
                name: 'docNo',
                type: 'text',
                index: true,
                label: { zh: '发文字号', en: 'Document number' },
                validate: validateDocNo,
                admin: { description: { zh: '如：榕政办〔2018〕26号（六角括号、四位年份、顺序号不加“第”字、不编虚位）。', en: 'e.g. 榕政办〔2018〕26号' } },
              } as Field,
            ]),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'writtenAt', type: 'date', label: { zh: '成文日期', en: 'Written' }, admin: dateOnly },
        {
          name: 'publishedAt',
          type: 'date',
          index: true,
          label: { zh: '发布日期', en: 'Published' },
          admin: { ...dateOnly, readOnly: true, description: { zh: '首次发布时自动填写。', en: 'Set at first publication.' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'disclosureMode',
          type: 'select',
          required: true,
          defaultValue: 'proactive',
          index: true,
          label: { zh: '公开属性', en: 'Disclosure mode' },
          options: DISCLOSURE_MODES,
          admin: { description: { zh: '只有“主动公开”的信息在门户网站公开；依申请公开、不予公开的信息只在系统内流转。', en: 'Only proactive items reach the portal.' } },
        },
        {
          name: 'nonDisclosureReason',
          type: 'text',
          label: { zh: '不予主动公开的理由', en: 'Reason for not disclosing' },
          admin: { condition: (data) => data?.disclosureMode && data.disclosureMode !== 'proactive' },
        },
      ],
    },
  ]
  if (options.validityRelationTo) {
    fields.push({
      type: 'row',
      fields: [
        { name: 'validity', type: 'select', required: true, defaultValue: 'valid', index: true, label: { zh: '有效性', en: 'Validity' }, options: VALIDITY },
        {
          name: 'replacedBy',
          type: 'relationship',
          relationTo: options.validityRelationTo,
          label: { zh: '替代文件', en: 'Replaced by' },
          admin: {
            condition: (data) => data?.validity && data.validity !== 'valid',
            description: { zh: '废止、失效或已修改的文件，链接到取代它的新文件（门户在原文件页面提示）。', en: 'The document replacing this one.' },
          },
          validate: (value: unknown, { id }: { id?: number | string }) =>
            !value || !id || String(typeof value === 'object' ? (value as { id: unknown }).id : value) !== String(id) || '替代文件不能是本文件。',
        },
      ],
    })
  }
  return [
    {
      type: 'collapsible',
      label: { zh: '政务公开信息', en: 'Disclosure metadata' },
      fields,
    },
    {
      name: 'classified',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '涉密', en: 'Classified' },
      admin: { position: 'sidebar', description: { zh: '涉密信息一律不得公开，不能提交发布审核。', en: 'Classified items are never published.' } },
    },
  ]
}
