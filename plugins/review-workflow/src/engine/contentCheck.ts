/**
 * The content checks at each step of a run: blocks refuse the step, warnings are summarised
 * for the run, the signature, the audit chain and the printed form.
 */
import type { PayloadRequest } from 'payload'

import { userError } from '../errors'
import type { ContentFinding, SanitizedOptions } from '../options'

export type ContentCheck = { checkedAt: string; findings: ContentFinding[] }

export async function checkRevision(req: PayloadRequest, options: SanitizedOptions, collection: string, doc: Record<string, unknown>): Promise<ContentCheck> {
  const findings = options.contentChecks ? await options.contentChecks({ req, collection, doc }) : []
  return { checkedAt: new Date().toISOString(), findings }
}

/** 电话号码 2 处、易错词 1 处 */
export function summariseFindings(findings: ContentFinding[]): string {
  const counts = new Map<string, number>()
  for (const f of findings) counts.set(f.kindLabel, (counts.get(f.kindLabel) ?? 0) + 1)
  return [...counts].map(([label, n]) => `${label} ${n} 处`).join('、')
}

const quote = (f: ContentFinding) => `${f.field}：“${f.match}”——${f.message}`

/** Refuses the step while a block finding stands, naming each (at most five). */
export function refuseBlocked(check: ContentCheck, step: string): void {
  const blocks = check.findings.filter((f) => f.severity === 'block')
  if (blocks.length === 0) return
  const listed = blocks.slice(0, 5).map(quote).join('；')
  throw userError(`内容检测发现 ${blocks.length} 处必须修改的问题（${summariseFindings(blocks)}），修改后才能${step}：${listed}${blocks.length > 5 ? '……' : ''}`, 409)
}

export const warningsOf = (check: ContentCheck) => check.findings.filter((f) => f.severity === 'warn')

/**
 * What a signature records about the warnings it went past: their summary and the signer's
 * reason. Approving past warnings without a reason is refused.
 */
export function warningNote(check: ContentCheck, reason: string | null | undefined): string | null {
  const warnings = warningsOf(check)
  if (warnings.length === 0) return null
  const given = reason?.trim()
  if (!given) {
    throw userError(`内容检测有 ${warnings.length} 处提示（${summariseFindings(warnings)}），请逐条核实，并填写“检测提示处理说明”后再同意。`, 409)
  }
  return `内容检测提示：${summariseFindings(warnings)}；处理说明：${given}`
}
