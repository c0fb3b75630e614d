import type { CollectionConfig, Config, Field } from 'payload'

/** A label as Payload takes it: plain text, or one text per language ({ zh, en }). */
export type LabelText = string | Record<string, string>

/** The label in `language`, else Chinese, else English, else the fallback. */
export function translateLabel(label: unknown, language: string | undefined, fallback: string): string {
  if (typeof label === 'string' && label) return label
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, unknown>
    const text = (language && byLanguage[language]) ?? byLanguage.zh ?? byLanguage.en
    if (typeof text === 'string' && text) return text
  }
  return fallback
}

/** A static label of a config ({ zh, en } or text); functions and missing labels give nothing. */
const staticLabel = (label: unknown): LabelText | undefined =>
  typeof label === 'string' || (label && typeof label === 'object' && !Array.isArray(label)) ? (label as LabelText) : undefined

/**
 * The labels of the roles a definition may name, taken from the host's users collection: the
 * options of its roles select field (e.g. unitHead → { zh: 单位负责人, en: Unit head }).
 */
export function roleLabelsFromConfig(config: Pick<Config, 'collections'>, usersCollection: string, rolesField: string): Record<string, LabelText> {
  const users = config.collections?.find((c) => c.slug === usersCollection)
  const field = users ? findField(users.fields, rolesField) : undefined
  if (!field || (field.type !== 'select' && field.type !== 'radio')) return {}
  const labels: Record<string, LabelText> = {}
  for (const option of field.options) {
    if (typeof option === 'string') continue
    const label = staticLabel(option.label)
    if (label) labels[option.value] = label
  }
  return labels
}

/** The singular labels of the collections, by slug (e.g. articles → { zh: 文章, en: Article }). */
export function collectionLabelsFromConfig(collections: readonly CollectionConfig[]): Record<string, LabelText> {
  const labels: Record<string, LabelText> = {}
  for (const collection of collections) {
    const label = staticLabel(collection.labels?.singular)
    if (label) labels[collection.slug] = label
  }
  return labels
}

function findField(fields: readonly Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) {
      const found = findField(field.fields, name)
      if (found) return found
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) continue
        const found = findField(tab.fields, name)
        if (found) return found
      }
    }
  }
  return undefined
}

/** What the value of a condition on a field is chosen from. */
export type ConditionFieldKind = 'select' | 'checkbox' | 'number' | 'text' | 'relationship'

/** A field a stage condition may test, as the definition editor offers it. */
export type ConditionField = {
  /** The path the condition stores, e.g. sensitivity or meta.level. */
  value: string
  label: string
  kind: ConditionFieldKind
  /** For select, radio and checkbox fields: the values with their labels. */
  options?: { value: string; label: string }[]
  /** For a relationship to one collection: that collection. */
  relationTo?: string
}

/** Turns a Payload label (text, { zh, en } or a function of i18n) into text. */
export type Translate = (label: unknown, fallback: string) => string

const chinese: Translate = (label, fallback) => translateLabel(label, 'zh', fallback)

const KIND_BY_TYPE: Partial<Record<Field['type'], ConditionFieldKind>> = {
  select: 'select',
  radio: 'select',
  checkbox: 'checkbox',
  number: 'number',
  text: 'text',
  textarea: 'text',
  email: 'text',
  code: 'text',
  relationship: 'relationship',
  upload: 'relationship',
}

/** 是 / 否 of a checkbox, as conditions store it ('true' / 'false'). */
export const CHECKBOX_OPTIONS: { value: string; label: LabelText }[] = [
  { value: 'true', label: { zh: '是', en: 'Yes' } },
  { value: 'false', label: { zh: '否', en: 'No' } },
]

/** Fields no condition is meant to test: the id, timestamps and Payload's own (_status …). */
const isSystemField = (name: string) => name === 'id' || name === 'createdAt' || name === 'updatedAt' || name.startsWith('_')

type ConditionFieldsOptions = {
  /** The plugin's per-collection `fieldLabels`: names a field in place of its own label. */
  fieldLabels?: Record<string, string>
  translate?: Translate
}

/**
 * The fields of a collection a condition can test, labelled as the editor shows them: scalar
 * fields, selects and radios with their options, checkboxes (是 / 否), relationships to one
 * collection; fields of named groups and tabs by their dotted path (标签 / 字段). Virtual, date and
 * system fields are left out — the conditions compare text and numbers — and so are hidden fields
 * unless `fieldLabels` names them.
 */
export function conditionFields(fields: readonly Field[], options: ConditionFieldsOptions = {}): ConditionField[] {
  const { fieldLabels = {}, translate = chinese } = options
  const walk = (fields: readonly Field[], prefix: string, outer: string | undefined): ConditionField[] => {
    const result: ConditionField[] = []
    const named = (label: string) => (outer ? `${outer} / ${label}` : label)
    for (const field of fields) {
      if (field.type === 'row' || field.type === 'collapsible') {
        result.push(...walk(field.fields, prefix, outer))
      } else if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) result.push(...walk(tab.fields, `${prefix}${tab.name}.`, named(translate(tab.label, tab.name))))
          else result.push(...walk(tab.fields, prefix, outer))
        }
      } else if (field.type === 'group') {
        if (!('name' in field && field.name)) result.push(...walk(field.fields, prefix, outer))
        else if (!field.admin?.hidden && !field.hidden) result.push(...walk(field.fields, `${prefix}${field.name}.`, named(translate(field.label, field.name))))
      } else if ('name' in field && field.name && !isSystemField(field.name)) {
        const kind = KIND_BY_TYPE[field.type]
        const path = `${prefix}${field.name}`
        const admin = field.admin as { hidden?: boolean; disabled?: boolean } | undefined
        // A hidden field the system fills in (写给领导, copied from the message type) is offered when the host names it.
        const hidden = admin?.hidden || admin?.disabled || ('hidden' in field && field.hidden)
        if (!kind || (hidden && !fieldLabels[path]) || ('virtual' in field && field.virtual)) continue
        const entry: ConditionField = { value: path, label: named(fieldLabels[path] ?? translate('label' in field ? field.label : undefined, field.name)), kind }
        if (field.type === 'select' || field.type === 'radio') {
          entry.options = field.options.map((o) => (typeof o === 'string' ? { value: o, label: o } : { value: o.value, label: translate(o.label, o.value) }))
        } else if (field.type === 'checkbox') {
          entry.options = CHECKBOX_OPTIONS.map((o) => ({ value: o.value, label: translate(o.label, o.value) }))
        } else if (field.type === 'relationship' || field.type === 'upload') {
          if (typeof field.relationTo === 'string') entry.relationTo = field.relationTo
          else entry.kind = 'text'
        }
        result.push(entry)
      }
    }
    return result
  }
  return walk(fields, '', undefined)
}

/** The names of a collection's condition fields and of their values (for route descriptions). */
export function conditionLabels(fields: readonly ConditionField[]): { labels: Record<string, string>; valueLabels: Record<string, Record<string, string>> } {
  const labels: Record<string, string> = {}
  const valueLabels: Record<string, Record<string, string>> = {}
  for (const field of fields) {
    labels[field.value] = field.label
    if (field.options) valueLabels[field.value] = Object.fromEntries(field.options.map((o) => [o.value, o.label]))
  }
  return { labels, valueLabels }
}
