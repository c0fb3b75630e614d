import type { ContentFinding } from '@gov/review-workflow'

export type { ContentFinding }

/** A piece of an item's text, named by the field it came from. */
export type TextSegment = { field: string; text: string }

/** A link in an item, with the field it came from. */
export type LinkRef = { field: string; url: string }

/** A match inside one segment's text, before it is turned into a finding with context. */
export type TextMatch = {
  start: number
  end: number
  kind: FindingKind
  message: string
  /** What the finding shows instead of the matched text (masked personal numbers). */
  shown?: string
}

export const FINDING_KINDS = {
  classified: { label: '涉密标志', severity: 'block' },
  idNumber: { label: '身份证号码', severity: 'block' },
  bankCard: { label: '银行卡号', severity: 'block' },
  phone: { label: '电话号码', severity: 'warn' },
  sensitive: { label: '敏感词', severity: 'warn' },
  typo: { label: '易错词', severity: 'warn' },
  leader: { label: '领导职务与排序', severity: 'warn' },
  removed: { label: '落马官员', severity: 'warn' },
  deadLink: { label: '无效链接', severity: 'warn' },
  unregisteredLink: { label: '未备案外部链接', severity: 'warn' },
  unreadableAttachment: { label: '附件无法检测', severity: 'warn' },
} as const satisfies Record<string, { label: string; severity: ContentFinding['severity'] }>

export type FindingKind = keyof typeof FINDING_KINDS
