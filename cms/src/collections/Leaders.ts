import type { CollectionConfig } from 'payload'

import { hasAnyRole } from '../access/hasAnyRole'
import { isAuthenticated } from '../access/isAuthenticated'

/**
 * 领导信息库: the office's list of leaders (name, post, unit, rank, term) against which the
 * content checks read leaders' names, posts and order in every item before it is signed.
 */
export const Leaders: CollectionConfig = {
  slug: 'leaders',
  labels: { singular: { zh: '领导', en: 'Leader' }, plural: { zh: '领导信息库', en: 'Leaders' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'title', 'unitName', 'rank', 'termEnd', 'demo'],
    group: { zh: '内容安全', en: 'Content safety' },
    description: {
      zh: '内容检测据此核对领导姓名、职务与排序（排序号小者在前）；任期已满的领导被提及时提示核对。',
      en: 'The content checks compare leaders’ names, posts and order against this list.',
    },
  },
  defaultSort: 'rank',
  access: {
    read: isAuthenticated,
    create: hasAnyRole('webmaster', 'reviewer', 'sysAdmin'),
    update: hasAnyRole('webmaster', 'reviewer', 'sysAdmin'),
    delete: hasAnyRole('webmaster', 'reviewer', 'sysAdmin'),
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 20, label: { zh: '姓名', en: 'Name' } },
        {
          name: 'title',
          type: 'text',
          required: true,
          maxLength: 100,
          label: { zh: '职务', en: 'Post' },
          admin: { description: { zh: '多个职务用顿号分隔，如“县委副书记、县长”。', en: 'Several posts separated by 、' } },
        },
        { name: 'unitName', type: 'text', maxLength: 100, label: { zh: '单位', en: 'Unit' } },
        { name: 'rank', type: 'number', required: true, min: 1, defaultValue: 100, label: { zh: '排序（小者在前）', en: 'Rank' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'termStart', type: 'date', label: { zh: '任职起始', en: 'Term from' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'termEnd', type: 'date', label: { zh: '离任日期', en: 'Term ended' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'demo', type: 'checkbox', defaultValue: false, label: { zh: '演示数据', en: 'Demo entry' } },
      ],
    },
  ],
}
