import type { GlobalConfig } from 'payload'

import { fieldHasAnyRole, hasAnyRole } from '../access/hasAnyRole'
import { DEFAULT_PASSWORD_MAX_AGE_DAYS } from '../auth/passwordAge'

/** Site identity every Chinese government site must show in its footer. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { zh: '网站设置', en: 'Site settings' },
  admin: { group: { zh: '系统管理', en: 'System' } },
  access: {
    read: () => true,
    update: hasAnyRole('sysAdmin', 'webmaster'),
  },
  fields: [
    { name: 'siteName', type: 'text', required: true, label: { zh: '网站名称', en: 'Site name' } },
    {
      name: 'emblem',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '单位徽标（后台与登录页显示）', en: 'Emblem (admin and login page)' },
      admin: { description: { zh: '由管理员上传本单位徽标图片（建议正方形 PNG）；未上传时只显示网站名称。', en: 'Uploaded by the administrator; the site name alone is shown without it.' } },
    },
    { name: 'siteDomain', type: 'text', label: { zh: '网站域名', en: 'Domain' } },
    { name: 'host', type: 'text', required: true, label: { zh: '主办单位', en: 'Host organisation' } },
    { name: 'operator', type: 'text', label: { zh: '承办单位', en: 'Operator' } },
    {
      name: 'siteIdCode',
      type: 'text',
      label: { zh: '网站标识码', en: 'Site ID code' },
      validate: (value: unknown) =>
        !value || /^[0-9A-Za-z]{10}$/.test(String(value)) ? true : '网站标识码为 10 位字母或数字。',
    },
    { name: 'icpRecord', type: 'text', label: { zh: 'ICP备案号', en: 'ICP record' } },
    { name: 'psbRecord', type: 'text', label: { zh: '公安备案号', en: 'Public security record' } },
    { name: 'psbRecordLink', type: 'text', label: { zh: '公安备案链接', en: 'Public security record link' } },
    { name: 'errorReportUrl', type: 'text', label: { zh: '网站纠错地址', en: 'Error report link' } },
    {
      name: 'conacMarkUrl',
      type: 'text',
      label: { zh: '党政机关网站标识链接', en: 'Government site mark link' },
      admin: {
        description: {
          zh: '由机构编制部门核发的“党政机关”标识验证地址；未取得标识前请留空，页脚不显示该标识。',
          en: 'Issued by the organisation authority; leave empty until issued.',
        },
      },
    },
    {
      name: 'conacMark',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '党政机关网站标识图片', en: 'Government site mark image' },
      admin: {
        description: {
          zh: '上传机构编制部门核发的标识图片（不要使用网上下载或自行制作的图片）。图片和验证地址都填写后，门户页脚显示可点击验证的标识。',
          en: 'The image issued with the mark; the footer shows it, linked to the verification address, once both are set.',
        },
      },
    },
    {
      name: 'contact',
      type: 'group',
      label: { zh: '联系方式', en: 'Contact' },
      fields: [
        { name: 'address', type: 'text', label: { zh: '地址', en: 'Address' } },
        { name: 'postcode', type: 'text', label: { zh: '邮编', en: 'Postcode' } },
        { name: 'phone', type: 'text', label: { zh: '电话', en: 'Phone' } },
        { name: 'email', type: 'email', label: { zh: '邮箱', en: 'Email' } },
      ],
    },
    {
      name: 'accountSecurity',
      type: 'group',
      label: { zh: '账号安全', en: 'Account security' },
      // Kept by the system administrator; not part of what the public (and the portal) reads.
      access: { read: ({ req }) => Boolean(req.user), update: fieldHasAnyRole('sysAdmin') },
      fields: [
        {
          name: 'passwordMaxAgeDays',
          type: 'number',
          min: 0,
          max: 3650,
          defaultValue: DEFAULT_PASSWORD_MAX_AGE_DAYS,
          label: { zh: '密码有效期（天）', en: 'Password maximum age (days)' },
          admin: {
            description: {
              zh: '密码使用超过该天数后，账号登录时须先修改密码（定期更换）。0 表示不限。',
              en: 'After this many days a password must be changed at login. 0: no limit.',
            },
          },
        },
      ],
    },
  ],
}
