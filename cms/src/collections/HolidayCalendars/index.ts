import type { CollectionConfig } from 'payload'

import { chinaDay } from '../../calendar/chinaCalendar'
import { hasAnyRole } from '../../access/hasAnyRole'
import { isAuthenticated } from '../../access/isAuthenticated'
import { reloadCalendarAfterChange, reloadCalendarAfterDelete } from './hooks/reloadCalendar'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy年M月d日' } }

type Row = { from?: string | null; to?: string | null; date?: string | null }

/** A date of the row must lie in the document's year. */
const inYear = (value: unknown, data: { year?: number | null } | undefined) =>
  !value || !data?.year || chinaDay(String(value)).startsWith(`${data.year}-`)

/**
 * 节假日安排: one document per year, entered from the State Council General Office's notice
 * (国务院办公厅关于XXXX年部分节假日安排的通知). Deadlines of review stages and of disclosure
 * applications are counted in working days with it.
 */
export const HolidayCalendars: CollectionConfig = {
  slug: 'holiday-calendars',
  labels: { singular: { zh: '节假日安排', en: 'Holiday calendar' }, plural: { zh: '节假日安排', en: 'Holiday calendars' } },
  admin: {
    useAsTitle: 'year',
    defaultColumns: ['year', 'source', 'updatedAt'],
    group: { zh: '系统管理', en: 'System' },
    description: {
      zh: '工作日计算（审核时限、依申请公开答复期限）以此为准。每年一条，据国务院办公厅当年发布的节假日安排通知逐条录入放假日期和调休上班日期。2027年及以后年份的安排尚未发布，须在国务院办公厅通知发布后据实录入，不得自行推测；未录入的年份按周一至周五计算，相关期限会标注“节假日安排缺失”。',
      en: 'Working days are counted with these data: one document per year, entered from the State Council notice. 2027 must be entered once the notice is published; years without data count Monday–Friday and deadlines say so.',
    },
  },
  access: {
    read: isAuthenticated,
    create: hasAnyRole('sysAdmin'),
    update: hasAnyRole('sysAdmin'),
    delete: hasAnyRole('sysAdmin'),
  },
  hooks: {
    afterChange: [reloadCalendarAfterChange],
    afterDelete: [reloadCalendarAfterDelete],
  },
  defaultSort: '-year',
  fields: [
    {
      name: 'year',
      type: 'number',
      required: true,
      unique: true,
      min: 2000,
      max: 2100,
      label: { zh: '年度', en: 'Year' },
    },
    {
      name: 'source',
      type: 'textarea',
      required: true,
      label: { zh: '依据（通知名称、发布日期）', en: 'Source notice' },
      admin: { description: { zh: '如：国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）。', en: 'The State Council notice the dates come from.' } },
    },
    {
      name: 'holidays',
      type: 'array',
      label: { zh: '放假安排', en: 'Holidays' },
      labels: { singular: { zh: '假期', en: 'Holiday' }, plural: { zh: '假期', en: 'Holidays' } },
      admin: { description: { zh: '每个假期的起止日期（含其中的周末）。', en: 'First and last day off, weekends inside included.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: { zh: '节日', en: 'Name' } },
            {
              name: 'from',
              type: 'date',
              required: true,
              label: { zh: '放假开始', en: 'From' },
              admin: dayOnly,
              validate: (value: unknown, { data }: { data: Partial<{ year: number }> }) =>
                inYear(value, data) || '放假日期须在本年度内。',
            },
            {
              name: 'to',
              type: 'date',
              required: true,
              label: { zh: '放假结束', en: 'To' },
              admin: dayOnly,
              validate: (value: unknown, { siblingData }: { siblingData: Row }) =>
                !value || !siblingData.from || chinaDay(String(value)) >= chinaDay(String(siblingData.from)) || '放假结束日期不能早于开始日期。',
            },
          ],
        },
      ],
    },
    {
      name: 'workdays',
      type: 'array',
      label: { zh: '调休上班日', en: 'Make-up workdays' },
      labels: { singular: { zh: '上班日', en: 'Workday' }, plural: { zh: '上班日', en: 'Workdays' } },
      admin: { description: { zh: '因调休而上班的周六、周日。', en: 'Weekend days that are working days.' } },
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          label: { zh: '日期', en: 'Date' },
          admin: dayOnly,
          validate: (value: unknown, { data }: { data: Partial<{ year: number }> }) => {
            if (!value) return true
            if (!inYear(value, data)) return '调休上班日须在本年度内。'
            const weekday = new Date(`${chinaDay(String(value))}T00:00:00Z`).getUTCDay()
            return weekday === 0 || weekday === 6 ? true : '调休上班日应为周六或周日；工作日无需录入。'
          },
        },
      ],
    },
  ],
}
