import type { GlobalConfig } from 'payload'

import { hasAnyRole } from '../access/hasAnyRole'
import { DEFAULT_INDEX_PATTERN, validateIndexPattern } from '../disclosure/indexNo'

/** 政务公开设置: 索引号 format, the office that answers applications, deadline warnings. */
export const DisclosureSettings: GlobalConfig = {
  slug: 'disclosure-settings',
  label: { zh: '政务公开设置', en: 'Disclosure settings' },
  admin: { group: { zh: '政务公开', en: 'Disclosure' } },
  access: {
    read: () => true,
    update: hasAnyRole('disclosureOfficer', 'sysAdmin'),
  },
  fields: [
    {
      name: 'indexPattern',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_INDEX_PATTERN,
      label: { zh: '索引号格式', en: 'Index number pattern' },
      validate: validateIndexPattern,
      admin: {
        description: {
          zh: '占位符：{orgCode} 发布单位统一社会信用代码，{year} 发布年度，{category} 公开目录类别编码，{serial:5} 5 位顺序号（每个单位每年从 1 起编，不重复使用）。修改格式只影响此后生成的索引号。',
          en: 'Placeholders: {orgCode}, {year}, {category}, {serial:N}. Changing it affects new numbers only.',
        },
      },
    },
    {
      name: 'guide',
      type: 'richText',
      label: { zh: '政府信息公开指南', en: 'Disclosure guide' },
      admin: {
        description: {
          zh: '门户“政府信息公开指南”栏目的正文：主动公开的范围和方式、依申请公开的受理机构、申请方式、办理流程和期限、收费及救济途径。受理机构的联系信息见下方。',
          en: 'The guide page of the portal.',
        },
      },
    },
    {
      name: 'orgCode',
      type: 'text',
      label: { zh: '默认机构代码', en: 'Default organisation code' },
      admin: { description: { zh: '发布单位未填写统一社会信用代码时使用。', en: 'Used when the unit has no code.' } },
    },
    {
      name: 'office',
      type: 'group',
      label: { zh: '政府信息公开工作机构', en: 'Disclosure office' },
      admin: { description: { zh: '依申请公开的受理机构，印在答复书上，门户“政府信息公开指南”也引用。', en: 'Printed on reply letters.' } },
      fields: [
        { name: 'name', type: 'text', label: { zh: '机构名称', en: 'Name' } },
        { name: 'address', type: 'text', label: { zh: '地址', en: 'Address' } },
        { name: 'postcode', type: 'text', label: { zh: '邮编', en: 'Postcode' } },
        { name: 'phone', type: 'text', label: { zh: '电话', en: 'Phone' } },
        { name: 'hours', type: 'text', label: { zh: '受理时间', en: 'Opening hours' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'dueSoonDays',
          type: 'number',
          required: true,
          defaultValue: 5,
          min: 1,
          max: 20,
          label: { zh: '临期提醒（工作日）', en: 'Due-soon warning (working days)' },
        },
        {
          name: 'applicationsPerIpPerDay',
          type: 'number',
          required: true,
          defaultValue: 5,
          min: 1,
          label: { zh: '同一地址每日受理申请上限', en: 'Applications per address per day' },
        },
      ],
    },
  ],
}
