import type { CollectionConfig } from 'payload'

import { handleMessages, handlingUnitField, officeField, officeOnly } from '../../access/handleMessages'
import { recordPersonalDataRead } from '../../audit/recordPersonalDataRead'
import { missingYearsWarning } from '../../calendar/chinaCalendar'
import { dateOnly } from '../../disclosure/constants'
import { CONTENT_MAX, MESSAGE_STATUSES, RATINGS, RECEIVED_VIA, REFUSAL_REASONS, TITLE_MAX } from '../../interaction/constants'
import { messagesOfficeEndpoints } from '../../interaction/office/endpoints'
import { handleMessageTransition } from './hooks/handleMessageTransition'
import { prepareMessage } from './hooks/prepareMessage'
import { syncAttachmentUnit } from './hooks/syncAttachmentUnit'

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy年M月d日 HH:mm' } }
const never = () => false
const system = { access: { create: never, update: never } }

/**
 * 互动交流: citizens' messages (领导信箱, 咨询, 投诉, 建议, 纠错 …), posted by the portal form to
 * `/api/interaction/messages` or entered by the interaction office from the phone or a letter.
 * The office accepts and hands a message to a unit (转办) or refuses it with a reason; the unit
 * drafts the reply in 留言答复, which passes review before the citizen or the portal sees it.
 * Names, mobiles and emails are read only by the office and the handling unit, every read on the
 * audit chain.
 */
