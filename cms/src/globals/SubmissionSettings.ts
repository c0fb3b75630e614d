import type { GlobalConfig } from 'payload'

import { hasAnyRole } from '../access/hasAnyRole'
import { isAuthenticated } from '../access/isAuthenticated'
import { submissionSettingsFields } from '../submissions/settingsFields'

/**
 * 报送考核设置（默认）: scoring rules as data (defaults from a county rule), quota and annual
 * targets, for every office that keeps no set of its own (本机构考核设置).
 */
export const SubmissionSettings: GlobalConfig = {
  slug: 'submission-settings',
  label: { zh: '报送考核设置（默认）', en: 'Submission scoring (defaults)' },
  admin: {
    group: { zh: '政务信息报送', en: 'Submissions' },
    description: {
      zh: '积分由系统记录的报送、采用、转报和批示事件按下列规则计算，不能手工录入；修改规则后统计即按新规则重算。一件事件符合多条规则时各条分值相加。采用在刊物签发时计分。预置规则来自县级评分细则；市级采用等细则未给出分值的，系统未预置，请按本地评分细则添加。本页是没有“本机构考核设置”的信息工作机构使用的默认设置，由系统管理员维护。',
      en: 'Scores are computed from recorded events by these rules.',
    },
  },
  access: { read: isAuthenticated, update: hasAnyRole('sysAdmin') },
  fields: submissionSettingsFields,
}
