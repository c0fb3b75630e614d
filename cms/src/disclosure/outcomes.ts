/**
 * 依申请公开: applicant types and outcomes exactly as the rows and columns of table 三 of the
 * national annual report format (国务院办公厅政府信息与政务公开办公室《中华人民共和国政府信息
 * 公开工作年度报告格式》, 2021).
 */
export const APPLICANT_COLUMNS = [
  { key: 'natural', label: '自然人' },
  { key: 'commercial', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'publicInterest', label: '社会公益组织' },
  { key: 'legalService', label: '法律服务机构' },
  { key: 'otherOrg', label: '其他' },
] as const

export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number]['key']
/** 法人或其他组织 types (the columns after 自然人). */
export const ORG_TYPES = APPLICANT_COLUMNS.filter((c) => c.key !== 'natural')

type Outcome = { value: string; group: string; label: string }

/** 三、本年度办理结果, rows (一)–(六) with their sub-rows. */
export const OUTCOMES: Outcome[] = [
  { value: 'granted', group: '（一）予以公开', label: '予以公开' },
  { value: 'partial', group: '（二）部分公开', label: '部分公开（区分处理的，只计这一情形，不计其他情形）' },
  { value: 'withheld-stateSecret', group: '（三）不予公开', label: '属于国家秘密' },
  { value: 'withheld-lawForbids', group: '（三）不予公开', label: '其他法律行政法规禁止公开' },
  { value: 'withheld-threeSecurity', group: '（三）不予公开', label: '危及“三安全一稳定”' },
  { value: 'withheld-thirdParty', group: '（三）不予公开', label: '保护第三方合法权益' },
  { value: 'withheld-internal', group: '（三）不予公开', label: '属于三类内部事务信息' },
  { value: 'withheld-process', group: '（三）不予公开', label: '属于四类过程性信息' },
  { value: 'withheld-enforcement', group: '（三）不予公开', label: '属于行政执法案卷' },
  { value: 'withheld-query', group: '（三）不予公开', label: '属于行政查询事项' },
  { value: 'unable-notHeld', group: '（四）无法提供', label: '本机关不掌握相关政府信息' },
  { value: 'unable-needsCreation', group: '（四）无法提供', label: '没有现成信息需要另行制作' },
  { value: 'unable-unclear', group: '（四）无法提供', label: '补正后申请内容仍不明确' },
  { value: 'notProcessed-petition', group: '（五）不予处理', label: '信访举报投诉类申请' },
  { value: 'notProcessed-repeated', group: '（五）不予处理', label: '重复申请' },
  { value: 'notProcessed-publication', group: '（五）不予处理', label: '要求提供公开出版物' },
  { value: 'notProcessed-excessive', group: '（五）不予处理', label: '无正当理由大量反复申请' },
  { value: 'notProcessed-confirm', group: '（五）不予处理', label: '要求行政机关确认或重新出具已获取信息' },
  {
    value: 'other-noCorrection',
    group: '（六）其他处理',
    label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  },
  {
    value: 'other-noFee',
    group: '（六）其他处理',
    label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  },
  { value: 'other-other', group: '（六）其他处理', label: '其他' },
]

/** Select options: “予以公开”, “部分公开”, “不予公开：属于国家秘密” … */
export const OUTCOME_OPTIONS = OUTCOMES.map((o) => {
  const group = o.group.replace(/^（.）/, '')
  return { value: o.value, label: o.value === 'granted' || o.value === 'partial' ? group : `${group}：${o.label}` }
})

export const outcomeLabel = (value: string | null | undefined) => OUTCOME_OPTIONS.find((o) => o.value === value)?.label
