import type { Field } from 'payload'

import { readOwnOfficeField } from '../access/readOwnOfficeField'

/**
 * The 版记's three lines — 报 (up to leading bodies), 送 (to bodies alongside), 发 (down to
 * those who act on it) — printed each on its own line as real journals do. Only the office's
 * staff read them. `prefix` makes them a journal's defaults (默认报…).
 */
export function colophonFields(prefix: { zh: string; en: string }): Field[] {
  const line = (name: string, zh: string, en: string): Field => ({
    name,
    type: 'textarea',
    label: { zh: `${prefix.zh}${zh}`, en: `${prefix.en}${en}` },
    admin: { rows: 2 },
    access: { read: readOwnOfficeField },
  })
  return [
    {
      type: 'collapsible',
      label: { zh: `${prefix.zh}发送范围（版记）`, en: `${prefix.en}distribution (colophon)` },
      admin: { description: { zh: '版记中“报”“送”“发”各印一行；不用的留空。', en: 'Each printed on its own line; leave unused ones empty.' } },
      fields: [line('reportTo', '报（上级机关、领导）', 'To (superiors)'), line('copyTo', '送（同级机关）', 'Copy to (peers)'), line('distribution', '发（下级机关、部门）', 'Send to (subordinates)')],
    },
  ]
}
