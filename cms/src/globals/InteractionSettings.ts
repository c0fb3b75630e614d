import type { GlobalConfig } from 'payload'

import { hasAnyRole } from '../access/hasAnyRole'
import { INTERACTION_DEFAULTS } from '../interaction/settings'

/** 互动交流设置: the rating window, deadline warnings and the limits of the public form. */
export const InteractionSettings: GlobalConfig = {
  slug: 'interaction-settings',
  label: { zh: '互动交流设置', en: 'Interaction settings' },
  admin: { group: { zh: '互动交流', en: 'Interaction' } },
  access: {
    read: () => true,
    update: hasAnyRole('interactionOfficer', 'sysAdmin'),
  },
  fields: [
    {
      name: 'notice',
      type: 'textarea',
      label: { zh: '留言须知', en: 'Notice' },
      admin: { description: { zh: '显示在门户留言表单上方。', en: 'Shown above the portal form.' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'ratingWindowDays', type: 'number', min: 1, max: 60, defaultValue: INTERACTION_DEFAULTS.ratingWindowDays, label: { zh: '满意度评价期限（工作日）', en: 'Rating window (working days)' }, admin: { description: { zh: '答复后在此期限内未评价的，视为满意。', en: 'Unrated replies count as satisfied after it.' } } },
        { name: 'dueSoonDays', type: 'number', min: 0, max: 20, defaultValue: INTERACTION_DEFAULTS.dueSoonDays, label: { zh: '临期提醒（工作日）', en: 'Due soon (working days)' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'messagesPerIpPerDay', type: 'number', min: 1, max: 1000, defaultValue: INTERACTION_DEFAULTS.messagesPerIpPerDay, label: { zh: '同一网络地址每日留言上限', en: 'Messages per address per day' } },
        { name: 'duplicateWindowDays', type: 'number', min: 1, max: 365, defaultValue: INTERACTION_DEFAULTS.duplicateWindowDays, label: { zh: '重复留言识别期（天）', en: 'Duplicate window (days)' } },
      ],
    },
  ],
}
