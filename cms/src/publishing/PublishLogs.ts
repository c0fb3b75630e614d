import type { CollectionConfig } from 'payload'

import { hasAnyRole } from '../access/hasAnyRole'

/** 发布日志: every portal publish, with what triggered it, the revisions it used, and how it went. */
export const PublishLogs: CollectionConfig = {
  slug: 'publish-logs',
  labels: { singular: { zh: '发布日志', en: 'Publish log' }, plural: { zh: '发布日志', en: 'Publish logs' } },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['startedAt', 'status', 'trigger', 'summary', 'pages', 'durationMs'],
    group: { zh: '网站内容', en: 'Portal' },
  },
  access: {
    read: hasAnyRole('webmaster', 'reviewer', 'leader', 'sysAdmin'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  defaultSort: '-startedAt',
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      label: { zh: '状态', en: 'Status' },
      options: [
        { value: 'running', label: { zh: '发布中', en: 'Running' } },
        { value: 'succeeded', label: { zh: '成功', en: 'Succeeded' } },
        { value: 'failed', label: { zh: '失败（网站保持原样）', en: 'Failed (portal unchanged)' } },
      ],
    },
    { name: 'trigger', type: 'text', label: { zh: '触发原因', en: 'Trigger' } },
    { name: 'summary', type: 'text', label: { zh: '说明', en: 'Summary' } },
    { name: 'startedAt', type: 'date', label: { zh: '开始时间', en: 'Started' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: { zh: '结束时间', en: 'Finished' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', label: { zh: '耗时（毫秒）', en: 'Duration (ms)' } },
    { name: 'pages', type: 'number', label: { zh: '文章页数', en: 'Article pages' } },
    { name: 'release', type: 'text', label: { zh: '版本目录', en: 'Release' } },
    {
      name: 'revisions',
      type: 'json',
      label: { zh: '使用的版本', en: 'Revisions used' },
      // Read-only table; Payload's JSON editor loads from a public CDN an intranet cannot reach.
      admin: { components: { Field: '@gov/review-workflow/client#JsonView' } },
    },
    { name: 'error', type: 'textarea', label: { zh: '错误', en: 'Error' } },
  ],
}
