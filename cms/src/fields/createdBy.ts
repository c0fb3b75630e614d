import type { Field } from 'payload'

/** 录入人: who entered the item (set by the collection's hooks, shown read-only). */
export const createdByField: Field = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  label: { zh: '录入人', en: 'Created by' },
  admin: { position: 'sidebar', readOnly: true },
}
