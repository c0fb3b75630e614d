/**
 * Checks an application as posted by the public form. Every field gets its own Chinese
 * message; the cleaned values are returned with the errors, so nothing typed is lost.
 */
import { ORG_TYPES } from '../outcomes'
import { APPLICANT_KINDS, APPLICATION_INPUT_FIELDS, CHANNELS, FIELD_LABELS, FORMATS, type ApplicationInput, type ApplicationInputField } from './fields'

export type ApplicationErrors = Partial<Record<ApplicationInputField, string>>

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** 居民身份证号码 (GB 11643-1999): 18 characters with an ISO 7064 MOD 11-2 check digit. */
export function idCardProblem(value: string): string | null {
  if (!/^\d{17}[\dX]$/.test(value)) return '身份证号码应为18位，前17位为数字，最后一位为数字或X。'
  const birth = value.slice(6, 14)
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}T00:00:00Z`)
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replace(/-/g, '') !== birth) return '身份证号码中的出生日期不正确。'
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(value[i]), 0)
  if (ID_CHECK[sum % 11] !== value[17]) return '身份证号码校验位不正确，请核对。'
  return null
}

/** The check character of an 18-digit ID number's first 17 digits (for demo data). */
export const idCheckDigit = (first17: string) => ID_CHECK[ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0) % 11]

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** 统一社会信用代码 (GB 32100-2015): 18 characters with a MOD 31 check character. */
export function creditCodeProblem(value: string): string | null {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value)) return '统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）。'
  const sum = USCC_WEIGHTS.reduce((acc, w, i) => acc + w * USCC_CHARS.indexOf(value[i]), 0)
  const check = USCC_CHARS[(31 - (sum % 31)) % 31]
  if (check !== value[17]) return '统一社会信用代码校验位不正确，请核对。'
  return null
}

export const creditCheckChar = (first17: string) =>
  USCC_CHARS[(31 - (USCC_WEIGHTS.reduce((acc, w, i) => acc + w * USCC_CHARS.indexOf(first17[i]), 0) % 31)) % 31]

const LIMITS: Partial<Record<ApplicationInputField, number>> = {
  name: 100,
  contactName: 50,
  phone: 30,
  email: 100,
  address: 200,
  postcode: 6,
  description: 2000,
  purpose: 500,
}

/** A value the form may carry: text (a JSON client may send a number for a phone or postcode). */
const isTextValue = (value: unknown): value is string | number =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))

/**
 * The typed values, trimmed; blank fields are left out (a select left at 请选择 posts "", which
 * is no choice, not an invalid one). Values of the wrong type are left out too — never stored as
 * "[object Object]" — and reported by {@link wrongTypeErrors}.
 */
export function cleanInput(raw: Record<string, unknown>): ApplicationInput {
  const out: ApplicationInput = {}
  for (const field of APPLICATION_INPUT_FIELDS) {
    const value = raw[field]
    if (!isTextValue(value)) continue
    const text = String(value).replace(/\r\n/g, '\n').trim()
    if (text) out[field] = text
  }
  if (out.idNumber) out.idNumber = out.idNumber.replace(/\s/g, '').toUpperCase()
  return out
}

/** A Chinese message for each field whose value is not text (an object, a list, true/false, a file). */
export function wrongTypeErrors(raw: Record<string, unknown>): ApplicationErrors {
  const errors: ApplicationErrors = {}
  for (const field of APPLICATION_INPUT_FIELDS) {
    const value = raw[field]
    if (value === undefined || value === null || isTextValue(value)) continue
    errors[field] = `“${FIELD_LABELS[field]}”应填写文字，收到的内容格式不正确，请重新填写。`
  }
  return errors
}

export function validateApplication(input: ApplicationInput): ApplicationErrors {
  const errors: ApplicationErrors = {}
  const kind = input.applicantKind
  if (!kind) errors.applicantKind = '请选择申请人类型：公民或法人、其他组织。'
  else if (!APPLICANT_KINDS.some((k) => k.value === kind)) errors.applicantKind = '申请人类型无效，请重新选择。'
  if (kind === 'legal') {
    if (!input.orgType) errors.orgType = '法人或者其他组织请选择组织类型（商业企业、科研机构、社会公益组织、法律服务机构或其他）。'
    else if (!ORG_TYPES.some((t) => t.key === input.orgType)) errors.orgType = '组织类型无效，请重新选择。'
    if (!input.contactName) errors.contactName = '请填写联系人姓名。'
  }
  if (!input.name) errors.name = kind === 'legal' ? '请填写法人或者其他组织的名称。' : '请填写申请人姓名。'
  if (!input.idNumber) errors.idNumber = kind === 'legal' ? '请填写统一社会信用代码。' : '请填写身份证号码。'
  else {
    const problem = kind === 'legal' ? creditCodeProblem(input.idNumber) : kind === 'natural' ? idCardProblem(input.idNumber) : null
    if (problem) errors.idNumber = problem
  }
  if (!input.phone) errors.phone = '请填写联系电话，以便工作人员与您联系。'
  else if (!/^[0-9+\-() ]{7,30}$/.test(input.phone)) errors.phone = '联系电话只能包含数字、空格和“+ - ( )”，至少7位。'
  if (input.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) errors.email = '电子邮箱格式不正确，如 name@example.com。'
  if (input.channel === 'email' && !input.email) errors.email = '选择以电子邮件方式获取信息时，请填写电子邮箱。'
  if (!input.address) errors.address = '请填写通信地址，答复书将寄送至该地址。'
  if (input.postcode && !/^\d{6}$/.test(input.postcode)) errors.postcode = '邮政编码应为6位数字。'
  if (!input.description) errors.description = '请描述所需政府信息的名称、文号或便于查询的其他特征。'
  else if (input.description.length < 5) errors.description = '所需政府信息的描述过短，请写明信息名称、文号或其他特征，以便查找。'
  if (input.format && !FORMATS.some((f) => f.value === input.format)) errors.format = '载体形式无效，请重新选择。'
  if (input.channel && !CHANNELS.some((c) => c.value === input.channel)) errors.channel = '获取方式无效，请重新选择。'
  for (const [field, max] of Object.entries(LIMITS) as [ApplicationInputField, number][]) {
    const value = input[field]
    if (value && value.length > max && !errors[field]) errors[field] = `不能超过${max}个字（现为${value.length}个字）。`
  }
  return errors
}
