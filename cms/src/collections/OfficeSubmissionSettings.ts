import type { CollectionConfig } from 'payload'


import { readOfficeDocs, writeAsOffice } from '../access/officeOfUser'
import { unitOf } from '../access/unitOf'
import { submissionSettingsFields } from '../submissions/settingsFields'
import { userError } from '../lib/userErrors'

/**
 * 本机构报送考核设置: an office (county, city, province …) scores the units it serves by its own
 * rules, quota and targets; only its own editors change them. Offices without a set use the
 * defaults (报送考核设置（默认）).
 */
export const OfficeSubmissionSettings: CollectionConfig = {
  slug: 'office-submission-settings',
  labels: { singular: { zh: '本机构考核设置', en: 'Office scoring' }, plural: { zh: '本机构考核设置', en: 'Office scoring' } },
  admin: {
    group: { zh: '政务信息报送', en: 'Submissions' },
    useAsTitle: 'title',
    description: {
      zh: '本机构对所联系单位的积分规则、报送任务和年度目标，只有本机构的信息编辑可以修改。新建时预置县级评分细则，可按本机构细则调整；未建立的机构使用默认设置。',
      en: "The office's own scoring rules and targets; only its editors change them.",
    },
  },
  access: {
    read: readOfficeDocs(),
    create: writeAsOffice,
    update: writeAsOffice,
    delete: writeAsOffice,
  },
  hooks: {
    beforeChange: [
      async ({ data, operation, req }) => {
        if (operation !== 'create') return data
        const office = unitOf(req.user)
        if (office === undefined) throw userError('只有信息工作机构的编辑可以建立本机构考核设置。', 403)
        const existing = await req.payload.count({ collection: 'office-submission-settings', where: { office: { equals: office } }, overrideAccess: true, req })
        if (existing.totalDocs > 0) throw userError('本机构已有考核设置，请直接修改。', 409)
        const unit = await req.payload.findByID({ collection: 'units', id: office, depth: 0, overrideAccess: true, req })
        return { ...data, office: Number(office), title: `${unit.name}考核设置` }
      },
    ],
  },
  fields: [
    { name: 'title', type: 'text', label: { zh: '名称', en: 'Title' }, admin: { readOnly: true }, access: { create: () => false, update: () => false } },
    {
      name: 'office',
      type: 'relationship',
      relationTo: 'units',
      unique: true,
      index: true,
      label: { zh: '信息工作机构', en: 'Office' },
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: () => false, update: () => false },
    },
    ...submissionSettingsFields,
  ],
}
