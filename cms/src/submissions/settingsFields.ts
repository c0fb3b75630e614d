import type { Field } from 'payload'

import { EVENT_TYPES, JOURNAL_KINDS, LEADER_LEVELS, OFFICE_LEVELS, selectOptions } from './constants'
import { DEFAULT_SCORING_RULES } from './scoring'

/** 报送考核设置's fields: scoring rules (county defaults), quota, feedback days and annual targets. Shared by the defaults and each office's own set. */
export const submissionSettingsFields: Field[] = [
  {
    name: 'rules',
    type: 'array',
    label: { zh: '积分规则', en: 'Scoring rules' },
    defaultValue: DEFAULT_SCORING_RULES,
    labels: { singular: { zh: '规则', en: 'Rule' }, plural: { zh: '规则', en: 'Rules' } },
    admin: { initCollapsed: false },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'label', type: 'text', required: true, label: { zh: '名称', en: 'Label' } },
          { name: 'event', type: 'select', required: true, options: selectOptions(EVENT_TYPES), label: { zh: '事件', en: 'Event' } },
          { name: 'points', type: 'number', required: true, label: { zh: '分值', en: 'Points' } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'officeLevel', type: 'select', options: selectOptions(OFFICE_LEVELS), label: { zh: '层级（空为不限）', en: 'Level (any)' } },
          { name: 'journalKind', type: 'select', options: selectOptions(JOURNAL_KINDS), label: { zh: '刊物类别（空为不限）', en: 'Journal kind (any)' } },
          { name: 'leaderLevel', type: 'select', options: selectOptions(LEADER_LEVELS), label: { zh: '批示领导（空为不限）', en: 'Leader level (any)' } },
          {
            name: 'creditTo',
            type: 'select',
            defaultValue: 'both',
            label: { zh: '计分对象', en: 'Credited to' },
            options: [
              { value: 'both', label: { zh: '原报送单位和转报机构', en: 'Origin and forwarders' } },
              { value: 'origin', label: { zh: '仅原报送单位', en: 'Origin only' } },
              { value: 'forwarders', label: { zh: '仅转报机构', en: 'Forwarders only' } },
            ],
          },
        ],
      },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'monthlyQuota', type: 'number', required: true, min: 0, defaultValue: 1, label: { zh: '每月最少报送条数', en: 'Monthly quota' } },
      { name: 'defaultAnnualTarget', type: 'number', required: true, min: 0, defaultValue: 100, label: { zh: '默认年度目标分', en: 'Default annual target' } },
      { name: 'feedbackDays', type: 'number', required: true, min: 1, defaultValue: 10, label: { zh: '批示反馈期限（工作日）', en: 'Feedback days' } },
    ],
  },
  {
    name: 'annualTargets',
    type: 'array',
    label: { zh: '单位年度目标', en: 'Annual targets' },
    admin: { description: { zh: '未列出的单位使用默认年度目标分。', en: 'Units not listed use the default.' } },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'year', type: 'number', required: true, min: 2000, max: 2100, label: { zh: '年度', en: 'Year' } },
          { name: 'unit', type: 'relationship', relationTo: 'units', required: true, label: { zh: '单位', en: 'Unit' } },
          { name: 'targetScore', type: 'number', required: true, min: 0, label: { zh: '目标分', en: 'Target' } },
        ],
      },
    ],
  },
]
