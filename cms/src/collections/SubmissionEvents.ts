import type { CollectionConfig } from 'payload'

import { readScoreEvents } from '../access/readScoreEvents'
import { ADOPTION_MODES, EVENT_TYPES, JOURNAL_KINDS, LEADER_LEVELS, OFFICE_LEVELS, selectOptions } from '../submissions/constants'

const never = () => false

/**
 * 记分事件: the facts scores are derived from (送达 at a level, 采用 in a journal, 退稿, 批示).
 * Written only by the system as things happen; nobody types, edits or deletes them.
 */
export const SubmissionEvents: CollectionConfig = {
  slug: 'submission-events',
  labels: { singular: { zh: '记分事件', en: 'Score event' }, plural: { zh: '记分事件', en: 'Score events' } },
  admin: {
    defaultColumns: ['type', 'originUnit', 'office', 'officeLevel', 'journalKind', 'occurredAt'],
    group: { zh: '政务信息报送', en: 'Submissions' },
    description: { zh: '系统在报送、采用、转报、退稿和登记批示时自动记录，积分按“报送考核设置”中的规则由此计算，不能手工录入或修改。', en: 'Recorded by the system; scores derive from these.' },
  },
  access: { read: readScoreEvents, create: never, update: never, delete: never },
  hooks: {
    beforeDelete: [
      () => {
        throw new Error('记分事件不能删除。')
      },
    ],
  },
  defaultSort: '-occurredAt',
  fields: [
    { name: 'type', type: 'select', required: true, index: true, options: selectOptions(EVENT_TYPES), label: { zh: '事件', en: 'Event' } },
    { name: 'submission', type: 'relationship', relationTo: 'submissions', required: true, index: true, label: { zh: '报送信息', en: 'Submission' } },
    { name: 'originUnit', type: 'relationship', relationTo: 'units', required: true, index: true, label: { zh: '原报送单位', en: 'Origin' } },
    { name: 'forwarders', type: 'relationship', relationTo: 'units', hasMany: true, label: { zh: '转报机构', en: 'Forwarded by' } },
    { name: 'office', type: 'relationship', relationTo: 'units', index: true, label: { zh: '发生机构', en: 'Office' } },
    { name: 'officeLevel', type: 'select', options: selectOptions(OFFICE_LEVELS), label: { zh: '层级', en: 'Level' } },
    { name: 'journal', type: 'relationship', relationTo: 'journals', label: { zh: '刊物', en: 'Journal' } },
    { name: 'journalKind', type: 'select', options: selectOptions(JOURNAL_KINDS), label: { zh: '刊物类别', en: 'Journal kind' } },
    { name: 'adoptionMode', type: 'select', options: selectOptions(ADOPTION_MODES), label: { zh: '采用方式', en: 'Adoption' } },
    { name: 'leaderLevel', type: 'select', options: selectOptions(LEADER_LEVELS), label: { zh: '批示领导层级', en: 'Leader level' } },
    { name: 'instruction', type: 'relationship', relationTo: 'instructions', label: { zh: '批示', en: 'Instruction' } },
    { name: 'receipt', type: 'relationship', relationTo: 'submission-receipts', label: { zh: '处理记录', en: 'Receipt' } },
    { name: 'note', type: 'text', label: { zh: '说明', en: 'Note' } },
    { name: 'occurredAt', type: 'date', required: true, index: true, label: { zh: '时间', en: 'When' }, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm' } } },
  ],
}
