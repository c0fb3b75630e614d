/** The fields of a 依申请公开 application, as the public form posts them. */
export const APPLICATION_INPUT_FIELDS = [
  'applicantKind',
  'orgType',
  'name',
  'idNumber',
  'contactName',
  'phone',
  'email',
  'address',
  'postcode',
  'description',
  'purpose',
  'format',
  'channel',
] as const

export type ApplicationInputField = (typeof APPLICATION_INPUT_FIELDS)[number]
export type ApplicationInput = Partial<Record<ApplicationInputField, string>>

/** The honeypot: hidden from people by the form, filled in by bots. */
export const HONEYPOT_FIELD = 'homepage'

export const APPLICANT_KINDS = [
  { value: 'natural', label: { zh: '公民（自然人）', en: 'Natural person' } },
  { value: 'legal', label: { zh: '法人或者其他组织', en: 'Legal person or other organisation' } },
]

export const FORMATS = [
  { value: 'paper', label: { zh: '纸质', en: 'Paper' } },
  { value: 'electronic', label: { zh: '电子文档', en: 'Electronic' } },
]

export const CHANNELS = [
  { value: 'post', label: { zh: '邮寄', en: 'Post' } },
  { value: 'email', label: { zh: '电子邮件', en: 'Email' } },
  { value: 'pickup', label: { zh: '当面领取', en: 'Collect in person' } },
  { value: 'fax', label: { zh: '传真', en: 'Fax' } },
]

export const FIELD_LABELS: Record<ApplicationInputField, string> = {
  applicantKind: '申请人类型',
  orgType: '组织类型',
  name: '姓名 / 名称',
  idNumber: '身份证号码 / 统一社会信用代码',
  contactName: '联系人',
  phone: '联系电话',
  email: '电子邮箱',
  address: '通信地址',
  postcode: '邮政编码',
  description: '所需政府信息的描述',
  purpose: '用途',
  format: '获取信息的载体形式',
  channel: '获取信息的方式',
}
