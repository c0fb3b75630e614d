import type { CollectionConfig, FieldAccess, Where } from 'payload'

import { fieldHasAnyRole, hasAnyRole } from '../../access/hasAnyRole'
import { readInstructions } from '../../access/readInstructions'
import { unitOf } from '../../access/unitOf'
import { hasRole } from '../../lib/roles'
import { LEADER_LEVELS, selectOptions } from '../../submissions/constants'
import { feedbackStatus } from '../../submissions/feedbackStatus'
import { prepareInstruction, recordInstructionEvent } from './hooks'

/** Feedback is written by the unit that owes it (its officer or head). */
const feedbackWriter: FieldAccess = ({ req, doc }) =>
  hasRole(req.user, 'officer', 'unitHead') && doc !== undefined && String(unitOf(req.user)) === String(unitOf({ unit: doc?.originUnit }))

const officeOnly = { create: fieldHasAnyRole('infoEditor'), update: fieldHasAnyRole('infoEditor') }

/**
 * 领导批示 on a submitted item: leader, level, text, date. The originating unit owes feedback on
 * its follow-up (落实情况) by a deadline; the instruction earns points by the scoring rules.
 */
export const Instructions: CollectionConfig = {
  slug: 'instructions',
  labels: { singular: { zh: '领导批示', en: 'Instruction' }, plural: { zh: '领导批示', en: 'Instructions' } },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'leaderName', 'leaderLevel', 'originUnit', 'feedbackDue', 'feedbackStatus'],
    group: { zh: '政务信息报送', en: 'Submissions' },
  },
  access: {
    read: readInstructions,
    create: hasAnyRole('infoEditor'),
    update: ({ req }): Where | false => {
      const unit = unitOf(req.user)
      if (unit === undefined) return false
      if (hasRole(req.user, 'infoEditor')) return { or: [{ office: { equals: unit } }, { originUnit: { equals: unit } }] }
      if (hasRole(req.user, 'officer', 'unitHead')) return { originUnit: { equals: unit } }
      return false
    },
    delete: () => false,
  },
  hooks: { beforeChange: [prepareInstruction], afterChange: [recordInstructionEvent] },
  defaultSort: '-instructedAt',
  fields: [
    { name: 'submission', type: 'relationship', relationTo: 'submissions', required: true, label: { zh: '批示的信息', en: 'Submission' }, access: officeOnly },
    {
      type: 'row',
      fields: [
        { name: 'leaderName', type: 'text', required: true, label: { zh: '批示领导', en: 'Leader' }, access: officeOnly },
        { name: 'leaderLevel', type: 'select', required: true, options: selectOptions(LEADER_LEVELS), label: { zh: '领导层级', en: 'Level' }, access: officeOnly },
        {
          name: 'instructedAt',
          type: 'date',
          required: true,
          label: { zh: '批示日期', en: 'Date' },
          access: officeOnly,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' } },
        },
      ],
    },
    { name: 'text', type: 'textarea', required: true, label: { zh: '批示内容', en: 'Instruction' }, access: officeOnly },
    {
      name: 'feedbackDue',
      type: 'date',
      label: { zh: '反馈期限', en: 'Feedback due' },
      access: officeOnly,
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' }, description: { zh: '不填则按“报送考核设置”的工作日数计算。', en: 'Defaults to the working days in the settings.' } },
    },
    {
      name: 'feedback',
      type: 'textarea',
      label: { zh: '落实情况反馈', en: 'Feedback' },
      access: { update: feedbackWriter, create: () => false },
    },
    { name: 'summary', type: 'text', label: { zh: '摘要', en: 'Summary' }, admin: { hidden: true } },
    { name: 'originUnit', type: 'relationship', relationTo: 'units', label: { zh: '反馈单位', en: 'Unit' }, admin: { readOnly: true, position: 'sidebar' }, access: { create: () => false, update: () => false } },
    { name: 'office', type: 'relationship', relationTo: 'units', label: { zh: '登记机构', en: 'Office' }, admin: { readOnly: true, position: 'sidebar' }, access: { create: () => false, update: () => false } },
    { name: 'feedbackAt', type: 'date', label: { zh: '反馈时间', en: 'Fed back' }, admin: { readOnly: true, position: 'sidebar' }, access: { create: () => false, update: () => false } },
    {
      name: 'feedbackStatus',
      type: 'text',
      virtual: true,
      label: { zh: '反馈状态', en: 'Feedback' },
      admin: { readOnly: true, position: 'sidebar' },
      hooks: {
        afterRead: [
          ({ siblingData }) => feedbackStatus(siblingData),
        ],
      },
    },
  ],
}
