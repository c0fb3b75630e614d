import React from 'react'

import { Table3FieldClient } from './index.client'

type Label = string | Record<string, string> | undefined

const text = (value: Label, language = 'zh') => (typeof value === 'string' ? value : (value?.[language] ?? value?.zh))

/** Server entry of the read-only table 三 on annual reports (labels resolved for the client). */
export function Table3Field({ path, field, i18n }: { path: string; field: { label?: Label; admin?: { description?: Label } }; i18n?: { language?: string } }) {
  return <Table3FieldClient path={path} label={text(field.label, i18n?.language)} description={text(field.admin?.description, i18n?.language)} />
}
