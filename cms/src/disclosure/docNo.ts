/**
 * 发文字号 per GB/T 9704-2012《党政机关公文格式》7.2.4: 发文机关代字 + 年份 + 发文顺序号.
 * 年份、发文顺序号用阿拉伯数字；年份标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，
 * 不编虚位（1 不编为 01），在阿拉伯数字后加“号”字。例：榕政办〔2018〕26号。
 */
const EXAMPLE = '正确示例：榕政办〔2018〕26号'
const WRONG_BRACKETS = /[[\]【】()（）［］{}｛｝〖〗]/

/** The problems of a 发文字号, in Chinese; empty when it is well-formed. */
export function docNoProblems(raw: string): string[] {
  const value = raw.trim()
  const problems: string[] = []
  if (/\s/.test(value)) problems.push('不能含有空格')
  if (/[０-９]/.test(value)) problems.push('年份和顺序号须用半角阿拉伯数字')
  if (WRONG_BRACKETS.test(value)) {
    const used = [...new Set(value.match(new RegExp(WRONG_BRACKETS.source, 'g')) ?? [])].join('')
    problems.push(`年份须用六角括号“〔〕”括入，不能用“${used}”`)
  }
  const match = value.replace(/\s/g, '').match(/^(.*?)[〔[【(（［{｛〖](.*?)[〕\]】)）］}｝〗](.*)$/)
  if (!match) {
    if (!WRONG_BRACKETS.test(value)) problems.push('缺少用六角括号“〔〕”括入的年份')
    return problems
  }
  const [, agency, year, rest] = match
  if (!agency) problems.push('缺少发文机关代字（如“榕政办”）')
  else if (/\d/.test(agency)) problems.push('发文机关代字中不应含有数字')
  const yearDigits = year.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
  if (!/^\d{4}$/.test(yearDigits)) problems.push(`年份须标全称（四位数字，如〔2018〕），“${year}”不符合`)
  if (rest.startsWith('第')) problems.push('发文顺序号前不加“第”字')
  const serialPart = rest.replace(/^第/, '')
  if (!serialPart.endsWith('号')) problems.push('发文顺序号后须加“号”字')
  const serial = serialPart.replace(/号$/, '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
  if (!serial) problems.push('缺少发文顺序号')
  else if (!/^\d+$/.test(serial)) problems.push(`发文顺序号须为阿拉伯数字，“${serial}”不符合`)
  else if (/^0/.test(serial)) problems.push(`发文顺序号不编虚位（1 不编为 01），“${serial}”应写作“${String(Number(serial))}”`)
  return problems
}

/** Payload `validate` for the 发文字号 field (empty allowed: not every document has one). */
export function validateDocNo(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  const problems = docNoProblems(String(value))
  return problems.length === 0 ? true : `发文字号格式不符合 GB/T 9704-2012：${problems.join('；')}。${EXAMPLE}。`
}
