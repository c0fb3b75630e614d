/**
 * 内容安全检测 of one item: run when it is submitted and again at every signature (through
 * the review plugin's `contentChecks` option). Blocks (涉密标志, 身份证号码, 银行卡号) stop
 * submission and signing until the text changes; warnings need the signer's reason.
 */
import type { PayloadRequest } from 'payload'

import { loadCheckLists, type CheckLists } from './checkLists'
import { findClassifiedMarks } from './classifiedMarks'
import { documentText } from './documentText'
import { findDeadLinks } from './linkCheck'
import { findUnregisteredLinks } from './linkRegistry'
import { findLeaderMentions, findListedWords, scanLists } from './listMatches'
import { findBankCards, findIdNumbers, findPhoneNumbers } from './personalNumbers'
import { type ContentFinding, FINDING_KINDS, type TextMatch, type TextSegment } from './types'

/** Characters of context on each side, within the paragraph. */
const CONTEXT = 15

/** Every finding in the segments' text, with the matched text and a little context on each side. */
export function checkText(lists: CheckLists, segments: TextSegment[], now = new Date()): ContentFinding[] {
  const findings: ContentFinding[] = []
  for (const { field, text } of segments) {
    const listed = scanLists(lists, text)
    const matches: TextMatch[] = [
      ...findClassifiedMarks(text),
      ...findIdNumbers(text),
      ...findBankCards(text),
      ...findPhoneNumbers(text),
      ...findListedWords(listed),
      ...findLeaderMentions(lists, text, listed, now),
    ]
    for (const match of matches.sort((a, b) => a.start - b.start)) {
      const kind = FINDING_KINDS[match.kind]
      findings.push({
        kind: match.kind,
        kindLabel: kind.label,
        severity: kind.severity,
        field,
        match: match.shown ?? text.slice(match.start, match.end),
        // Context around a personal number would give away the rest of it: none is kept.
        before: match.shown ? '' : text.slice(Math.max(0, match.start - CONTEXT), match.start).split('\n').pop()!,
        after: match.shown ? '' : text.slice(match.end, match.end + CONTEXT).split('\n')[0],
        message: match.message,
      })
    }
  }
  return findings
}

export async function runContentChecks(req: PayloadRequest, collection: string, doc: Record<string, unknown>): Promise<ContentFinding[]> {
  const lists = await loadCheckLists(req)
  const { segments, links, unreadable } = await documentText(req, collection, doc)
  const findings = checkText(lists, segments)
  for (const file of unreadable) {
    findings.push({
      kind: 'unreadableAttachment',
      kindLabel: FINDING_KINDS.unreadableAttachment.label,
      severity: FINDING_KINDS.unreadableAttachment.severity,
      field: file.field,
      match: file.filename,
      before: '',
      after: '',
      message: '未能从附件中读出文字（可能是扫描件或文件已损坏），请人工核对其中有无密级标志、身份证号码等内容。',
    })
  }
  for (const link of await findDeadLinks(links)) {
    findings.push({
      kind: 'deadLink',
      kindLabel: FINDING_KINDS.deadLink.label,
      severity: FINDING_KINDS.deadLink.severity,
      field: link.field,
      match: link.url,
      before: '',
      after: '',
      message: `链接无效：${link.reason}。`,
    })
  }
  // 第六章 链接管理: external sites are linked only once registered (网站链接备案表).
  for (const link of await findUnregisteredLinks(req, links)) {
    findings.push({
      kind: 'unregisteredLink',
      kindLabel: FINDING_KINDS.unregisteredLink.label,
      severity: FINDING_KINDS.unregisteredLink.severity,
      field: link.field,
      match: link.url,
      before: '',
      after: '',
      message: `外部网站“${link.host}”未在网站链接备案库中（或备案已撤销）：链接外部网站须先填报网站链接备案表，经审核同意后方可链接。`,
    })
  }
  return findings
}
