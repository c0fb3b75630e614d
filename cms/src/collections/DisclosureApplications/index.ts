import type { CollectionConfig, PayloadRequest } from 'payload'

import { enterApplications, handleApplications } from '../../access/handleApplications'
import { missingYearsWarning } from '../../calendar/chinaCalendar'
import { dateOnly } from '../../disclosure/constants'
import { APPLICANT_KINDS, CHANNELS, FORMATS } from '../../disclosure/applications/fields'
import { ORG_TYPES, OUTCOME_OPTIONS } from '../../disclosure/outcomes'
import { disclosureSettings } from '../../disclosure/settings'
import { recordPersonalDataRead } from '../../audit/recordPersonalDataRead'
import { deadlineState } from './deadlineState'
import { deadlinesEndpoint } from './endpoints/deadlines'
import { replyLetterEndpoint } from './endpoints/replyLetter'
import { ANSWER_DAYS, EXTENSION_DAYS, scheduleApplication } from './hooks/scheduleApplication'

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy年M月d日 HH:mm' } }
/** The settings, read once per request rather than once per row of a list (rows are read concurrently). */
const settingsByRequest = new WeakMap<PayloadRequest, ReturnType<typeof disclosureSettings>>()
function settingsOnce(req: PayloadRequest) {
  let settings = settingsByRequest.get(req)
  if (!settings) settingsByRequest.set(req, (settings = disclosureSettings(req)))
  return settings
}

/**
 * 依申请公开: applications from citizens and organisations (posted by the portal form to
 * `/api/disclosure/applications`, or entered by the disclosure officer from paper), answered
 * within 20 working days, extendable once by 20 with the office head's recorded approval.
 */
