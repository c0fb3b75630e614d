/**
 * Vocabulary of the submission line (政务信息报送). Values are stored; labels are shown.
 * Sources: 福州 榕政办〔2018〕26号 (报送重点), 企业政务信息报送要点 (日常报送 12 类), 河东 and 白山
 * notices (批示反馈, 考核), and the county scoring rule the issue quotes.
 */
type Label = { zh: string; en: string }
type Option<V extends string = string> = { value: V; label: Label }

export const SUBMISSION_TYPES = [
  { value: 'dynamic', label: { zh: '动态', en: 'News' } },
  { value: 'experience', label: { zh: '经验', en: 'Experience' } },
  { value: 'problem', label: { zh: '问题', en: 'Problem' } },
  { value: 'suggestion', label: { zh: '建议', en: 'Suggestion' } },
  { value: 'research', label: { zh: '调研', en: 'Research' } },
] as const satisfies readonly Option[]

/** 调研信息: 有情况、有问题、有分析、有建议 (榕政办〔2018〕26号). */
export const RESEARCH_SECTIONS = [
  { name: 'situation', label: { zh: '情况', en: 'Situation' } },
  { name: 'problems', label: { zh: '问题', en: 'Problems' } },
  { name: 'analysis', label: { zh: '分析', en: 'Analysis' } },
  { name: 'suggestions', label: { zh: '建议', en: 'Suggestions' } },
] as const

export const URGENCY_LEVELS = [
  { value: 'normal', label: { zh: '平件', en: 'Normal' } },
  { value: 'urgent', label: { zh: '急件', en: 'Urgent' } },
  { value: 'veryUrgent', label: { zh: '特急', en: 'Very urgent' } },
] as const satisfies readonly Option[]

export const ADOPTION_MODES = [
  { value: 'full', label: { zh: '全文采用', en: 'In full' } },
  { value: 'summary', label: { zh: '摘要采用', en: 'Summary' } },
  { value: 'combined', label: { zh: '综合采用', en: 'Combined' } },
] as const satisfies readonly Option[]

/** Kinds of journal the scoring rules name. */
export const JOURNAL_KINDS = [
  { value: 'yaoqing', label: { zh: '政务要情', en: 'Key affairs' } },
  { value: 'kuaixun', label: { zh: '政务快讯', en: 'Bulletin' } },
  { value: 'zhuanbao', label: { zh: '专报', en: 'Special report' } },
  { value: 'xinxi', label: { zh: '政务信息', en: 'Government information' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
] as const satisfies readonly Option[]

/** Levels of office at which an item is received or adopted (units' 行政层级). */
export const OFFICE_LEVELS = [
  { value: 'township', label: { zh: '乡镇', en: 'Township' } },
  { value: 'county', label: { zh: '县级', en: 'County' } },
  { value: 'city', label: { zh: '市级', en: 'City' } },
  { value: 'province', label: { zh: '省级', en: 'Province' } },
  { value: 'national', label: { zh: '国家级', en: 'National' } },
  { value: 'subsidiary', label: { zh: '子公司', en: 'Subsidiary' } },
  { value: 'group', label: { zh: '集团', en: 'Group' } },
] as const satisfies readonly Option[]

export const LEADER_LEVELS = [
  { value: 'countyMain', label: { zh: '县（区）主要领导', en: 'County main leader' } },
  { value: 'county', label: { zh: '县（区）其他领导', en: 'County leader' } },
  { value: 'cityMain', label: { zh: '市主要领导', en: 'City main leader' } },
  { value: 'city', label: { zh: '市其他领导', en: 'City leader' } },
  { value: 'province', label: { zh: '省级领导', en: 'Provincial leader' } },
  { value: 'national', label: { zh: '国家级领导', en: 'National leader' } },
] as const satisfies readonly Option[]

/** Facts the scores are derived from; recorded by the system, never typed in. */
export const EVENT_TYPES = [
  { value: 'received', label: { zh: '报送（送达）', en: 'Received' } },
  { value: 'adopted', label: { zh: '采用', en: 'Adopted' } },
  { value: 'returned', label: { zh: '退稿', en: 'Returned' } },
  { value: 'instruction', label: { zh: '领导批示', en: 'Instruction' } },
] as const satisfies readonly Option[]

/** Where an item stands on the line, in the line's words (shown instead of Payload's 已发布). */
export const LINE_STATUSES = [
  { value: 'draft', label: { zh: '未报送', en: 'Not sent' } },
  { value: 'sent', label: { zh: '已报送', en: 'Sent' } },
  { value: 'adopted', label: { zh: '已采用', en: 'Adopted' } },
  { value: 'returned', label: { zh: '已退稿', en: 'Returned' } },
] as const satisfies readonly Option[]

export const RECEIPT_STATUSES = [
  { value: 'pending', label: { zh: '待处理', en: 'Pending' } },
  { value: 'adopted', label: { zh: '已采用', en: 'Adopted' } },
  { value: 'forwarded', label: { zh: '已转报', en: 'Forwarded' } },
  { value: 'adoptedForwarded', label: { zh: '已采用并转报', en: 'Adopted and forwarded' } },
  { value: 'returned', label: { zh: '已退稿', en: 'Returned' } },
] as const satisfies readonly Option[]

export const CLASSIFICATIONS = [
  { value: 'public', label: { zh: '公开', en: 'Public' } },
  { value: 'internal', label: { zh: '内部资料', en: 'Internal' } },
  { value: 'secret', label: { zh: '秘密', en: 'Secret' } },
  { value: 'confidential', label: { zh: '机密', en: 'Confidential' } },
] as const satisfies readonly Option[]

export type SubmissionType = (typeof SUBMISSION_TYPES)[number]['value']
export type AdoptionMode = (typeof ADOPTION_MODES)[number]['value']
export type JournalKind = (typeof JOURNAL_KINDS)[number]['value']
export type OfficeLevel = (typeof OFFICE_LEVELS)[number]['value']
export type LeaderLevel = (typeof LEADER_LEVELS)[number]['value']
export type EventType = (typeof EVENT_TYPES)[number]['value']

export function labelOf(options: readonly Option[], value: string | null | undefined): string {
  return options.find((o) => o.value === value)?.label.zh ?? value ?? ''
}

/** Options for a Payload select field. */
export const selectOptions = (options: readonly Option[]) => options.map((o) => ({ value: o.value, label: o.label }))
