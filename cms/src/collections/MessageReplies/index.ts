import type { CollectionConfig } from 'payload'

import { createInOwnUnit } from '../../access/createInOwnUnit'
import { readMessageReplies } from '../../access/readMessageReplies'
import { writeOwnUnit } from '../../access/writeOwnUnit'
import { createdByField } from '../../fields/createdBy'
import { enqueueWithdrawal } from '../../publishing/enqueuePublish'
import { prepareReply } from './hooks/prepareReply'

const never = () => false
const copied = { admin: { readOnly: true }, access: { create: never, update: never } }

/** What the review of a reply covers: the answer and what the portal would show of the question. */
export const MESSAGE_REPLY_REVIEWED_FIELDS = ['publicTitle', 'publicQuestion', 'text', 'public']

/**
 * 留言答复: the handling unit's answer to a message, reviewed (unit head; 领导信箱 also the
 * county government office) before the citizen sees it. Final approval marks the message 已答复
 * and, when 公开, publishes question and answer on the portal — only `publicTitle` and
 * `publicQuestion`, never the citizen's name or contacts.
 */
export const MessageReplies: CollectionConfig = {
  slug: 'message-replies',
  labels: { singular: { zh: '留言答复', en: 'Message reply' }, plural: { zh: '留言答复', en: 'Message replies' } },
  admin: {
    useAsTitle: 'publicTitle',
    defaultColumns: ['publicTitle', 'typeName', 'unit', 'public', '_status', 'updatedAt'],
    group: { zh: '互动交流', en: 'Interaction' },
    description: {
      zh: '承办单位起草答复后提交审核；终审通过后答复送达留言人（凭查询码查看），同意公开的在门户“互动交流”发布。公开的问题和答复中不得含有留言人的姓名、电话等个人信息。',
      en: 'Replies pass review; approved public ones are published without personal data.',
    },
  },
  versions: { drafts: true, maxPerDoc: 20 },
  access: {
    read: readMessageReplies(),
    readVersions: readMessageReplies('version.'),
    create: createInOwnUnit,
    update: writeOwnUnit,
    delete: never,
  },
  hooks: { beforeChange: [prepareReply], afterChange: [enqueueWithdrawal] },
  fields: [
    { name: 'message', type: 'relationship', relationTo: 'messages', required: true, index: true, label: { zh: '留言', en: 'Message' } },
    {
      type: 'row',
      fields: [
        { name: 'typeName', type: 'text', label: { zh: '留言类型', en: 'Type' }, ...copied },
        { name: 'typeCode', type: 'text', index: true, admin: { hidden: true }, access: copied.access },
        { name: 'toLeader', type: 'checkbox', admin: { hidden: true }, access: copied.access },
        { name: 'unit', type: 'relationship', relationTo: 'units', index: true, label: { zh: '答复单位', en: 'Answering unit' }, ...copied },
        { name: 'receivedAt', type: 'date', label: { zh: '留言时间', en: 'Received' }, admin: { readOnly: true, date: { displayFormat: 'yyyy年M月d日' } }, access: copied.access },
        { name: 'handledAt', type: 'date', label: { zh: '受理日期', en: 'Accepted' }, admin: { readOnly: true, date: { displayFormat: 'yyyy年M月d日' } }, access: copied.access },
        { name: 'repliedAt', type: 'date', label: { zh: '答复日期', en: 'Replied' }, admin: { readOnly: true, date: { displayFormat: 'yyyy年M月d日' } }, access: copied.access },
      ],
    },
    {
      name: 'publicTitle',
      type: 'text',
      required: true,
      maxLength: 60,
      label: { zh: '留言标题（公开）', en: 'Title (public)' },
      admin: { description: { zh: '默认取留言标题；公开前删除其中的姓名、电话、住址等个人信息。', en: 'Remove personal data before publishing.' } },
    },
    { name: 'publicQuestion', type: 'textarea', required: true, label: { zh: '留言内容（公开）', en: 'Question (public)' } },
    { name: 'text', type: 'textarea', required: true, label: { zh: '答复内容', en: 'Reply' } },
    {
      name: 'public',
      type: 'checkbox',
      // No default: a new reply takes the citizen's choice (prepareReply).
      label: { zh: '在门户网站公开', en: 'Publish on the portal' },
      admin: { description: { zh: '仅限留言人同意公开的留言。', en: 'Only with the citizen’s consent.' } },
    },
    createdByField,
  ],
}
