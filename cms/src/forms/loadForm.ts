import type { PayloadRequest } from 'payload'


import type { FormDefinition } from './types'
import { userError } from '../lib/userErrors'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string | undefined))

/** A form definition by id (or populated relation), inside `req`'s transaction. */
export async function loadForm(req: PayloadRequest, form: unknown): Promise<FormDefinition> {
  const id = idOf(form)
  const doc = id === undefined || id === null ? null : await req.payload.findByID({ collection: 'form-definitions', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!doc) throw userError('所选表单不存在，请重新选择。', 400)
  return doc as unknown as FormDefinition
}

export { idOf }
