/**
 * What a form's final approval does besides keeping the filing: named actions (code), chosen
 * per form (data). A form definition naming one must have the items the action reads; the
 * action may refuse final approval beforehand (e.g. a column address already taken) so that
 * nothing is half done.
 */
import type { PayloadRequest } from 'payload'

import { createRequestedColumn, requestedColumnRefusal } from '../collections/FormFilings/hooks/createRequestedColumn'
import { registerApprovedLinks } from '../collections/FormFilings/hooks/registerApprovedLinks'
import type { ApprovalAction, FieldType, FormData, FormDefinition } from './types'

export type FilingForAction = { id: number | string; unit: number | string; data: FormData; title?: string | null }

type Action = {
  /** Items (or table.column) the form must have, with their type. */
  needs: { key: string; type: FieldType }[]
  refusal?: (req: PayloadRequest, filing: FilingForAction, form: FormDefinition) => Promise<string | null>
  run: (req: PayloadRequest, filing: FilingForAction, form: FormDefinition) => Promise<void>
}

export const APPROVAL_ACTION_LABELS: Record<ApprovalAction, { zh: string; en: string }> = {
  none: { zh: '无', en: 'Nothing' },
  createColumn: { zh: '新建栏目（专栏设置申请）', en: 'Create the column (column request)' },
  registerLinks: { zh: '登记外部链接（网站链接备案）', en: 'Register the links (link registration)' },
}

export const APPROVAL_ACTIONS: Record<Exclude<ApprovalAction, 'none'>, Action> = {
  createColumn: {
    needs: [
      { key: 'columnName', type: 'text' },
      { key: 'columnSlug', type: 'text' },
      { key: 'columnKind', type: 'select' },
    ],
    refusal: requestedColumnRefusal,
    run: createRequestedColumn,
  },
  registerLinks: {
    needs: [
      { key: 'links', type: 'table' },
      { key: 'links.siteName', type: 'text' },
      { key: 'links.url', type: 'url' },
    ],
    run: registerApprovedLinks,
  },
}

export const actionOf = (form: Pick<FormDefinition, 'onApproval'>): Action | null =>
  form.onApproval && form.onApproval !== 'none' ? (APPROVAL_ACTIONS[form.onApproval] ?? null) : null
