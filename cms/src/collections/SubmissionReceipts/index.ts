import type { CollectionConfig, Field } from 'payload'

import { writeAsOffice } from '../../access/officeOfUser'
import { readReceipts } from '../../access/readReceipts'
import { ADOPTION_MODES, OFFICE_LEVELS, RECEIPT_STATUSES, selectOptions } from '../../submissions/constants'
import { receiptDecisionEndpoint } from './decisionEndpoint'
import { applyReceiptDecision } from './hooks/applyReceiptDecision'
import { checkReceiptDecision } from './hooks/checkReceiptDecision'

const DATE_TIME = { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy年M月d日 HH:mm' }

/** Written only through POST /api/submission-receipts/:id/decision; hidden in the form, which shows the decision itself. */
const decisionField = (field: Field): Field => ({ ...field, admin: { ...(field.admin ?? {}), hidden: true } }) as Field

const recorded = (field: Field): Field =>
  ({ ...field, access: { create: () => false, update: () => false }, admin: { ...(field.admin ?? {}), readOnly: true } }) as Field

/**
 * 收报处理: one row per office an item reached. The office's 信息编辑 decides here with one action
 * each: 采用 into an issue of one of its journals, 转报 to the next level, or 退稿 with a reason.
 * Decisions are final (they are facts the scores are derived from).
 */
export const SubmissionReceipts: CollectionConfig = {
  slug: 'submission-receipts',
  labels: { singular: { zh: '收报处理', en: 'Receipt' }, plural: { zh: '收报处理', en: 'Receipts' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'originUnit', 'fromUnit', 'office', 'status', 'receivedAt'],
    group: { zh: '政务信息报送', en: 'Submissions' },
    description: {
      zh: '下级报送和转报来的信息。打开一条，用“采用”“转报上一级”“退稿”按钮处理；处理后不能撤销。',
      en: 'Open one and adopt it into an issue, forward it upward, or return it with a reason. Final once done.',
    },
  },
  access: {
    read: readReceipts,
    create: () => false,
    update: writeAsOffice,
    delete: () => false,
  },
  endpoints: [receiptDecisionEndpoint],
  hooks: {
    beforeChange: [checkReceiptDecision],
    afterChange: [applyReceiptDecision],
  },
  defaultSort: '-receivedAt',
  fields: [
    recorded({ name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } }),
    { name: 'preview', type: 'ui', label: { zh: '信息内容', en: 'Content' }, admin: { components: { Field: '/components/SubmissionPreview#SubmissionPreview' } } },
    { name: 'decision', type: 'ui', label: { zh: '处理', en: 'Decision' }, admin: { components: { Field: '/components/ReceiptDecision#ReceiptDecision' } } },
    // Set by the decision endpoint (the buttons above), shown there; facts once saved, never edited in the form.
    decisionField({ name: 'adoptionMode', type: 'select', options: selectOptions(ADOPTION_MODES), label: { zh: '采用方式', en: 'Adoption' } }),
    decisionField({ name: 'adoptedIn', type: 'relationship', relationTo: 'journal-issues', label: { zh: '采用刊期', en: 'Issue' } }),
    decisionField({ name: 'forward', type: 'checkbox', label: { zh: '转报上一级', en: 'Forward to the next level' } }),
    decisionField({ name: 'returnReason', type: 'textarea', label: { zh: '退稿理由', en: 'Reason for returning' } }),
    {
      type: 'collapsible',
      label: { zh: '流转信息', en: 'Routing' },
      admin: { initCollapsed: true },
      fields: [
        recorded({ name: 'submission', type: 'relationship', relationTo: 'submissions', required: true, index: true, label: { zh: '报送信息', en: 'Submission' } }),
        {
          type: 'row',
          fields: [
            recorded({ name: 'originUnit', type: 'relationship', relationTo: 'units', index: true, label: { zh: '原报送单位', en: 'Origin' } }),
            recorded({ name: 'fromUnit', type: 'relationship', relationTo: 'units', label: { zh: '报送/转报单位', en: 'From' } }),
            recorded({ name: 'office', type: 'relationship', relationTo: 'units', index: true, label: { zh: '接收机构', en: 'Office' } }),
          ],
        },
        recorded({ name: 'forwarders', type: 'relationship', relationTo: 'units', hasMany: true, label: { zh: '转报机构', en: 'Forwarded by' } }),
        recorded({ name: 'officeLevel', type: 'select', options: selectOptions(OFFICE_LEVELS), label: { zh: '接收层级', en: 'Level' } }),
        recorded({ name: 'receivedAt', type: 'date', index: true, label: { zh: '接收时间', en: 'Received' }, admin: { date: DATE_TIME } }),
        recorded({ name: 'previous', type: 'relationship', relationTo: 'submission-receipts', label: { zh: '下级处理记录', en: 'Previous' } }),
      ],
    },
    recorded({ name: 'status', type: 'select', defaultValue: 'pending', index: true, options: selectOptions(RECEIPT_STATUSES), label: { zh: '处理状态', en: 'Status' }, admin: { position: 'sidebar' } }),
    recorded({ name: 'forwardedTo', type: 'relationship', relationTo: 'submission-receipts', label: { zh: '上级处理记录', en: 'Forwarded to' }, admin: { position: 'sidebar' } }),
    recorded({ name: 'handledBy', type: 'relationship', relationTo: 'users', label: { zh: '处理人', en: 'Handled by' }, admin: { position: 'sidebar' } }),
    recorded({ name: 'handledAt', type: 'date', label: { zh: '处理时间', en: 'Handled at' }, admin: { position: 'sidebar', date: DATE_TIME } }),
  ],
}
