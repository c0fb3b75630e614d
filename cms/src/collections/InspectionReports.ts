import type { CollectionConfig } from 'payload'

import { hasAnyRole } from '../access/hasAnyRole'
import { inspectionReportEndpoints } from '../inspection/endpoints'

/** 网站自查报告: one per run (daily, or on demand), kept as the history of the site's health. */
export const InspectionReports: CollectionConfig = {
  slug: 'inspection-reports',
  labels: { singular: { zh: '网站自查报告', en: 'Self-inspection report' }, plural: { zh: '网站自查', en: 'Self-inspection' } },
  admin: {
    useAsTitle: 'startedAt',
    defaultColumns: ['startedAt', 'vetoes', 'deductions', 'warnings', 'trigger'],
    group: { zh: '内容安全', en: 'Content safety' },
    components: { beforeList: ['/components/InspectionRunButton#InspectionRunButton'] },
    description: {
      zh: '按《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）每日自动自查可自动检测的指标；单项否决项以红色列在最前。',
      en: 'Daily check of the automatable indicators of the national inspection rules.',
    },
  },
  defaultSort: '-startedAt',
  access: {
    read: hasAnyRole('webmaster', 'reviewer', 'leader', 'sysAdmin'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  endpoints: inspectionReportEndpoints,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'startedAt', type: 'date', required: true, index: true, label: { zh: '自查时间', en: 'Run at' }, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm' } } },
        { name: 'finishedAt', type: 'date', label: { zh: '完成时间', en: 'Finished' }, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm' } } },
        { name: 'trigger', type: 'text', label: { zh: '触发方式', en: 'Trigger' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'vetoes', type: 'number', required: true, defaultValue: 0, label: { zh: '单项否决', en: 'Vetoes' } },
        { name: 'deductions', type: 'number', required: true, defaultValue: 0, label: { zh: '扣分项', en: 'Deductions' } },
        { name: 'warnings', type: 'number', required: true, defaultValue: 0, label: { zh: '预警', en: 'Warnings' } },
      ],
    },
    {
      name: 'items',
      type: 'json',
      label: { zh: '自查结果', en: 'Findings' },
      admin: { components: { Field: '/components/InspectionReportItems#InspectionReportItems' } },
    },
  ],
}
