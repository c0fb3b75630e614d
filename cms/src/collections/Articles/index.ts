import type { CollectionConfig } from 'payload'

import { createInOwnUnit } from '../../access/createInOwnUnit'
import { readOwnUnitVersions } from '../../access/readOwnUnitVersions'
import { readPublishedOrOwnUnit } from '../../access/readPublishedOrOwnUnit'
import { writeOwnUnit } from '../../access/writeOwnUnit'
import { assignAuthorUnit } from './hooks/assignAuthorUnit'
import { enqueueWithdrawal } from '../../publishing/enqueuePublish'
import { stampPublishDate } from './hooks/stampPublishDate'
import { createdByField } from '../../fields/createdBy'

/** 文章: portal news, notices and documents, written by a unit and published to a column. */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: { zh: '文章', en: 'Article' }, plural: { zh: '文章', en: 'Articles' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'column', 'unit', '_status', 'publishDate'],
    group: { zh: '网站内容', en: 'Portal' },
    listSearchableFields: ['title', 'source'],
  },
  versions: {
    // Scheduled publishing goes through the same publish gate as every other path.
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
  access: {
    read: readPublishedOrOwnUnit,
    readVersions: readOwnUnitVersions,
    create: createInOwnUnit,
    update: writeOwnUnit,
    delete: writeOwnUnit,
  },
  hooks: {
    beforeValidate: [assignAuthorUnit],
    beforeChange: [stampPublishDate],
    afterChange: [enqueueWithdrawal],
  },
  defaultSort: '-publishDate',
  fields: [
    { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' }, maxLength: 200 },
    { name: 'subtitle', type: 'text', label: { zh: '副标题', en: 'Subtitle' } },
    {
      type: 'row',
      fields: [
        {
          name: 'column',
          type: 'relationship',
          relationTo: 'columns',
          required: true,
          index: true,
          label: { zh: '栏目', en: 'Column' },
        },
        {
          name: 'unit',
          type: 'relationship',
          relationTo: 'units',
          required: true,
          index: true,
          label: { zh: '发布单位', en: 'Unit' },
          admin: { description: { zh: '信息员和网站管理员只能为本单位发布。', en: "Authors publish for their own unit." } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'source', type: 'text', label: { zh: '来源', en: 'Source' } },
        { name: 'writer', type: 'text', label: { zh: '作者 / 执笔人', en: 'Writer' } },
        {
          name: 'publishDate',
          type: 'date',
          index: true,
          label: { zh: '发布日期', en: 'Publish date' },
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm' } },
        },
      ],
    },
    { name: 'summary', type: 'textarea', label: { zh: '摘要', en: 'Summary' }, maxLength: 500 },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { zh: '封面图片', en: 'Cover image' } },
    { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' } },
    {
      name: 'expiresAt',
      type: 'date',
      index: true,
      label: { zh: '下线时间', en: 'Expires' },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm' },
        description: { zh: '到期后自动从门户撤下（如招聘公告、限时通知）；留空为长期有效。', en: 'Removed from the portal at this time.' },
      },
    },
    {
      name: 'involvesLeaders',
      type: 'select',
      defaultValue: 'none',
      label: { zh: '涉及领导活动', en: 'Leader activities' },
      admin: { position: 'sidebar', description: { zh: '决定是否增加领导活动审核环节。', en: 'Adds review stages.' } },
      options: [
        { value: 'none', label: { zh: '不涉及', en: 'None' } },
        { value: 'county', label: { zh: '县级领导活动或图片', en: 'County leaders' } },
        { value: 'main4', label: { zh: '四套班子主要领导', en: 'The four main leaders' } },
        { value: 'visiting', label: { zh: '副厅级以上领导来访', en: 'Visiting senior leaders' } },
      ],
    },
    {
      name: 'sensitivity',
      type: 'select',
      defaultValue: 'normal',
      label: { zh: '信息性质', en: 'Sensitivity' },
      admin: { position: 'sidebar', description: { zh: '重大事件和负面信息须经宣传部及县领导审核。', en: 'Major or negative items need more stages.' } },
      options: [
        { value: 'normal', label: { zh: '一般信息', en: 'Ordinary' } },
        { value: 'major', label: { zh: '重大事件', en: 'Major event' } },
        { value: 'negative', label: { zh: '负面信息', en: 'Negative' } },
      ],
    },
    {
      name: 'classified',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '涉密', en: 'Classified' },
      admin: {
        position: 'sidebar',
        description: { zh: '涉密信息一律不得上网发布。', en: 'Classified items are never published.' },
      },
    },
    createdByField,
  ],
}
