import type { CollectionConfig } from 'payload'

import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { hasAnyRole } from '../access/hasAnyRole'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { zh: '媒体文件', en: 'Media' }, plural: { zh: '媒体文件', en: 'Media' } },
  admin: { group: { zh: '网站内容', en: 'Portal' } },
  access: {
    read: () => true,
    create: hasAnyRole('officer', 'webmaster'),
    update: hasAnyRole('officer', 'webmaster'),
    delete: hasAnyRole('webmaster'),
  },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? path.resolve(dirname, '../../media'),
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
  ],
}
