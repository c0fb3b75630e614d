import type { CollectionBeforeChangeHook } from 'payload'
import { userError } from '../../../lib/userErrors'


/** Everything the leader's signature covers, and the stamps of the signature itself. */
const FIXED_AFTER_SIGNING = ['journal', 'supplement', 'issueDate', 'editorNote', 'items', 'classification', 'reportTo', 'copyTo', 'distribution', 'copies', 'public', 'editorName', 'signedAt', 'signer']

/** A value as stored: populated documents by id, array rows without their row ids, blanks alike. */
function normalise(value: unknown): unknown {
  if (value === undefined || value === '') return null
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('createdAt' in record && 'id' in record) return record.id
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => key !== 'id')
        .sort()
        .map((key) => [key, normalise(record[key])]),
    )
  }
  return value
}

const sameDate = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && Date.parse(a) === Date.parse(b)

/**
 * A signed issue (签发) is what was printed and sent: its content, number and dates never change
 * again, not even as a new draft. The one change left is taking a public issue off the portal.
 */
export const keepSignedIssue: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc?.signedAt) return data
  const changed = FIXED_AFTER_SIGNING.filter((field) => {
    if (!(field in data)) return false
    const before = originalDoc[field]
    const after = data[field]
    if (field === 'public') return Boolean(after) && !before
    return !sameDate(before, after) && JSON.stringify(normalise(before)) !== JSON.stringify(normalise(after))
  })
  if (changed.length > 0) {
    throw userError('本期刊物已签发印发，内容、期号和日期不能再修改（也不能另存草稿）。需要更正的，请编印更正或增刊。', 409)
  }
  return data
}