export const Messages: CollectionConfig = {
  slug: 'messages',
  labels: { singular: { zh: '互动留言', en: 'Message' }, plural: { zh: '互动留言', en: 'Messages' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['queryCode', 'title', 'type', 'receivedAt', 'status', 'unit', 'dueAt'],
    group: { zh: '互动交流', en: 'Interaction' },
    listSearchableFields: ['queryCode', 'title', 'content'],
    description: {
      zh: '受理：选择“办理中”和承办单位即转办，答复期限按留言类型的工作日数自动计算；不予受理须选择理由。承办单位在“留言答复”中起草答复，经单位负责人（领导信箱另经县政府办公室）审核通过后，留言自动标为已答复，同意公开的答复发布到门户。',
      en: 'Accept by handing to a unit, or refuse with a reason; replies pass review in Message replies.',
    },
  },
  defaultSort: '-receivedAt',
  // The office decides and the unit asks for an extension on separate fields, each checked on the
  // server (handleMessageTransition); a lock left by the office would stand between the unit and
  // its 起草答复 button for minutes after a hand-over.
  lockDocuments: false,
  // GET /api/messages/deadlines and /api/messages/stats (the office's lists and statistics): Payload
  // routes /api/messages/* to this collection's endpoints only, matched before the default '/:id'.
  endpoints: messagesOfficeEndpoints,
  access: {
    read: handleMessages,
    create: officeOnly,
    update: handleMessages,
    delete: never,
  },
  hooks: {
    beforeChange: [prepareMessage, handleMessageTransition],
    afterChange: [syncAttachmentUnit],
    afterOperation: [recordPersonalDataRead],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'queryCode', type: 'text', unique: true, index: true, label: { zh: '查询码', en: 'Lookup code' }, admin: { readOnly: true }, ...system },
        { name: 'receivedVia', type: 'select', defaultValue: 'online', label: { zh: '来源', en: 'Received via' }, options: [...RECEIVED_VIA], access: { update: officeField } },
        { name: 'receivedAt', type: 'date', index: true, label: { zh: '留言时间', en: 'Received' }, admin: { ...dateTime, readOnly: true }, ...system },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '留言内容', en: 'Message' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'type', type: 'relationship', relationTo: 'message-types', required: true, index: true, label: { zh: '留言类型', en: 'Type' }, access: { update: officeField } },
            { name: 'leader', type: 'relationship', relationTo: 'mailbox-leaders', label: { zh: '写信对象（领导信箱）', en: 'Leader' }, access: { update: officeField } },
          ],
        },
        { name: 'title', type: 'text', required: true, maxLength: TITLE_MAX, label: { zh: '标题', en: 'Title' }, access: { update: officeField } },
        { name: 'content', type: 'textarea', required: true, maxLength: CONTENT_MAX, label: { zh: '内容', en: 'Content' }, access: { update: officeField } },
        { name: 'attachments', type: 'relationship', relationTo: 'message-attachments', hasMany: true, label: { zh: '附件图片', en: 'Pictures' }, admin: { readOnly: true }, ...system },
        { name: 'publishConsent', type: 'checkbox', defaultValue: false, label: { zh: '留言人同意公开', en: 'Citizen agrees to publication' }, access: { update: officeField } },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '留言人（个人信息，仅互动交流管理员和承办单位可见）', en: 'Citizen (personal data)' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' }, access: { update: officeField } },
            {
              name: 'mobile',
              type: 'text',
              required: true,
              label: { zh: '手机号码', en: 'Mobile' },
              access: { update: officeField },
              validate: (value: unknown) => /^1[3-9]\d{9}$/.test(String(value ?? '').replace(/[\s-]/g, '')) || '请填写11位手机号码。',
            },
            { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'Email' }, access: { update: officeField } },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '受理和转办', en: 'Handling' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'status', type: 'select', required: true, defaultValue: 'received', index: true, label: { zh: '办理状态', en: 'Status' }, options: [...MESSAGE_STATUSES], access: { update: officeField } },
            { name: 'unit', type: 'relationship', relationTo: 'units', index: true, label: { zh: '承办单位', en: 'Handling unit' }, access: { update: officeField }, admin: { condition: (data) => data?.status !== 'refused' } },
            {
              name: 'answerDays',
              type: 'number',
              min: 1,
              max: 60,
              label: { zh: '答复时限（工作日）', en: 'Answer within (working days)' },
              access: { update: officeField },
              admin: { description: { zh: '留空按留言类型的时限。', en: 'Empty: the type’s time.' } },
            },
          ],
        },
        {
          type: 'row',
          admin: { condition: (data) => data?.status === 'refused' },
          fields: [
            { name: 'refusalReason', type: 'select', label: { zh: '不予受理理由', en: 'Refusal reason' }, options: [...REFUSAL_REASONS], access: { update: officeField } },
            { name: 'refusalNote', type: 'textarea', label: { zh: '说明（告知留言人）', en: 'Note to the citizen' }, access: { update: officeField } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'handledAt', type: 'date', label: { zh: '受理日期', en: 'Handled' }, admin: { ...dateTime, readOnly: true }, ...system },
            { name: 'handledBy', type: 'relationship', relationTo: 'users', label: { zh: '受理人', en: 'Handled by' }, admin: { readOnly: true }, ...system },
            { name: 'assignedAt', type: 'date', label: { zh: '转办日期', en: 'Handed over' }, admin: { ...dateTime, readOnly: true }, ...system },
            { name: 'dueAt', type: 'date', index: true, label: { zh: '答复期限', en: 'Due' }, admin: { ...dateOnly, readOnly: true }, ...system },
          ],
        },
        {
          name: 'calendarMissingYears',
          type: 'text',
          label: { zh: '缺少节假日安排的年份', en: 'Years without calendar data' },
          admin: { readOnly: true, condition: (data) => Boolean(data?.calendarMissingYears), description: { zh: missingYearsWarning([2027])!.replace('2027年', '所列年份'), en: 'Computed Monday–Friday for these years.' } },
          ...system,
        },
        {
          name: 'extension',
          type: 'group',
          label: { zh: '延期', en: 'Extension' },
          admin: {
            condition: (data) => data?.status === 'assigned' || Boolean(data?.extension?.requested),
            description: { zh: '承办单位可申请延期一次并写明理由，由互动交流管理员批准；批准后答复期限顺延（默认再加一个答复时限）。', en: 'Once, requested by the unit, approved by the office.' },
          },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'requested', type: 'checkbox', defaultValue: false, label: { zh: '申请延期', en: 'Requested' }, access: { update: handlingUnitField } },
                { name: 'approved', type: 'checkbox', defaultValue: false, label: { zh: '批准延期', en: 'Approved' }, access: { update: officeField } },
                { name: 'days', type: 'number', min: 1, max: 60, label: { zh: '延长工作日', en: 'Working days added' }, access: { update: officeField } },
              ],
            },
            { name: 'reason', type: 'textarea', label: { zh: '延期理由', en: 'Reason' }, access: { update: handlingUnitField } },
            {
              type: 'row',
              fields: [
                { name: 'requestedBy', type: 'relationship', relationTo: 'users', label: { zh: '申请人', en: 'Requested by' }, admin: { readOnly: true }, ...system },
                { name: 'requestedAt', type: 'date', label: { zh: '申请时间', en: 'Requested at' }, admin: { ...dateTime, readOnly: true }, ...system },
                { name: 'approvedBy', type: 'relationship', relationTo: 'users', label: { zh: '批准人', en: 'Approved by' }, admin: { readOnly: true }, ...system },
                { name: 'approvedAt', type: 'date', label: { zh: '批准时间', en: 'Approved at' }, admin: { ...dateTime, readOnly: true }, ...system },
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '答复和评价', en: 'Reply and rating' },
      admin: { condition: (data) => data?.status === 'answered' || data?.status === 'assigned' },
      fields: [
        { name: 'reply', type: 'relationship', relationTo: 'message-replies', label: { zh: '答复（已审核）', en: 'Approved reply' }, admin: { readOnly: true }, ...system },
        { name: 'replyText', type: 'textarea', label: { zh: '答复内容', en: 'Reply' }, admin: { readOnly: true }, ...system },
        { name: 'repliedAt', type: 'date', index: true, label: { zh: '答复日期', en: 'Replied' }, admin: { ...dateTime, readOnly: true }, ...system },
        {
          name: 'rating',
          type: 'group',
          label: { zh: '满意度评价', en: 'Rating' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'value', type: 'select', options: [...RATINGS], label: { zh: '评价', en: 'Rating' }, admin: { readOnly: true }, ...system },
                { name: 'ratedAt', type: 'date', label: { zh: '评价时间', en: 'Rated at' }, admin: { ...dateTime, readOnly: true }, ...system },
                { name: 'defaulted', type: 'checkbox', label: { zh: '逾期未评价，默认满意', en: 'Defaulted' }, admin: { readOnly: true }, ...system },
              ],
            },
            { name: 'comment', type: 'textarea', label: { zh: '评价意见', en: 'Comment' }, admin: { readOnly: true }, ...system },
          ],
        },
      ],
    },
    {
      name: 'alerts',
      type: 'group',
      label: { zh: '超期预警', en: 'Alarms' },
      admin: { position: 'sidebar', condition: (data) => Boolean(data?.alerts?.day30At) },
      fields: [
        { name: 'day30At', type: 'date', label: { zh: '30天未答复预警', en: '30-day alarm' }, admin: { ...dateTime, readOnly: true }, ...system },
        { name: 'day60At', type: 'date', label: { zh: '60天未答复预警', en: '60-day alarm' }, admin: { ...dateTime, readOnly: true }, ...system },
        { name: 'day80At', type: 'date', label: { zh: '80天未答复预警', en: '80-day alarm' }, admin: { ...dateTime, readOnly: true }, ...system },
      ],
    },
    { name: 'replyPanel', type: 'ui', admin: { position: 'sidebar', components: { Field: '/components/MessageReplyPanel#MessageReplyPanel' } } },
    { name: 'sourceIp', type: 'text', index: true, label: { zh: '提交地址', en: 'Client address' }, admin: { readOnly: true, position: 'sidebar' }, access: { read: officeField, create: never, update: never } },
    { name: 'duplicateKey', type: 'text', index: true, admin: { hidden: true }, ...system },
    { name: 'lookupFailures', type: 'number', defaultValue: 0, admin: { hidden: true }, ...system },
    { name: 'lookupLockedUntil', type: 'date', admin: { hidden: true }, ...system },
  ],
}
