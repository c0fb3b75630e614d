import type { CollectionSlug, PayloadRequest } from 'payload'

import { type ConditionField, conditionFields, translateLabel } from '../labels'
import type { SanitizedOptions } from '../options'

export type DefinitionFields = {
  /** Each reviewed collection: its label and the fields a stage condition may test. */
  collections: Record<string, { label: string; fields: ConditionField[] }>
  /** The roles a stage may name, with their labels. */
  roles: { value: string; label: string }[]
}

/**
 * What the definition editor offers, in the language of the request: the fields of every reviewed
 * collection by their labels (with the options of select fields), and the roles by their labels.
 */
export function definitionFields(req: PayloadRequest, options: SanitizedOptions): DefinitionFields {
  const translate = (label: unknown, fallback: string) => {
    if (typeof label === 'function') return String(label({ i18n: req.i18n, t: req.i18n.t }) || fallback)
    return translateLabel(label, req.i18n.language, fallback)
  }
  const collections: DefinitionFields['collections'] = {}
  for (const [slug, collectionOptions] of Object.entries(options.collections)) {
    const config = req.payload.collections[slug as CollectionSlug]?.config
    if (!config) continue
    collections[slug] = {
      label: translate(config.labels?.singular, slug),
      // The host's field labels are Chinese only; they name the field in English too.
      fields: conditionFields(config.fields, { fieldLabels: collectionOptions.fieldLabels, translate }),
    }
  }
  const roles = options.roles.map((value) => ({ value, label: translateLabel(options.roleLabels[value], req.i18n.language, value) }))
  return { collections, roles }
}
