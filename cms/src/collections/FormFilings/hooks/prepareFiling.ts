import type { CollectionBeforeValidateHook } from 'payload'


import { checkValues } from '../../../forms/checkFiling'
import { idOf, loadForm } from '../../../forms/loadForm'
import { assignAuthorUnit } from '../../Articles/hooks/assignAuthorUnit'
import { fieldError } from '../../../lib/userErrors'

/**
 * Before a filing is saved: it belongs to its author's unit; its form stays the one it was
 * started on; every value has the form's type (a draft may be incomplete — completeness and the
 * totals are checked when it is submitted). Refusals name the item in Chinese; nothing typed is
 * lost (the editor keeps the values).
 */
export const prepareFiling: CollectionBeforeValidateHook = async (args) => {
  const data = (await assignAuthorUnit(args)) as Record<string, unknown> | undefined
  const { req, originalDoc, operation } = args
  if (!data) return data
  const formRef = data.form ?? originalDoc?.form
  if (operation === 'update' && data.form !== undefined && originalDoc && String(idOf(data.form)) !== String(idOf(originalDoc.form))) {
    throw fieldError('form-filings', [{ path: 'form', message: '表单保存后不能更换。如填错了表单，请删除本草稿后重新填报。' }], req)
  }
  if (!formRef) throw fieldError('form-filings', [{ path: 'form', message: '请选择要填报的表单。' }], req)
  const form = await loadForm(req, formRef)
  if (operation === 'create' && !form.active) throw fieldError('form-filings', [{ path: 'form', message: `表单“${form.name}”已停用，不能新填报。` }], req)
  if (data.data !== undefined || operation === 'create') {
    const { data: cleaned, problems } = checkValues(form, data.data ?? {})
    if (problems.length) throw fieldError('form-filings', problems.map((p) => ({ path: 'data', message: p.message })), req)
    data.data = cleaned
  }
  return data
}