export const DisclosureApplications: CollectionConfig = {
  slug: 'disclosure-applications',
  labels: { singular: { zh: '依申请公开', en: 'Disclosure application' }, plural: { zh: '依申请公开', en: 'Disclosure applications' } },
  admin: {
    useAsTitle: 'receiptNo',
    defaultColumns: ['receiptNo', 'name', 'receivedAt', 'dueAt', 'deadlineState', 'status', 'outcome'],
    group: { zh: '政务公开', en: 'Disclosure' },
    listSearchableFields: ['receiptNo', 'name', 'description'],
    description: {
      zh: `答复期限为收到申请之日起${ANSWER_DAYS}个工作日（按“节假日安排”计算），经政府信息公开工作机构负责人同意可延长一次，延长不超过${EXTENSION_DAYS}个工作日。按“答复期限”排序可查看逾期和临期申请；接口 /api/disclosure-applications/deadlines 列出已逾期和即将到期的申请。`,
      en: `Answer within ${ANSWER_DAYS} working days, extendable once by ${EXTENSION_DAYS} with approval.`,
    },
  },
  access: {
    read: handleApplications,
    create: enterApplications,
    update: handleApplications,
    delete: () => false,
  },
  hooks: { beforeChange: [scheduleApplication], afterOperation: [recordPersonalDataRead] },
  endpoints: [deadlinesEndpoint, replyLetterEndpoint],
  defaultSort: 'dueAt',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'receiptNo', type: 'text', unique: true, index: true, label: { zh: '受理编号', en: 'Receipt number' }, admin: { readOnly: true } },
        {
          name: 'receivedVia',
          type: 'select',
          defaultValue: 'online',
          label: { zh: '申请方式', en: 'Received via' },
          options: [
            { value: 'online', label: { zh: '网络申请', en: 'Online' } },
            { value: 'letter', label: { zh: '信函', en: 'Letter' } },
            { value: 'inPerson', label: { zh: '当面提交', en: 'In person' } },
            { value: 'fax', label: { zh: '传真', en: 'Fax' } },
          ],
        },
        { name: 'receivedAt', type: 'date', index: true, label: { zh: '收到申请日期', en: 'Received' }, admin: dateTime },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '申请人信息', en: 'Applicant' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'applicantKind', type: 'select', required: true, index: true, label: { zh: '申请人类型', en: 'Applicant type' }, options: APPLICANT_KINDS },
            {
              name: 'orgType',
              type: 'select',
              label: { zh: '组织类型', en: 'Organisation type' },
              options: ORG_TYPES.map((t) => ({ value: t.key, label: t.label })),
              admin: { condition: (data) => data?.applicantKind === 'legal' },
              validate: (value: unknown, { siblingData }: { siblingData: { applicantKind?: string } }) =>
                siblingData.applicantKind !== 'legal' || Boolean(value) || '法人或者其他组织请选择组织类型。',
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: { zh: '姓名 / 名称', en: 'Name' } },
            { name: 'idNumber', type: 'text', required: true, label: { zh: '身份证号码 / 统一社会信用代码', en: 'ID / credit code' } },
            { name: 'contactName', type: 'text', label: { zh: '联系人', en: 'Contact person' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', required: true, label: { zh: '联系电话', en: 'Phone' } },
            { name: 'email', type: 'text', label: { zh: '电子邮箱', en: 'Email' } },
            { name: 'postcode', type: 'text', label: { zh: '邮政编码', en: 'Postcode' } },
          ],
        },
        { name: 'address', type: 'text', required: true, label: { zh: '通信地址', en: 'Address' } },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '申请内容', en: 'Request' },
      fields: [
        { name: 'description', type: 'textarea', required: true, label: { zh: '所需政府信息的名称、文号或特征性描述', en: 'Information requested' } },
        { name: 'purpose', type: 'textarea', label: { zh: '用途', en: 'Purpose' } },
        {
          type: 'row',
          fields: [
            { name: 'format', type: 'select', label: { zh: '载体形式', en: 'Format' }, options: FORMATS },
            { name: 'channel', type: 'select', label: { zh: '获取方式', en: 'Channel' }, options: CHANNELS },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '办理', en: 'Handling' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'status',
              type: 'select',
              required: true,
              defaultValue: 'received',
              index: true,
              label: { zh: '办理状态', en: 'Status' },
              options: [
                { value: 'received', label: { zh: '已登记', en: 'Registered' } },
                { value: 'processing', label: { zh: '办理中', en: 'In progress' } },
                { value: 'replied', label: { zh: '已答复', en: 'Answered' } },
              ],
            },
            { name: 'dueAt', type: 'date', index: true, label: { zh: '答复期限', en: 'Due' }, admin: { ...dateOnly, readOnly: true } },
            {
              name: 'deadlineState',
              type: 'text',
              virtual: true,
              label: { zh: '期限状态', en: 'Deadline' },
              admin: { readOnly: true },
              hooks: {
                afterRead: [
                  async ({ siblingData, req }) => deadlineState(siblingData, (await settingsOnce(req)).dueSoonDays).label,
                ],
              },
            },
          ],
        },
        {
          name: 'calendarMissingYears',
          type: 'text',
          label: { zh: '缺少节假日安排的年份', en: 'Years without calendar data' },
          admin: {
            readOnly: true,
            condition: (data) => Boolean(data?.calendarMissingYears),
            description: { zh: missingYearsWarning([2027])!.replace('2027年', '所列年份'), en: 'The due date was computed Monday–Friday for these years.' },
          },
        },
        { name: 'handler', type: 'relationship', relationTo: 'users', label: { zh: '承办人', en: 'Handler' } },
        {
          name: 'extension',
          type: 'group',
          label: { zh: '延长答复期限', en: 'Extension' },
          admin: { description: { zh: `只能延长一次（${EXTENSION_DAYS}个工作日），须由单位负责人或分管领导批准，系统记录批准人和时间。`, en: 'Once, approved by a head.' } },
          fields: [
            { name: 'extended', type: 'checkbox', defaultValue: false, label: { zh: '批准延期', en: 'Extended' } },
            { name: 'reason', type: 'textarea', label: { zh: '延期理由', en: 'Reason' } },
            {
              type: 'row',
              fields: [
                { name: 'approvedBy', type: 'relationship', relationTo: 'users', label: { zh: '批准人', en: 'Approved by' }, admin: { readOnly: true } },
                { name: 'approvedAt', type: 'date', label: { zh: '批准时间', en: 'Approved at' }, admin: { ...dateTime, readOnly: true } },
              ],
            },
          ],
        },
        { name: 'outcome', type: 'select', index: true, label: { zh: '办理结果', en: 'Outcome' }, options: OUTCOME_OPTIONS },
        { name: 'replyContent', type: 'textarea', label: { zh: '答复内容及依据', en: 'Reply' } },
        { name: 'repliedAt', type: 'date', index: true, label: { zh: '答复日期', en: 'Replied' }, admin: dateOnly },
      ],
    },
    {
      name: 'replyLetter',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/ReplyLetterLink#ReplyLetterLink' } },
    },
    {
      name: 'sourceIp',
      type: 'text',
      index: true,
      label: { zh: '提交地址', en: 'Client address' },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
