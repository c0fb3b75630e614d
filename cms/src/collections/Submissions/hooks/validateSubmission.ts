import type { CollectionBeforeChangeHook } from 'payload'


import { RESEARCH_SECTIONS } from '../../../submissions/constants'
import { lexicalParagraphs } from '../../../submissions/lexicalText'
import { userError } from '../../../lib/userErrors'

/** 调研信息 needs all of 情况/问题/分析/建议; every other type needs a body. */
export const validateSubmission: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  if (merged.type === 'research') {
    const research = (merged.research ?? {}) as Record<string, string | null | undefined>
    const missing = RESEARCH_SECTIONS.filter((s) => !research[s.name]?.trim()).map((s) => s.label.zh)
    if (missing.length) throw userError(`调研信息须有情况、有问题、有分析、有建议：请填写“${missing.join('”“')}”。`)
  } else if (lexicalParagraphs(merged.body).length === 0) {
    throw userError('请填写正文。')
  }
  return data
}
