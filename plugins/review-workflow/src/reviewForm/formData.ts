/**
 * 上网信息发布审核表: the data of the printable review form of one item, taken from the
 * item's latest review run (whatever its status).
 */
import type { CollectionSlug, PayloadRequest } from 'payload'

import { userError } from '../errors'
import type { Run } from '../engine/actions'
import type { RouteStage } from '../engine/resolveRoute'
import { RUN_STATUS_LABELS } from '../collections/WorkflowRuns'
import type { SanitizedOptions } from '../options'
import { idOf } from './format'

type Id = number | string

/** The 发布形式 boxes of the form. */
export const PUBLISH_FORMS = ['网站公开', '依申请提供', '其他'] as const
export type PublishForm = (typeof PUBLISH_FORMS)[number]

export const DECISION_LABELS = { approve: '同意', reject: '不同意', return: '退回修改' } as const
/** Shown for a stage nobody has signed. */
export const PENDING_DECISION = '待签'

export type ChecklistAnswer = { item: string; answer: '✓' | '✗' }

export type ReviewFormSignature = {
  /** 同意 / 不同意 / 退回修改 */
  decision: string
  /** The opinion, then the content-check note (warnings gone past and the reason), if any. */
  opinion: string
  /** The signer's name, with （代 X） when signing for a delegating signer. */
  signer: string
  /** ISO time of the signature. */
  signedAt: string
  checklist: ChecklistAnswer[]
}

export type ReviewFormStage = {
  index: number
  label: string
  /** Decision of the stage's latest signature, or 待签. */
  decision: string
  /** Opinions of the stage's signatures, joined (several for 会签). */
  opinion: string
  /** Who signed, joined; '' while 待签. */
  signer: string
  /** ISO time of the latest signature; '' while 待签. */
  signedAt: string
  checklist: ChecklistAnswer[]
  /** Every signature of the stage, oldest first. */
  signatures: ReviewFormSignature[]
}

export type ReviewFormData = {
  /** 单位名称: the unit the run was submitted for. */
  unitName: string
  /** 填表日期: ISO time of submission. */
  filledAt: string
  /** 序号: the run id. */
  serial: string
  /** 部门 */
  department: string
  /** 信息名称 */
  title: string
  /** 发布形式 */
  publishForm: PublishForm
  publishForms: readonly PublishForm[]
  /** 提交人 */
  authorName: string
  /** 审核状态 (审核中, 已终审 …) */
  statusLabel: string
  /** Published before review was complete. */
  emergency: boolean
  collection: string
  docId: string
  stages: ReviewFormStage[]
}

const refuse = (status: number, message: string) => userError(message, status)

const nameOfUser = (u: { id?: Id; name?: string | null; email?: string | null } | null | undefined) =>
  u ? u.name || u.email || String(u.id ?? '') : ''

function checklistAnswers(items: string[], given: unknown): ChecklistAnswer[] {
  const answers = given && typeof given === 'object' && !Array.isArray(given) ? (given as Record<string, unknown>) : {}
  const all = [...items, ...Object.keys(answers).filter((k) => !items.includes(k))]
  return all.map((item) => ({ item, answer: answers[item] === true ? '✓' : '✗' }))
}

/** One row per stage of the frozen route, with the signatures given on it. */
export function stageRows(run: Pick<Run, 'route' | 'signatures'>): ReviewFormStage[] {
  const route: RouteStage[] = Array.isArray(run.route) ? run.route : []
  return route.map((stage, index) => {
    const signatures: ReviewFormSignature[] = (run.signatures ?? [])
      .filter((s) => s.stage === index)
      .map((s) => {
        const signerName =
          s.signerName || stage.signers.find((x) => String(x.id) === String(idOf(s.signer)))?.name || String(idOf(s.signer) ?? '')
        return {
          decision: DECISION_LABELS[s.decision] ?? String(s.decision),
          // The warnings the signer went past and why are part of what they signed.
          opinion: [s.opinion, s.checkNote].filter(Boolean).join('\n'),
          signer: s.actingForName ? `${signerName}（代 ${s.actingForName}）` : signerName,
          signedAt: s.signedAt ?? '',
          checklist: checklistAnswers(stage.checklist ?? [], s.checklist),
        }
      })
    const last = signatures[signatures.length - 1]
    return {
      index,
      label: stage.label,
      decision: last?.decision ?? PENDING_DECISION,
      opinion: signatures.map((s) => s.opinion).filter(Boolean).join('\n'),
      signer: signatures.map((s) => s.signer).join('、'),
      signedAt: last?.signedAt ?? '',
      checklist: last?.checklist ?? [],
      signatures,
    }
  })
}

/** The latest run of an item, any status, or null. */
export async function latestRun(req: PayloadRequest, options: SanitizedOptions, collection: string, id: Id): Promise<Run | null> {
  const found = await req.payload.find({
    collection: options.slugs.runs,
    where: { and: [{ docCollection: { equals: collection } }, { docId: { equals: String(id) } }] },
    sort: ['-createdAt', '-id'],
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as unknown as Run | undefined) ?? null
}

/** Refuses (403) unless the signed-in user may read the item by the host collection's own rules. */
export async function assertMayReadItem(req: PayloadRequest, options: SanitizedOptions, collection: string, id: Id) {
  if (!req.user) throw refuse(401, '请先登录。')
  if (!options.collections[collection]) throw refuse(400, `“${collection}”不走审核流程。`)
  try {
    await req.payload.findByID({
      collection: collection as CollectionSlug,
      id,
      draft: true,
      depth: 0,
      req,
      overrideAccess: false,
      user: req.user,
    })
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) throw refuse(403, '您无权查看该稿件的审核表。')
    throw error
  }
}

async function nameById(req: PayloadRequest, collection: string, id: Id | null): Promise<string> {
  if (id === null || id === undefined || id === '') return ''
  const doc = (await req.payload
    .findByID({ collection: collection as CollectionSlug, id, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)) as { id?: Id; name?: string | null; email?: string | null } | null
  return nameOfUser(doc)
}

/** The review form of the item's latest run; 403 if the user may not read the item, 404 if it was never submitted. */
export async function loadReviewForm(
  req: PayloadRequest,
  options: SanitizedOptions,
  { collection, id }: { collection: string; id: Id },
): Promise<ReviewFormData> {
  await assertMayReadItem(req, options, collection, id)
  const run = await latestRun(req, options, collection, id)
  if (!run) throw refuse(404, '该稿件尚未提交审核。')
  const unitName = await nameById(req, options.unitsCollection, idOf(run.authorUnit))
  const authorName = await nameById(req, options.usersCollection, idOf(run.author))
  return {
    unitName,
    filledAt: run.submittedAt ?? '',
    serial: String(run.id),
    department: unitName,
    title: run.title ?? '',
    publishForm: '网站公开',
    publishForms: PUBLISH_FORMS,
    authorName,
    statusLabel: RUN_STATUS_LABELS[run.status] ?? String(run.status),
    emergency: Boolean(run.emergency?.published),
    collection,
    docId: String(id),
    stages: stageRows(run),
  }
}
