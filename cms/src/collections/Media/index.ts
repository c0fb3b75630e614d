import type { CollectionConfig } from 'payload'

import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createInOwnUnit } from '../../access/createInOwnUnit'
import { deleteOwnUnitMedia } from '../../access/deleteOwnUnitMedia'
import { readMedia } from '../../access/readMedia'
import { writeOwnUnit } from '../../access/writeOwnUnit'
import { assignMediaUnit } from './hooks/assignMediaUnit'
import { lockReviewedMedia } from './hooks/lockReviewedMedia'
import { recordMediaReplace } from './hooks/recordMediaReplace'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * 媒体文件: a unit's uploads. Authors change only their unit's files; the public reads only
 * what a published article shows; a file a published or in-review article uses never changes.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { zh: '媒体文件', en: 'Media' }, plural: { zh: '媒体文件', en: 'Media' } },
  admin: { group: { zh: '网站内容', en: 'Portal' } },
  access: {
    read: readMedia,
    create: createInOwnUnit,
    update: writeOwnUnit,
    delete: deleteOwnUnitMedia,
  },
  hooks: {
    beforeOperation: [lockReviewedMedia],
    beforeValidate: [assignMediaUnit],
    afterChange: [recordMediaReplace],
  },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? path.resolve(dirname, '../../../media'),
    mimeTypes: ['image/*', 'application/pdf'],
    // Responsive variants made by sharp at upload: WebP at three widths, AVIF for browsers that take it.
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'card', width: 768, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'large', width: 1600, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 82 } } },
      { name: 'cardAvif', width: 768, formatOptions: { format: 'avif', options: { quality: 55 } } },
    ],
    adminThumbnail: 'thumbnail',
    formatOptions: { format: 'webp', options: { quality: 82 } },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { zh: '替代文字', en: 'Alt text' },
      admin: { description: { zh: '描述图片内容，供读屏软件朗读（无障碍要求）。', en: 'Read by screen readers.' } },
    },
    { name: 'caption', type: 'text', label: { zh: '图片说明', en: 'Caption' } },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      label: { zh: '所属单位', en: 'Unit' },
      admin: { readOnly: true, position: 'sidebar', description: { zh: '上传人所在单位，自动填写。', en: "The uploader's unit." } },
      access: { create: () => false, update: () => false },
    },
  ],
}
