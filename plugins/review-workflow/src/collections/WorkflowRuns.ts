import type { CollectionConfig } from 'payload'

import { never } from '../access/never'
import { readRuns } from '../access/readRuns'
import type { SanitizedOptions } from '../options'

export const RUN_STATUSES = ['in_review', 'approved', 'rejected', 'returned', 'withdrawn', 'voided'] as const
export type RunStatus = (typeof RUN_STATUSES)[number]

export const RUN_STATUS_LABELS: Record<RunStatus, string> = {
  in_review: '审核中',
  approved: '已终审',
  rejected: '不同意',
  returned: '已退回修改',
  withdrawn: '已撤回',
  voided: '已作废（内容已修改）',
}

/**
 * One review of one revision of one item. The route is resolved at submission and frozen
 * here; signatures are appended by the engine. Nobody writes runs through the API.
 */
export function workflowRuns(options: SanitizedOptions): CollectionConfig {
  return {
    slug: options.slugs.runs,
    labels: { singular: { zh: '审核记录', en: 'Review run' }, plural: { zh: '审核记录', en: 'Review runs' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'status', 'stageLabel', 'author', 'submittedAt'],
      group: { zh: '审核', en: 'Review' },
    },
    access: { read: readRuns, create: never, update: never, delete: never },
    timestamps: true,
    fields: [
      { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } },
      {
        type: 'row',
        fields: [
          { name: 'docCollection', type: 'text', required: true, index: true, label: { zh: '内容类型', en: 'Collection' } },
          { name: 'docId', type: 'text', required: true, index: true, label: { zh: '内容编号', en: 'Document' } },
        ],
      },
      { name: 'definitionCode', type: 'text', label: { zh: '流程代码', en: 'Workflow' } },
      {
        name: 'status',
        type: 'select',
        required: true,
        index: true,
        label: { zh: '状态', en: 'Status' },
        options: RUN_STATUSES.map((value) => ({ value, label: RUN_STATUS_LABELS[value] })),
      },
      { name: 'currentStage', type: 'number', label: { zh: '当前环节序号', en: 'Current stage' } },
      { name: 'stageLabel', type: 'text', label: { zh: '当前环节', en: 'Current stage' } },
      { name: 'stageDueAt', type: 'date', index: true, label: { zh: '当前环节时限', en: 'Stage due' } },
      { name: 'stageDueNote', type: 'text', label: { zh: '时限说明', en: 'Deadline note' } },
      {
        name: 'pendingSigners',
        type: 'relationship',
        relationTo: options.usersCollection as never,
        hasMany: true,
        index: true,
        label: { zh: '待签发人', en: 'Pending signers' },
      },
      { name: 'revisionHash', type: 'text', required: true, label: { zh: '送审版本摘要', en: 'Revision hash' } },
      { name: 'author', type: 'relationship', relationTo: options.usersCollection as never, label: { zh: '提交人', en: 'Author' } },
      { name: 'authorUnit', type: 'relationship', relationTo: options.unitsCollection as never, label: { zh: '提交单位', en: 'Unit' } },
      { name: 'submittedAt', type: 'date', label: { zh: '提交时间', en: 'Submitted' } },
      { name: 'finishedAt', type: 'date', label: { zh: '结束时间', en: 'Finished' } },
      { name: 'route', type: 'json', label: { zh: '审核路线（提交时确定）', en: 'Route (frozen at submission)' }, admin: { components: { Field: '@gov/review-workflow/client#JsonView' } } },
      { name: 'contentCheck', type: 'json', label: { zh: '内容检测结果（最近一次）', en: 'Content check (latest)' }, admin: { components: { Field: '@gov/review-workflow/client#JsonView' } } },
      {
        name: 'signatures',
        type: 'array',
        label: { zh: '签发记录', en: 'Signatures' },
        fields: [
          { name: 'stage', type: 'number', required: true },
          { name: 'signer', type: 'relationship', relationTo: options.usersCollection as never, required: true },
          { name: 'signerName', type: 'text' },
          { name: 'actingFor', type: 'relationship', relationTo: options.usersCollection as never },
          { name: 'actingForName', type: 'text' },
          { name: 'decision', type: 'select', required: true, options: ['approve', 'reject', 'return'] },
          { name: 'opinion', type: 'textarea' },
          { name: 'checklist', type: 'json', label: { zh: '审核要点', en: 'Checklist' }, admin: { components: { Field: '@gov/review-workflow/client#JsonView' } } },
          { name: 'checkNote', type: 'textarea', label: { zh: '内容检测提示与处理说明', en: 'Content check note' } },
          { name: 'revisionHash', type: 'text', required: true },
          { name: 'signedAt', type: 'date', required: true },
        ],
      },
      {
        name: 'delegations',
        type: 'array',
        label: { zh: '委托记录', en: 'Delegations' },
        fields: [
          { name: 'stage', type: 'number', required: true },
          { name: 'from', type: 'relationship', relationTo: options.usersCollection as never, required: true },
          { name: 'to', type: 'relationship', relationTo: options.usersCollection as never, required: true },
          { name: 'reason', type: 'text' },
          { name: 'at', type: 'date' },
        ],
      },
      {
        name: 'emergency',
        type: 'group',
        label: { zh: '紧急发布', en: 'Emergency publish' },
        fields: [
          { name: 'published', type: 'checkbox', defaultValue: false },
          { name: 'reason', type: 'textarea' },
          { name: 'by', type: 'relationship', relationTo: options.usersCollection as never },
          { name: 'at', type: 'date' },
          { name: 'reviewDueAt', type: 'date' },
        ],
      },
      {
        name: 'reminded',
        type: 'group',
        admin: { hidden: true },
        fields: [
          { name: 'stage', type: 'number' },
          { name: 'kind', type: 'text' },
        ],
      },
      { name: 'lockVersion', type: 'number', defaultValue: 0, admin: { hidden: true } },
    ],
  }
}
