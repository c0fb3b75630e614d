import type { GlobalConfig } from 'payload'

import { hasAnyRole } from '../access/hasAnyRole'
import { isAuthenticated } from '../access/isAuthenticated'

const days = (name: string, zh: string, defaultValue: number, description?: string) => ({
  name,
  type: 'number' as const,
  required: true,
  min: 1,
  max: 3650,
  defaultValue,
  label: { zh, en: name },
  ...(description ? { admin: { description: { zh: description, en: description } } } : {}),
})

/**
 * 网站自查 rules, after 《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）: how long each
 * kind of column may go without an update, how many stale or blank columns veto the site, and
 * when the webmaster is warned before a limit is reached. Defaults are the national figures.
 */
export const InspectionSettings: GlobalConfig = {
  slug: 'inspection-settings',
  label: { zh: '网站自查设置', en: 'Self-inspection settings' },
  admin: { group: { zh: '内容安全', en: 'Content safety' } },
  access: { read: isAuthenticated, update: hasAnyRole('webmaster', 'sysAdmin') },
  fields: [
    {
      type: 'row',
      fields: [days('homeMaxDays', '首页最长不更新天数', 14, '超过即单项否决（首页栏目2周内无更新）。'), days('homeWarnDays', '首页提前预警天数', 10, '达到即提醒网站管理员。')],
    },
    {
      name: 'columnRules',
      type: 'array',
      label: { zh: '栏目更新要求（按栏目类型）', en: 'Column update rules' },
      labels: { singular: { zh: '规则', en: 'Rule' }, plural: { zh: '规则', en: 'Rules' } },
      defaultValue: [
        { kind: 'news', maxDays: 14, warnDays: 10 },
        { kind: 'notice', maxDays: 183, warnDays: 150 },
        { kind: 'policy', maxDays: 183, warnDays: 150 },
        { kind: 'interpretation', maxDays: 183, warnDays: 150 },
      ],
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              required: true,
              label: { zh: '栏目类型', en: 'Column kind' },
              options: [
                { value: 'news', label: { zh: '动态、要闻类', en: 'News' } },
                { value: 'notice', label: { zh: '通知公告类', en: 'Notices' } },
                { value: 'policy', label: { zh: '政策文件类', en: 'Policies' } },
                { value: 'interpretation', label: { zh: '政策解读类', en: 'Interpretations' } },
                { value: 'disclosure', label: { zh: '政府信息公开类', en: 'Disclosure' } },
              ],
            },
            days('maxDays', '最长不更新天数', 14),
            days('warnDays', '提前预警天数', 10),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        days('longStaleDays', '“长期未更新”天数', 365, '应更新栏目超过此天数未更新，计为长期未更新。'),
        { name: 'vetoStale', type: 'number', required: true, min: 1, defaultValue: 5, label: { zh: '未按期更新栏目否决数', en: 'Stale columns that veto' } },
        { name: 'vetoLongStale', type: 'number', required: true, min: 1, defaultValue: 10, label: { zh: '长期未更新栏目否决数', en: 'Long-stale columns that veto' } },
        { name: 'vetoBlank', type: 'number', required: true, min: 1, defaultValue: 5, label: { zh: '空白栏目否决数', en: 'Blank columns that veto' } },
      ],
    },
    {
      type: 'row',
      fields: [
        days('messageMaxDays', '留言最长未答复天数', 90, '超过即单项否决（互动回应差）。'),
        days('messageWarnDays', '留言未答复预警天数', 60),
        { name: 'externalLinkSample', type: 'number', required: true, min: 0, max: 500, defaultValue: 30, label: { zh: '外部链接抽查数', en: 'External links sampled' } },
      ],
    },
  ],
}
