import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { handleMessages } from '../access/handleMessages'
import { ATTACHMENT_BYTES } from '../interaction/constants'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Pictures a citizen attached to a message: read like the message (the office, the handling
 * unit), never served to the public; uploaded only through the public message endpoint.
 */
export const MessageAttachments: CollectionConfig = {
  slug: 'message-attachments',
  labels: { singular: { zh: '留言附件', en: 'Message attachment' }, plural: { zh: '留言附件', en: 'Message attachments' } },
  admin: { group: { zh: '互动交流', en: 'Interaction' }, hidden: true },
  access: {
    read: ({ req }) => (req.user ? handleMessages({ req }) : false),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  upload: {
    staticDir: process.env.MESSAGE_FILES_DIR ?? path.resolve(dirname, '../../message-files'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
    imageSizes: [{ name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: { format: 'webp', options: { quality: 80 } } }],
    adminThumbnail: 'thumbnail',
  },
  hooks: {
    beforeOperation: [
      ({ args, operation }) => {
        const size = (args as { req?: { file?: { size?: number } } }).req?.file?.size
        if (operation === 'create' && size && size > ATTACHMENT_BYTES) throw new Error(`图片不能超过 ${ATTACHMENT_BYTES / 1024 / 1024} MB。`)
        return args
      },
    ],
  },
  fields: [
    { name: 'message', type: 'relationship', relationTo: 'messages', index: true, label: { zh: '留言', en: 'Message' }, admin: { readOnly: true } },
    { name: 'unit', type: 'relationship', relationTo: 'units', index: true, label: { zh: '承办单位', en: 'Unit' }, admin: { readOnly: true } },
  ],
}
