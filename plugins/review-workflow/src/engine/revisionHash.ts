import { canonicalJson, hashHex } from './hash'

/** The virtual list column the plugin adds to reviewed collections. */
export const REVIEW_STATUS_FIELD = 'reviewStatus'

/** Fields that change without the content changing: never part of what a reviewer signs. */
const SYSTEM_FIELDS = new Set(['id', 'createdAt', 'updatedAt', '_status', 'publishDate', 'createdBy', 'updatedBy', REVIEW_STATUS_FIELD, 'reviewPanel'])

/** Relations count by id: populating them at another depth must not change the hash. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, normalise(v)]))
  }
  return value ?? null
}

/**
 * The hash a signature is bound to: the reviewed content of the document (all fields, or
 * the listed ones, minus system fields), canonical JSON, SM3.
 */
export function revisionHash(doc: Record<string, unknown>, reviewedFields?: readonly string[]): string {
  const keys = (reviewedFields ?? Object.keys(doc)).filter((k) => !SYSTEM_FIELDS.has(k))
  const content = Object.fromEntries(keys.map((k) => [k, normalise(doc[k])]))
  return hashHex(canonicalJson(content))
}
