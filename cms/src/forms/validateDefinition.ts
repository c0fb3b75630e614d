import type { CollectionBeforeValidateHook } from 'payload'


import { APPROVAL_ACTIONS, APPROVAL_ACTION_LABELS } from './approvalActions'
import { optionsOf } from './checkFiling'
import type { FieldSpec, FormDefinition, RuleSpec } from './types'
import { fieldError } from '../lib/userErrors'

const KEY = /^[a-zA-Z][a-zA-Z0-9]*$/
const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Problems of a form definition: item keys, choices, table columns and every key a rule, deadline or action names. */
export function definitionProblems(form: Partial<FormDefinition>): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = []
  const fields = (form.fields ?? []) as FieldSpec[]
  if (form.code !== undefined && !CODE.test(String(form.code ?? ''))) problems.push({ path: 'code', message: '表单代码只能包含小写字母、数字和连字符，例如 reception-report。' })
  const checkItems = (items: FieldSpec[], path: string, where: string) => {
    const seen = new Set<string>()
    items.forEach((item, i) => {
      const name = `${where}第 ${i + 1} 项“${item.label ?? ''}”`
      if (!KEY.test(String(item.key ?? ''))) problems.push({ path: `${path}.${i}.key`, message: `${name}：代码须以英文字母开头，只含字母和数字。` })
      else if (seen.has(item.key)) problems.push({ path: `${path}.${i}.key`, message: `${name}：代码“${item.key}”重复。` })
      seen.add(item.key)
      if (item.type === 'select' && optionsOf(item).length === 0) problems.push({ path: `${path}.${i}.options`, message: `${name}：单选项目至少要有一个选项。` })
      if (item.type === 'table' && !(item.columns?.length)) problems.push({ path: `${path}.${i}.columns`, message: `${name}：明细表至少要有一列。` })
      if (item.optionalWhenField && !items.some((o) => o.key === item.optionalWhenField) && !fields.some((o) => o.key === item.optionalWhenField)) {
        problems.push({ path: `${path}.${i}.optionalWhenField`, message: `${name}：可不填条件中的项目“${item.optionalWhenField}”不存在。` })
      }
      if (item.type === 'table') checkItems(item.columns ?? [], `${path}.${i}.columns`, `${name}的明细表`)
    })
  }
  checkItems(fields, 'fields', '')
  const byKey = new Map(fields.map((f) => [f.key, f]))
  const has = (ref: string, types?: string[]) => {
    const [key, column] = ref.split('.')
    const field = byKey.get(key)
    const target = column ? (field?.type === 'table' ? field.columns?.find((c) => c.key === column) : undefined) : field
    return Boolean(target) && (!types || types.includes(target!.type))
  }
  const numeric = ['number', 'integer', 'money']
  ;((form.rules ?? []) as RuleSpec[]).forEach((rule, i) => {
    const where = `第 ${i + 1} 条校验规则`
    if (!has(rule.target, numeric)) problems.push({ path: `rules.${i}.target`, message: `${where}：“${rule.target}”不是本表的数字项目。` })
    const parts = String(rule.items ?? '').includes('.') ? [rule.items] : String(rule.items ?? '').split('+').map((k) => k.trim())
    for (const part of parts) if (!has(part, numeric)) problems.push({ path: `rules.${i}.items`, message: `${where}：“${part}”不是本表的数字项目（明细表的列写作 表代码.列代码）。` })
  })
  if (form.deadlineType === 'workingDaysAfter') {
    if (!form.deadlineField || !has(form.deadlineField, ['date', 'datetime'])) problems.push({ path: 'deadlineField', message: '起算日期项目应为本表的日期项目。' })
    if (!form.deadlineDays) problems.push({ path: 'deadlineDays', message: '请填写工作日数。' })
  }
  if (form.deadlineType === 'yearlyDate') {
    if (!form.dueMonth || !form.dueDay) problems.push({ path: 'dueMonth', message: '请填写每年截止的月和日。' })
    if (form.period !== 'year') problems.push({ path: 'period', message: '每年固定日期前报送的表单，汇总周期应为“按年”。' })
  }
  if (form.period && form.period !== 'none' && (!form.periodField || !has(form.periodField, ['date', 'datetime', 'integer']))) {
    problems.push({ path: 'periodField', message: '按月或按年汇总的表单，请指定确定周期的日期项目或年度（整数）项目。' })
  }
  if (form.rollupTable && !has(form.rollupTable, ['table'])) problems.push({ path: 'rollupTable', message: `“${form.rollupTable}”不是本表的明细表项目。` })
  if (form.titleField && !has(form.titleField)) problems.push({ path: 'titleField', message: `标题项目“${form.titleField}”不存在。` })
  const action = form.onApproval && form.onApproval !== 'none' ? APPROVAL_ACTIONS[form.onApproval] : null
  if (action) {
    for (const need of action.needs) {
      if (!has(need.key, [need.type])) {
        problems.push({ path: 'onApproval', message: `“${APPROVAL_ACTION_LABELS[form.onApproval!].zh}”需要本表有项目“${need.key}”（类型：${need.type}）。` })
      }
    }
  }
  return problems
}

export const validateFormDefinition: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data) return data
  const problems = definitionProblems({ ...originalDoc, ...data } as Partial<FormDefinition>)
  if (problems.length) throw fieldError('form-definitions', problems, req)
  return data
}
