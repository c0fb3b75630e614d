import type { CollectionBeforeChangeHook } from 'payload'

import { userError } from '@gov/review-workflow'

import { idOf } from '../../../submissions/line'
import { allocateIssueNumber, formatIssueNumber } from '../../../submissions/numbering'

const CLASSIFIED = new Set(['secret', 'confidential'])

/**
 * Numbers a new issue and fills its masthead defaults from the journal; keeps `classified`
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
    data.distribution ??= journal.distribution
    data.copies ??= journal.copies
  } else if (idOf(originalDoc?.journal) !== journalId || Boolean(originalDoc?.supplement) !== Boolean(merged.supplement)) {
    throw userError('期号已按刊物编定，不能更换刊物或改为增刊；请新建一期。', 409)
  }
  data.classified = CLASSIFIED.has(String(merged.classification))
  if (merged.public && merged.classification !== 'public') {
    throw userError('只有密级为“公开”的期次可以在门户网站发布。')
  }
  return data
}
