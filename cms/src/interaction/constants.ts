/** 互动交流: the states of a citizen's message, the reasons it may be refused, limits of the form. */

export const MESSAGE_STATUSES = [
  { value: 'received', label: { zh: '待受理', en: 'Awaiting acceptance' } },
  { value: 'refused', label: { zh: '不予受理', en: 'Refused' } },
  { value: 'assigned', label: { zh: '办理中', en: 'In progress' } },
  { value: 'answered', label: { zh: '已答复', en: 'Answered' } },
] as const

export type MessageStatus = (typeof MESSAGE_STATUSES)[number]['value']

export const statusLabel = (status: string | null | undefined): string => MESSAGE_STATUSES.find((s) => s.value === status)?.label.zh ?? '待受理'

/** 不予受理 reasons, as county portals list them. */
export const REFUSAL_REASONS = [
  { value: 'duplicate', label: { zh: '重复留言', en: 'Duplicate' } },
  { value: 'outOfScope', label: { zh: '不属于本级政府及其部门职责范围', en: 'Not within our remit' } },
  { value: 'abusive', label: { zh: '含有辱骂、攻击等不文明内容', en: 'Abusive' } },
  { value: 'illegal', label: { zh: '含有违反法律法规的内容', en: 'Unlawful content' } },
  { value: 'unclear', label: { zh: '诉求不明确，无法办理', en: 'Unclear request' } },
  { value: 'legalChannel', label: { zh: '已进入诉讼、仲裁、行政复议或信访等法定途径', en: 'In a legal procedure' } },
  { value: 'other', label: { zh: '其他（见说明）', en: 'Other (see note)' } },
] as const

export const refusalLabel = (reason: string | null | undefined): string | null => REFUSAL_REASONS.find((r) => r.value === reason)?.label.zh ?? null

export const RATINGS = [
  { value: 'satisfied', label: { zh: '满意', en: 'Satisfied' } },
  { value: 'basic', label: { zh: '基本满意', en: 'Fairly satisfied' } },
  { value: 'unsatisfied', label: { zh: '不满意', en: 'Unsatisfied' } },
] as const

export type Rating = (typeof RATINGS)[number]['value']

export const ratingLabel = (rating: string | null | undefined): string | null => RATINGS.find((r) => r.value === rating)?.label.zh ?? null

export const RECEIVED_VIA = [
  { value: 'online', label: { zh: '网上留言', en: 'Online' } },
  { value: 'phone', label: { zh: '电话', en: 'Phone' } },
  { value: 'letter', label: { zh: '信件', en: 'Letter' } },
  { value: 'visit', label: { zh: '来访', en: 'Visit' } },
] as const

export const TITLE_MAX = 60
export const CONTENT_MIN = 10
export const CONTENT_MAX = 2000
export const ATTACHMENTS_MAX = 3
export const ATTACHMENT_BYTES = 5 * 1024 * 1024

/**
 * Days (calendar) without an answer at which the office and the unit are alarmed: a 政务咨询
 * message unanswered for more than three months fails the site (国办秘函〔2019〕19号, 单项否决).
 */
export const ALARM_DAYS = [30, 60, 80] as const

/** The code of the 领导信箱 type: its replies also pass the leader's office. */
export const LEADER_MAILBOX = 'leaderMailbox'
