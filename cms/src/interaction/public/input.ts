/**
 * The 留言 form as the public endpoint receives it: the fields, their Chinese labels, the typed
 * values cleaned (never lost, never stored as "[object Object]") and checked, each field with a
 * Chinese message of its own.
 */
import { CONTENT_MAX, CONTENT_MIN, TITLE_MAX } from '../constants'

export const MESSAGE_INPUT_FIELDS = ['type', 'leader', 'title', 'content', 'name', 'mobile', 'email'] as const
export type MessageInputField = (typeof MESSAGE_INPUT_FIELDS)[number]
export type MessageInput = Partial<Record<MessageInputField, string>> & { publishConsent?: boolean }
export type MessageErrorField = MessageInputField | 'publishConsent' | 'attachments' | '_form'
export type MessageErrors = Partial<Record<MessageErrorField, string>>

/** The honeypot: hidden from people by the form, filled in by bots. */
export const HONEYPOT_FIELD = 'website'

export const FIELD_LABELS: Record<Exclude<MessageErrorField, '_form'>, string> = {
  type: '留言类型',
  leader: '写信对象（领导）',
  title: '标题',
  content: '留言内容',
  name: '姓名',
  mobile: '手机号码',
  email: '电子邮箱',
  publishConsent: '同意公开',
  attachments: '图片附件',
}

export const NAME_MAX = 50
export const EMAIL_MAX = 100

/** A type citizens may choose, as the endpoint reads it from `message-types`. */
export type TypeOption = { id: string | number; code: string; name: string; needsLeader: boolean; description?: string | null }
/** An active leader of 领导信箱. */
export type LeaderOption = { id: string | number; name: string; title: string }

const isTextValue = (value: unknown): value is string | number => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))

/** A checkbox as a form (`on`, `1`, `true`, `yes`) or JSON (`true`) posts it. */
export const isChecked = (value: unknown) => value === true || (typeof value === 'string' && /^(on|1|true|yes)$/i.test(value.trim()))

/** The typed values, trimmed; blank fields are left out, values that are not text too. */
export function cleanMessageInput(raw: Record<string, unknown>): MessageInput {
  const out: MessageInput = {}
  for (const field of MESSAGE_INPUT_FIELDS) {
    const value = raw[field]
    if (!isTextValue(value)) continue
    const text = String(value).replace(/\r\n/g, '\n').trim()
    if (text) out[field] = text
  }
  if (isChecked(raw.publishConsent)) out.publishConsent = true
  return out
}

/** A Chinese message for each field whose value is not text (an object, a list, a file). */
export function wrongTypeErrors(raw: Record<string, unknown>): MessageErrors {
  const errors: MessageErrors = {}
  for (const field of MESSAGE_INPUT_FIELDS) {
    const value = raw[field]
    if (value === undefined || value === null || isTextValue(value)) continue
    errors[field] = `“${FIELD_LABELS[field]}”应填写文字，收到的内容格式不正确，请重新填写。`
  }
  return errors
}

/** 11 digits of a mainland mobile number as typed with spaces or dashes (and an optional +86); null if it is none. */
export function normaliseMobile(typed: string | undefined): string | null {
  if (!typed) return null
  const compact = typed.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '')
  return /^1[3-9]\d{9}$/.test(compact) ? compact : null
}

/** The chosen type: by its code (what the portal's form posts) or by its id. */
export const findType = (types: readonly TypeOption[], value: string | undefined) =>
  value ? types.find((t) => t.code === value) ?? types.find((t) => String(t.id) === value) : undefined

export const findLeader = (leaders: readonly LeaderOption[], value: string | undefined) => (value ? leaders.find((l) => String(l.id) === value) : undefined)

const tooLong = (label: string, max: number, value: string) => `${label}不能超过${max}个字（现为${value.length}个字）。`

export function validateMessage(input: MessageInput, types: readonly TypeOption[], leaders: readonly LeaderOption[]): MessageErrors {
  const errors: MessageErrors = {}
  const type = findType(types, input.type)
  if (!input.type) errors.type = '请选择留言类型。'
  else if (!type) errors.type = '所选留言类型目前不受理，请重新选择。'
  if (type?.needsLeader) {
    if (!input.leader) errors.leader = '写给领导的信件，请选择写信对象。'
    else if (!findLeader(leaders, input.leader)) errors.leader = '所选领导不在领导信箱名单中，请重新选择。'
  }
  if (!input.title) errors.title = '请填写留言标题。'
  else if (input.title.length > TITLE_MAX) errors.title = tooLong('标题', TITLE_MAX, input.title)
  if (!input.content) errors.content = '请填写留言内容。'
  else if (input.content.length < CONTENT_MIN) errors.content = `留言内容过短，请至少写${CONTENT_MIN}个字，写明具体事项、地点和诉求。`
  else if (input.content.length > CONTENT_MAX) errors.content = tooLong('留言内容', CONTENT_MAX, input.content)
  if (!input.name) errors.name = '请填写姓名，以便工作人员与您联系。'
  else if (input.name.length > NAME_MAX) errors.name = tooLong('姓名', NAME_MAX, input.name)
  if (!input.mobile) errors.mobile = '请填写手机号码；查询办理情况时需要手机号码后四位。'
  else if (!normaliseMobile(input.mobile)) errors.mobile = '手机号码应为11位数字，以1开头，如 138 0013 8000。'
  if (input.email) {
    if (input.email.length > EMAIL_MAX) errors.email = tooLong('电子邮箱', EMAIL_MAX, input.email)
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) errors.email = '电子邮箱格式不正确，如 name@example.com。'
  }
  return errors
}
