import type { CollectionConfig } from 'payload'

import { never } from '../access/never'
import { readRuns } from '../access/readRuns'
import type { JsonTable } from '../components/JsonView/shape'
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

/** Dates as the rest of the admin shows them (2026年12月1日 11:23). */
const DATE_TIME = { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy年M月d日 HH:mm' }

export const DECISIONS = ['approve', 'reject', 'return'] as const

export const DECISION_LABELS: Record<(typeof DECISIONS)[number], { zh: string; en: string }> = {
  approve: { zh: '同意', en: 'Approve' },
  reject: { zh: '不同意', en: 'Reject' },
  return: { zh: '退回修改', en: 'Return for revision' },
}

const MODE_LABELS = {
  one: { zh: '单人签发', en: 'One signer' },
  any: { zh: '任一人签发（或签）', en: 'Any one of them' },
  all: { zh: '全部签发（会签）', en: 'All of them' },
}

/** How the JSON view shows a frozen route: a table with Chinese headers, modes and roles by their labels. */
const routeTable = (options: SanitizedOptions): JsonTable => ({
  columns: {
    label: { zh: '环节', en: 'Stage' },
    signers: { zh: '签发人', en: 'Signers' },
    mode: { zh: '签发方式', en: 'Mode' },
    role: { zh: '角色', en: 'Role' },
    deadlineDays: { zh: '时限（工作日）', en: 'Deadline (working days)' },
    checklist: { zh: '审核要点', en: 'Review points' },
    because: { zh: '适用条件', en: 'Applies when' },
  },
  values: { mode: MODE_LABELS, role: options.roleLabels },
})

/** The latest content check: its findings as rows. */
const CONTENT_CHECK_TABLE: JsonTable = {
  rowsAt: 'findings',
  columns: {
    kindLabel: { zh: '检测项', en: 'Check' },
    severity: { zh: '处理', en: 'Severity' },
    field: { zh: '位置', en: 'Field' },
    match: { zh: '内容', en: 'Match' },
    message: { zh: '说明', en: 'Message' },
  },
  values: { severity: { block: { zh: '须修改', en: 'Must change' }, warn: { zh: '须核实', en: 'Check' } } },
}

/**
 * One review of one revision of one item. The route is resolved at submission and frozen
 * here; signatures are appended by the engine. Nobody writes runs through the API.
 */
export function workflowRuns(options: SanitizedOptions): CollectionConfig {
  const collectionCodes = { path: '@gov/review-workflow/client#CodeLabels', clientProps: { labels: options.collectionLabels } }
  const stageNumber = '@gov/review-workflow/client#StageNumber'
  const definitionName = { path: '@gov/review-workflow/client#LookupTitle', clientProps: { collection: options.slugs.definitions, by: 'code', title: 'name' } }
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
          {
            name: 'docCollection',
            type: 'text',
            required: true,
            index: true,
            label: { zh: '内容类型', en: 'Collection' },
            admin: { components: { Cell: collectionCodes, Field: collectionCodes } },
          },
          { name: 'docId', type: 'text', required: true, index: true, label: { zh: '内容编号', en: 'Document' } },
        ],
      },
      {
        name: 'definitionCode',
        type: 'text',
        label: { zh: '审核流程', en: 'Workflow' },
        admin: { components: { Field: definitionName, Cell: definitionName } },
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        index: true,
        label: { zh: '状态', en: 'Status' },
        options: RUN_STATUSES.map((value) => ({ value, label: RUN_STATUS_LABELS[value] })),
      },
      { name: 'currentStage', type: 'number', label: { zh: '当前环节序号', en: 'Current stage' }, admin: { components: { Field: stageNumber, Cell: stageNumber } } },
      { name: 'stageLabel', type: 'text', label: { zh: '当前环节', en: 'Current stage' } },
      { name: 'stageDueAt', type: 'date', index: true, label: { zh: '当前环节时限', en: 'Stage due' }, admin: { date: DATE_TIME } },
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
      { name: 'submittedAt', type: 'date', label: { zh: '提交时间', en: 'Submitted' }, admin: { date: DATE_TIME } },
      { name: 'finishedAt', type: 'date', label: { zh: '结束时间', en: 'Finished' }, admin: { date: DATE_TIME } },
      {
        name: 'route',
        type: 'json',
        label: { zh: '审核路线（提交时确定）', en: 'Route (frozen at submission)' },
        admin: { components: { Field: { path: '@gov/review-workflow/client#JsonView', clientProps: { table: routeTable(options) } } } },
      },
      {
        name: 'contentCheck',
        type: 'json',
        label: { zh: '内容检测结果（最近一次）', en: 'Content check (latest)' },
        admin: { components: { Field: { path: '@gov/review-workflow/client#JsonView', clientProps: { table: CONTENT_CHECK_TABLE } } } },
      },
      {
        name: 'signatures',
        type: 'array',
        label: { zh: '签发记录', en: 'Signatures' },
        labels: { singular: { zh: '签发记录', en: 'Signature' }, plural: { zh: '签发记录', en: 'Signatures' } },
        fields: [
          { name: 'stage', type: 'number', required: true, label: { zh: '环节', en: 'Stage' }, admin: { components: { Field: stageNumber, Cell: stageNumber } } },
          { name: 'signer', type: 'relationship', relationTo: options.usersCollection as never, required: true, label: { zh: '签发人', en: 'Signer' } },
          { name: 'signerName', type: 'text', label: { zh: '签发人姓名', en: 'Signer name' } },
          { name: 'actingFor', type: 'relationship', relationTo: options.usersCollection as never, label: { zh: '代签（被代理人）', en: 'Acting for' } },
          { name: 'actingForName', type: 'text', label: { zh: '被代理人姓名', en: 'Acting for (name)' } },
          {
            name: 'decision',
            type: 'select',
            required: true,
            label: { zh: '签发结论', en: 'Decision' },
            options: DECISIONS.map((value) => ({ value, label: DECISION_LABELS[value] })),
          },
          { name: 'opinion', type: 'textarea', label: { zh: '意见', en: 'Opinion' } },
          { name: 'checklist', type: 'json', label: { zh: '审核要点', en: 'Checklist' }, admin: { components: { Field: '@gov/review-workflow/client#JsonView' } } },
          { name: 'checkNote', type: 'textarea', label: { zh: '内容检测提示与处理说明', en: 'Content check note' } },
          { name: 'revisionHash', type: 'text', required: true, label: { zh: '所签版本摘要', en: 'Revision hash' } },
          { name: 'signedAt', type: 'date', required: true, label: { zh: '签发时间', en: 'Signed at' }, admin: { date: DATE_TIME } },
        ],
      },
      {
        name: 'delegations',
        type: 'array',
        label: { zh: '委托记录', en: 'Delegations' },
        labels: { singular: { zh: '委托记录', en: 'Delegation' }, plural: { zh: '委托记录', en: 'Delegations' } },
        fields: [
          { name: 'stage', type: 'number', required: true, label: { zh: '环节', en: 'Stage' }, admin: { components: { Field: stageNumber, Cell: stageNumber } } },
          { name: 'from', type: 'relationship', relationTo: options.usersCollection as never, required: true, label: { zh: '委托人', en: 'From' } },
          { name: 'to', type: 'relationship', relationTo: options.usersCollection as never, required: true, label: { zh: '被委托人', en: 'To' } },
          { name: 'reason', type: 'text', label: { zh: '委托理由', en: 'Reason' } },
          { name: 'at', type: 'date', label: { zh: '委托时间', en: 'At' }, admin: { date: DATE_TIME } },
        ],
      },
      {
        name: 'emergency',
        type: 'group',
        label: { zh: '紧急发布', en: 'Emergency publish' },
        fields: [
          { name: 'published', type: 'checkbox', defaultValue: false, label: { zh: '已紧急发布', en: 'Published' } },
          { name: 'reason', type: 'textarea', label: { zh: '紧急发布理由', en: 'Reason' } },
          { name: 'by', type: 'relationship', relationTo: options.usersCollection as never, label: { zh: '发布人', en: 'By' } },
          { name: 'at', type: 'date', label: { zh: '发布时间', en: 'At' }, admin: { date: DATE_TIME } },
          { name: 'reviewDueAt', type: 'date', label: { zh: '须完成审核时间', en: 'Review due' }, admin: { date: DATE_TIME } },
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
