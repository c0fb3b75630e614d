import type { CollectionConfig, Endpoint, TaskConfig } from 'payload'

import { recordAuditEvent } from '@gov/review-workflow'

import { hasAnyRole } from '../access/hasAnyRole'
import { isAuthenticated } from '../access/isAuthenticated'
import { checkRegisteredLinks } from '../contentSafety/linkRegistry'
import { hasRole } from '../lib/roles'
import { userError } from '../lib/userErrors'

const DATE_TIME = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy年M月d日 HH:mm' } }
const system = { create: () => false, update: () => false }

/** POST /api/registered-links/check — the availability check now (webmasters, system administrator). */
const checkNowEndpoint: Endpoint = {
  path: '/check',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'webmaster', 'sysAdmin')) throw userError('只有网站管理员或系统管理员可以检测备案链接。', 403)
    return Response.json(await checkRegisteredLinks(req))
  },
}

/** Daily at 6:00 China time on the `workflow` queue, which the admin server runs. */
export const checkRegisteredLinksTask = {
  slug: 'checkRegisteredLinks',
  label: '备案链接可用性检测',
  schedule: [{ cron: '0 22 * * *', queue: 'workflow' }],
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'dead', type: 'number' },
  ],
  handler: async ({ req }) => {
    const outcome = await checkRegisteredLinks(req)
    return { output: { checked: outcome.checked, dead: outcome.dead } }
  },
} as TaskConfig

/**
 * 网站链接备案库: external links the portal may carry, entered only by the final approval of a
 * 网站链接备案表 (its filing is the record). The system administrator may end a registration
 * (备案撤销); the availability check writes its findings.
 */
export const RegisteredLinks: CollectionConfig = {
  slug: 'registered-links',
  labels: { singular: { zh: '备案链接', en: 'Registered link' }, plural: { zh: '网站链接备案库', en: 'Registered links' } },
  admin: {
    useAsTitle: 'siteName',
    defaultColumns: ['siteName', 'url', 'unit', 'active', 'lastStatus', 'lastCheckedAt'],
    group: { zh: '表单填报', en: 'Forms' },
    description: { zh: '经网站链接备案表审定的外部链接。内容检测对链接到未备案网站的稿件给出提示；系统每天检测一次备案链接能否访问。', en: 'External links approved through the link registration form.' },
  },
  access: {
    read: isAuthenticated,
    create: () => false,
    update: hasAnyRole('sysAdmin'),
    delete: () => false,
  },
  endpoints: [checkNowEndpoint],
  hooks: {
    // Ending or restoring a registration is a configuration change on the audit chain; the availability check's writes are not.
    afterChange: [
      async ({ doc, previousDoc, operation, req, collection }) => {
        if (operation !== 'update' || Boolean(previousDoc?.active) === Boolean(doc.active)) return doc
        await recordAuditEvent(req, {
          action: 'configChange',
          subject: '网站链接备案库',
          docCollection: collection.slug,
          docId: doc.id,
          detail: `${doc.active ? '恢复备案' : '撤销备案'}：${doc.siteName}（${doc.url}）`,
        })
        return doc
      },
    ],
  },
  defaultSort: 'siteName',
  fields: [
    { name: 'siteName', type: 'text', required: true, label: { zh: '网站名称', en: 'Site' }, access: system },
    { name: 'url', type: 'text', required: true, index: true, label: { zh: '链接地址', en: 'Address' }, access: system },
    { name: 'host', type: 'text', required: true, index: true, label: { zh: '域名', en: 'Host' }, access: system },
    { name: 'position', type: 'text', label: { zh: '链接位置', en: 'Where linked' }, access: system },
    { name: 'unit', type: 'relationship', relationTo: 'units', label: { zh: '申请单位', en: 'Unit' }, access: system },
    { name: 'filing', type: 'relationship', relationTo: 'form-filings', label: { zh: '备案表', en: 'Registration form' }, access: system },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { zh: '备案有效', en: 'Active' }, admin: { description: { zh: '取消勾选即撤销备案。', en: 'Clear to end the registration.' } } },
    {
      type: 'collapsible',
      label: { zh: '可用性检测', en: 'Availability' },
      fields: [
        { name: 'lastCheckedAt', type: 'date', label: { zh: '最近检测时间', en: 'Last checked' }, admin: { readOnly: true, ...DATE_TIME }, access: system },
        {
          name: 'lastStatus',
          type: 'select',
          label: { zh: '检测结果', en: 'Result' },
          admin: { readOnly: true },
          access: system,
          options: [
            { value: 'ok', label: { zh: '正常', en: 'Reachable' } },
            { value: 'dead', label: { zh: '无法访问', en: 'Unreachable' } },
            { value: 'skipped', label: { zh: '未检测', en: 'Not checked' } },
          ],
        },
        { name: 'lastResult', type: 'text', label: { zh: '检测说明', en: 'Detail' }, admin: { readOnly: true }, access: system },
        { name: 'failures', type: 'number', defaultValue: 0, label: { zh: '连续无法访问次数', en: 'Failures in a row' }, admin: { readOnly: true }, access: system },
      ],
    },
  ],
}
