import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook } from 'payload'


import { idOf } from '../../../submissions/line'
import { allocateIssueNumber, formatIssueNumber } from '../../../submissions/numbering'
import { userError } from '../../../lib/userErrors'

const CLASSIFIED = new Set(['secret', 'confidential'])

/** A new issue takes the journal's default 密级 unless one was chosen. */
export const applyJournalClassification: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data || data.classification) return data
  const journalId = idOf(data.journal)
  if (journalId === null) return data
  const journal = await req.payload.findByID({ collection: 'journals', id: journalId, depth: 0, overrideAccess: true, req, disableErrors: true })
  return { ...data, classification: journal?.classification ?? 'internal' }
}

/**
 * Numbers a new issue and fills its masthead defaults from the journal; keeps the 编印日期 the
 * number was given under; keeps `classified`
 * (秘密、机密 issues are never published) and the title in step.
 */
export const numberIssue: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const journalId = idOf(merged.journal)
  if (journalId === null) throw userError('请选择刊物。')
  const journal = await req.payload.findByID({ collection: 'journals', id: journalId, depth: 0, overrideAccess: true, req })
  if (operation === 'create') {
    const numbers = await allocateIssueNumber(req, { id: journalId, totalBase: journal.totalBase }, merged.issueDate ?? new Date(), Boolean(merged.supplement))
    Object.assign(data, { year: numbers.year, number: numbers.number, total: numbers.total, office: idOf(journal.office) })
    data.title = `《${journal.name}》${formatIssueNumber(numbers)}`
    data.reportTo ??= journal.reportTo
    data.copyTo ??= journal.copyTo
    data.distribution ??= journal.distribution
    data.copies ??= journal.copies
  } else if (idOf(originalDoc?.journal) !== journalId || Boolean(originalDoc?.supplement) !== Boolean(merged.supplement)) {
    throw userError('期号已按刊物编定，不能更换刊物或改为增刊；请新建一期。', 409)
  } else if (data.issueDate && originalDoc?.issueDate && Date.parse(data.issueDate) !== Date.parse(originalDoc.issueDate)) {
    throw userError('编印日期随期号编定，编号后不能修改；日期有误的，请删除本期后重新新建。', 409)
  }
  data.classified = CLASSIFIED.has(String(merged.classification))
  if (merged.public && merged.classification !== 'public') {
    throw userError('只有密级为“公开”的期次可以在门户网站发布。')
  }
  return data
}
