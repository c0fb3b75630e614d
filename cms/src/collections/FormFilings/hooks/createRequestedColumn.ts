/**
 * 专栏设置申请表 approved: the column (or sub-site home column) is created for the applying
 * unit — the filing's unit, never the approver's — and only at final approval.
 */
import type { Field, PayloadRequest, SelectField } from 'payload'

import { Columns } from '../../Columns'
import type { FilingForAction } from '../../../forms/approvalActions'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const kindField = Columns.fields.find((f: Field) => 'name' in f && f.name === 'kind') as SelectField

/** The column kind for the label the applicant chose (新闻动态 → news); other: general. */
export function columnKindOf(label: unknown): string {
  for (const option of kindField.options) {
    if (typeof option === 'string') continue
    const zh = typeof option.label === 'object' ? (option.label as Record<string, string>).zh : option.label
    if (zh === label || option.value === label) return option.value
  }
  return 'general'
}

const slugOf = (filing: FilingForAction) => String(filing.data.columnSlug ?? '').trim()

export async function requestedColumnRefusal(req: PayloadRequest, filing: FilingForAction): Promise<string | null> {
  const slug = slugOf(filing)
  if (!SLUG_PATTERN.test(slug)) return `申请的栏目英文标识“${slug}”不合规：只能包含小写字母、数字和连字符。请退回申请单位修改。`
  const taken = await req.payload.count({ collection: 'columns', where: { slug: { equals: slug } }, overrideAccess: true, req })
  return taken.totalDocs > 0 ? `栏目英文标识“${slug}”已被其他栏目使用，不能据此新建栏目。请退回申请单位修改。` : null
}

export async function createRequestedColumn(req: PayloadRequest, filing: FilingForAction): Promise<void> {
  const { data } = filing
  const purpose = [data.content, data.reason].filter((t) => typeof t === 'string' && t.trim()).join('\n')
  // The system creates it (in the approving transaction), not the signer: the column's unit
  // choices, narrowed to the signed-in user's own unit, do not apply.
  const system = { ...req, user: null } as PayloadRequest
  await req.payload.create({
    collection: 'columns',
    overrideAccess: true,
    req: system,
    data: {
      name: String(data.columnName).trim(),
      slug: slugOf(filing),
      kind: columnKindOf(data.columnKind) as never,
      unit: Number(filing.unit),
      description: purpose || undefined,
      order: 100,
    },
  })
}
