import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { hasAnyRole } from '../access/hasAnyRole'
import { readOwnUnitOrReceived } from '../access/readOwnUnitOrReceived'
import { unitOf } from '../access/unitOf'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * 报送附件: files attached to submissions. Not on the public media library: they are read by the
 * unit and by the offices the item reached, like the submission itself.
 */
export const SubmissionFiles: CollectionConfig = {
  slug: 'submission-files',
  labels: { singular: { zh: '报送附件', en: 'Attachment' }, plural: { zh: '报送附件', en: 'Attachments' } },
  admin: { group: { zh: '政务信息报送', en: 'Submissions' }, defaultColumns: ['filename', 'unit', 'createdAt'] },
  access: {
    read: readOwnUnitOrReceived(),
    create: hasAnyRole('officer'),
    update: ({ req }) => (hasAnyRole('officer')({ req }) ? { unit: { equals: unitOf(req.user) } } : false),
    delete: ({ req }) => (hasAnyRole('officer')({ req }) ? { unit: { equals: unitOf(req.user) } } : false),
  },
  upload: {
    staticDir: process.env.SUBMISSION_FILES_DIR ?? path.resolve(dirname, '../../submission-files'),
    mimeTypes: [
      'image/*',
      'application/pdf',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/ofd',
    ],
  },
  hooks: {
    beforeChange: [
      ({ data, req, operation }) => {
        if (operation === 'create' && !data.unit) data.unit = unitOf(req.user)
        return data
      },
    ],
  },
  fields: [
    { name: 'unit', type: 'relationship', relationTo: 'units', label: { zh: '单位', en: 'Unit' }, admin: { readOnly: true } },
    {
      name: 'receivedBy',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      label: { zh: '已送达', en: 'Received by' },
      admin: { readOnly: true },
      access: { create: () => false, update: () => false },
    },
  ],
}
