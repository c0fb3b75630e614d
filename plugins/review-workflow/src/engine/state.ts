import type { PayloadRequest } from 'payload'

import type { SanitizedOptions } from '../options'
import { canEdit, findActiveRun, type Run } from './actions'

export type AllowedAction = 'submit' | 'approve' | 'reject' | 'return' | 'withdraw' | 'delegate' | 'emergency'

const same = (a: unknown, b: unknown) => String(a) === String(b)

/** What the signed-in user may do on the item now: the buttons the panel shows. */
export function allowedActions(
  options: SanitizedOptions,
  run: Run | null,
  user: { id: unknown; [k: string]: unknown },
  { mayEdit }: { mayEdit: boolean },
): AllowedAction[] {
  if (!run || run.status !== 'in_review') return mayEdit ? ['submit'] : []
  const actions: AllowedAction[] = []
  const index = run.currentStage ?? 0
  const stage = run.route[index]
  const isAuthor = same(run.author, user.id)
  const isSigner = stage.signers.some((s) => same(s.id, user.id))
  const isDelegate = run.delegations.some((d) => d.stage === index && same(d.to, user.id))
  const signedElsewhere = options.oneStagePerSigner && run.signatures.some((s) => s.stage !== index && same(s.signer, user.id))
  const pending = (run.pendingSigners ?? []).some((p) => same(p, user.id))
  if (!isAuthor && (isSigner || isDelegate) && pending && !signedElsewhere) actions.push('approve', 'reject', 'return')
  if (isSigner && !isAuthor) actions.push('delegate')
  if (isAuthor && run.signatures.length === 0) actions.push('withdraw')
  const roles = user[options.userRolesField]
  const emergencyAllowed = options.collections[run.docCollection]?.emergency !== false
  if (emergencyAllowed && !isAuthor && !run.emergency?.published && Array.isArray(roles) && roles.some((r) => options.emergencyRoles.includes(String(r)))) {
    actions.push('emergency')
  }
  return actions
}

export async function workflowState(req: PayloadRequest, options: SanitizedOptions, collection: string, id: string) {
  const active = await findActiveRun(req, options, collection, id)
  const history = await req.payload.find({
    collection: options.slugs.runs,
    where: { and: [{ docCollection: { equals: collection } }, { docId: { equals: id } }] },
    sort: '-createdAt',
    limit: 20,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return {
    run: active ?? (history.docs[0] as unknown as Run | undefined) ?? null,
    history: history.docs as unknown as Run[],
    allowedActions: req.user
      ? allowedActions(options, active, req.user as never, { mayEdit: !active && (await canEdit(req, collection, id)) })
      : [],
  }
}

/** 我的待办: runs waiting for the user's signature, oldest deadline first. */
export type PendingItem = Pick<Run, 'id' | 'title' | 'docCollection' | 'docId' | 'stageLabel' | 'stageDueAt' | 'submittedAt' | 'currentStage' | 'emergency'>

export async function myPending(req: PayloadRequest, options: SanitizedOptions, { limit = 50, page = 1 } = {}) {
  const result = await req.payload.find({
    collection: options.slugs.runs,
    where: { and: [{ status: { equals: 'in_review' } }, { pendingSigners: { contains: req.user!.id } }] },
    sort: 'stageDueAt',
    limit,
    page,
    depth: 0,
    overrideAccess: true,
    req,
    select: { title: true, docCollection: true, docId: true, stageLabel: true, stageDueAt: true, submittedAt: true, currentStage: true, emergency: true } as never,
  })
  return { ...result, docs: result.docs as unknown as PendingItem[] }
}
