import React from 'react'

import { BulletinTableFieldClient } from './index.client'

type Label = string | Record<string, string> | undefined

/** Server entry of the bulletin ranking table (label resolved for the client). */
export function BulletinTableField({ path, field, i18n }: { path: string; field: { label?: Label }; i18n?: { language?: string } }) {
  const label = typeof field.label === 'string' ? field.label : (field.label?.[i18n?.language ?? 'zh'] ?? field.label?.zh)
  return <BulletinTableFieldClient path={path} label={label} />
}
