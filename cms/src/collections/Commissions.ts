import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'

import { writeAsOffice } from '../access/officeOfUser'
import { readCommissions } from '../access/readCommissions'
import { unitOf } from '../access/unitOf'
import { formatChineseDate } from '../disclosure/format'
import { idOf } from '../submissions/line'
import { noticeUnit } from '../submissions/notices'

/** Each unit asked for an answer hears of it: every unit on a new 约稿, a unit added later then. */
const noticeCommissionedUnits: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const before = new Set(operation === 'update' ? ((previousDoc?.units ?? []) as unknown[]).map(idOf) : [])
  const added = ((doc.units ?? []) as unknown[]).map(idOf).filter((id): id is number => typeof id === 'number' && !before.has(id))
  for (const unit of added) {
    await noticeUnit(req, {
      unit,
      roles: ['officer', 'unitHead'],
      kind: 'assigned',
      title: `约稿：${doc.topic}`,
      message: `请于${formatChineseDate(doc.deadline)}前报送。${doc.requirements ? `约稿要求：${doc.requirements}` : ''}`,
      link: `${req.payload.config.routes.admin}/collections/commissions/${doc.id}`,
    })
  }
  return doc
}

/**
 * 约稿: the office sets a topic and a deadline for chosen units; units answer with submissions
 * that name the commission. A unit that sent no answer by the deadline has missed it (counted
 * in the statistics).
 */
export const Commissions: CollectionConfig = {
  slug: 'commissions',
  labels: { singular: { zh: '约稿', en: 'Commission' }, plural: { zh: '约稿', en: 'Commissions' } },
  admin: { useAsTitle: 'topic', defaultColumns: ['topic', 'deadline', 'office'], group: { zh: '政务信息报送', en: 'Submissions' } },
  access: { read: readCommissions, create: writeAsOffice, update: writeAsOffice, delete: writeAsOffice },
  hooks: {
    afterChange: [noticeCommissionedUnits],
    beforeValidate: [
      ({ data, req, operation }) => {
        if (data && operation === 'create') data.office ??= unitOf(req.user)
        return data
      },
    ],
  },
  defaultSort: '-deadline',
  fields: [
    { name: 'topic', type: 'text', required: true, label: { zh: '约稿主题', en: 'Topic' } },
    { name: 'requirements', type: 'textarea', label: { zh: '约稿要求', en: 'Requirements' } },
    {
      name: 'deadline',
      type: 'date',
      required: true,
      index: true,
      label: { zh: '截止日期', en: 'Deadline' },
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' }, description: { zh: '当日 24 时前报送的视为按时。', en: 'Answers sent by the end of this day count.' } },
    },
    { name: 'units', type: 'relationship', relationTo: 'units', hasMany: true, required: true, label: { zh: '约稿单位', en: 'Units' } },
    { name: 'office', type: 'relationship', relationTo: 'units', required: true, label: { zh: '约稿机构', en: 'Office' }, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'answers',
      type: 'join',
      collection: 'submissions',
      on: 'commission',
      label: { zh: '已回复的信息', en: 'Answers' },
      admin: { defaultColumns: ['title', 'unit', 'sentAt', 'lineStatus'] },
    },
  ],
}
