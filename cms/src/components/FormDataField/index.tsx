import React from 'react'

import { FormDataFieldClient } from './index.client'

type Label = string | Record<string, string> | undefined

const text = (value: Label, language = 'zh') => (typeof value === 'string' ? value : (value?.[language] ?? value?.zh))

/** Server entry of the filing's answers editor (the label resolved for the client). */
export function FormDataField({ path, field, i18n }: { path: string; field: { label?: Label }; i18n?: { language?: string } }) {
  return <FormDataFieldClient path={path} label={text(field.label, i18n?.language)} />
}
