import type { CollectionConfig } from 'payload'

import { hasAnyRole } from '../access/hasAnyRole'
import { isAuthenticated } from '../access/isAuthenticated'
import { importCheckWordsEndpoint } from '../contentSafety/importCheckWords'

export const CHECK_WORD_LISTS = [
  { value: 'sensitive', label: { zh: '敏感词', en: 'Sensitive word' } },
  { value: 'typo', label: { zh: '易错词（错 → 正）', en: 'Common typo' } },
  { value: 'removed', label: { zh: '落马官员', en: 'Removed official' } },
] as const

export type CheckWordList = (typeof CHECK_WORD_LISTS)[number]['value']

/**
 * 内容检测词库: sensitive words, confusion pairs (再接再励 → 再接再厉) and names of removed
 * officials, maintained by the office and imported from text files. Entries the seed brings
 * are marked 演示数据: they stand for the office's own lists, which no one may pretend are official.
 */
export const CheckWords: CollectionConfig = {
  slug: 'check-words',
  labels: { singular: { zh: '检测词', en: 'Check word' }, plural: { zh: '内容检测词库', en: 'Check words' } },
  admin: {
    useAsTitle: 'word',
    defaultColumns: ['word', 'list', 'correction', 'demo', 'updatedAt'],
    group: { zh: '内容安全', en: 'Content safety' },
    components: { beforeList: ['/components/CheckWordsImport#CheckWordsImport'] },
    description: {
      zh: '提交与每次签发时按本词库检测。可在“从文本文件导入”中上传文本文件（每行一个词；易错词每行“错词 正词”）。标为“演示数据”的条目仅供演示，不是官方名单。',
      en: 'Checked at submission and at every signature. Import a text file: one word per line; typos as "wrong right".',
    },
  },
  access: {
    read: isAuthenticated,
    create: hasAnyRole('webmaster', 'reviewer', 'sysAdmin'),
    update: hasAnyRole('webmaster', 'reviewer', 'sysAdmin'),
    delete: hasAnyRole('webmaster', 'reviewer', 'sysAdmin'),
  },
  endpoints: [importCheckWordsEndpoint],
  indexes: [{ fields: ['list', 'word'], unique: true }],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'list', type: 'select', required: true, options: [...CHECK_WORD_LISTS], label: { zh: '词库', en: 'List' } },
        {
          name: 'word',
          type: 'text',
          required: true,
          maxLength: 50,
          label: { zh: '词语 / 姓名', en: 'Word or name' },
          validate: (value: unknown) => (typeof value === 'string' && value.trim().length >= 2) || '词语至少两个字。',
        },
        {
          name: 'correction',
          type: 'text',
          maxLength: 50,
          label: { zh: '正确写法', en: 'Correct form' },
          admin: { condition: (data) => data?.list === 'typo' },
          validate: (value: unknown, { siblingData }: { siblingData: { list?: string } }) =>
            siblingData.list !== 'typo' || (typeof value === 'string' && value.trim() !== '') || '易错词须填写正确写法。',
        },
      ],
    },
    { name: 'note', type: 'text', maxLength: 200, label: { zh: '说明', en: 'Note' } },
    { name: 'demo', type: 'checkbox', defaultValue: false, label: { zh: '演示数据（非官方名单）', en: 'Demo entry' } },
  ],
}
