/**
 * The review engine: every action is checked here, on the server, in one transaction that
 * holds a lock on the run, so two reviewers acting at once produce exactly one transition.
 */
import type { CollectionSlug, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { RunStatus } from '../collections/WorkflowRuns'
import { RUN_STATUS_LABELS } from '../collections/WorkflowRuns'
import { userError } from '../errors'
import type { SanitizedOptions } from '../options'
import { formatDateTime } from '../reviewForm/format'
import { appendAudit } from './audit'
import { type ContentCheck, checkRevision, refuseBlocked, summariseFindings, warningNote, warningsOf } from './contentCheck'
import { notify } from './notify'
import { loadDefinition } from './definitions'
import { resolveRoute, routeLabels, type RouteStage } from './resolveRoute'
import { revisionHash } from './revisionHash'
import { executeSql, sql } from './sql'
import { addWorkingDays } from './workingDays'

type Id = number | string
type Signature = {
  id?: string
  stage: number
  signer: Id
  signerName?: string
  actingFor?: Id | null
  actingForName?: string | null
  decision: 'approve' | 'reject' | 'return'
  opinion?: string | null
  checklist?: unknown
  /** The content-check warnings the signer went past, and why. */
  checkNote?: string | null
  revisionHash: string
  signedAt: string
}
type Delegation = { id?: string; stage: number; from: Id; to: Id; reason?: string | null; at?: string }

export type Run = {
  id: Id
  title?: string
  docCollection: string
  docId: string
  definitionCode?: string
  status: RunStatus
  currentStage: number | null
  stageLabel?: string | null
  stageDueAt?: string | null
  stageDueNote?: string | null
  pendingSigners?: Id[]
  revisionHash: string
  author: Id
  authorUnit?: Id | null
  submittedAt: string
  finishedAt?: string | null
  route: RouteStage[]
  contentCheck?: ContentCheck | null
  signatures: Signature[]
  delegations: Delegation[]
  emergency?: { published?: boolean; reason?: string | null; by?: Id | null; at?: string | null; reviewDueAt?: string | null }
  lockVersion: number
}

const refuse = (status: number, message: string) => userError(message, status)

const idOf = (v: unknown): Id | null =>
  v && typeof v === 'object' && 'id' in (v as object) ? (v as { id: Id }).id : ((v as Id | null | undefined) ?? null)
const same = (a: unknown, b: unknown) => a !== null && a !== undefined && String(idOf(a)) === String(idOf(b))

function currentUser(req: PayloadRequest) {
  const user = req.user as ({ id: Id; name?: string; email?: string } & Record<string, unknown>) | null
  if (!user) throw refuse(401, '请先登录。')
  return user
}
const nameOf = (u: { id: Id; name?: string; email?: string }) => u.name || u.email || String(u.id)

export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const owns = await initTransaction(req)
  try {
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

function normaliseRun(doc: Record<string, unknown>): Run {
  const run = doc as unknown as Run
  return {
    ...run,
    author: idOf(run.author)!,
    authorUnit: idOf(run.authorUnit),
    pendingSigners: (run.pendingSigners ?? []).map((p) => idOf(p)!),
    signatures: (run.signatures ?? []).map((s) => ({ ...s, signer: idOf(s.signer)!, actingFor: idOf(s.actingFor) })),
    delegations: (run.delegations ?? []).map((d) => ({ ...d, from: idOf(d.from)!, to: idOf(d.to)! })),
    lockVersion: Number(run.lockVersion ?? 0),
  }
}

/** Locks the run row for this transaction and reads it. */
export async function lockRun(req: PayloadRequest, options: SanitizedOptions, runId: Id): Promise<Run> {
  const rows = await executeSql(req, sql`select id from workflow_runs where id = ${Number(runId)} for update`)
  if (rows.length === 0) throw refuse(404, '审核记录不存在。')
  const doc = await req.payload.findByID({ collection: options.slugs.runs, id: runId, depth: 0, overrideAccess: true, req })
  return normaliseRun(doc as unknown as Record<string, unknown>)
}

async function saveRun(req: PayloadRequest, options: SanitizedOptions, run: Run, changes: Partial<Run>): Promise<Run> {
  const doc = await req.payload.update({
    collection: options.slugs.runs,
    id: run.id,
    data: { ...changes, lockVersion: run.lockVersion + 1 } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return normaliseRun(doc as unknown as Record<string, unknown>)
}

export async function latestDraft(req: PayloadRequest, collection: string, id: Id) {
  return (await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Record<string, unknown>
}

/** Refuses final approval when the host says the item may not be finally approved yet. */
async function checkFinalApproval(req: PayloadRequest, options: SanitizedOptions, collection: string, docId: Id, doc: Record<string, unknown>) {
  if (!options.canFinallyApprove) return
  const refusal = await options.canFinallyApprove({ req, collection, docId: String(docId), doc })
  if (refusal) throw refuse(409, refusal)
}

/**
 * Whether the item's current revision has final approval: a run approved (or emergency-published
 * and still in review) for exactly the latest draft's revision hash.
 */
export async function hasFinalApproval(req: PayloadRequest, options: SanitizedOptions, collection: string, id: Id): Promise<boolean> {
  const config = collectionOptions(options, collection)
  const hash = revisionHash(await latestDraft(req, collection, id), config.reviewedFields)
  const approved = await req.payload.count({
    collection: options.slugs.runs,
    overrideAccess: true,
    req,
    where: {
      and: [
        { docCollection: { equals: collection } },
        { docId: { equals: String(id) } },
        { revisionHash: { equals: hash } },
        { status: { equals: 'approved' } },
      ],
    },
  })
  return approved.totalDocs > 0
}

function collectionOptions(options: SanitizedOptions, collection: string) {
  const config = options.collections[collection]
  if (!config) throw refuse(400, `“${collection}”不走审核流程。`)
  return config
}

/** Whether the user may edit the item, by the host collection's own update rule. */
export async function canEdit(req: PayloadRequest, collection: string, id: Id): Promise<boolean> {
  const access = req.payload.collections[collection as CollectionSlug].config.access.update
  const result = access ? await access({ req, id } as never) : Boolean(req.user)
  if (typeof result === 'boolean') return result
  const count = await req.payload.count({
    collection: collection as CollectionSlug,
    where: { and: [result, { id: { equals: id } }] },
    overrideAccess: true,
    req,
  })
  return count.totalDocs > 0
}

/** Signers still owed on a stage, plus those who may sign for them by delegation. */
function pendingFor(run: Pick<Run, 'route' | 'signatures' | 'delegations'>, stageIndex: number): Id[] {
  const stage = run.route[stageIndex]
  const signedFor = new Set(
    run.signatures.filter((s) => s.stage === stageIndex).map((s) => String(s.actingFor ?? s.signer)),
  )
  const owed = stage.signers.filter((s) => !signedFor.has(String(s.id))).map((s) => s.id)
  const delegates = run.delegations.filter((d) => d.stage === stageIndex && owed.some((o) => same(o, d.from))).map((d) => d.to)
  return [...new Set([...owed, ...delegates].map(String))].map((v) => (/^\d+$/.test(v) ? Number(v) : v))
}

function stageEntry(options: SanitizedOptions, run: Pick<Run, 'route' | 'signatures' | 'delegations'>, index: number, now: Date) {
  const stage = run.route[index]
  const due = stage.deadlineDays ? addWorkingDays(now, stage.deadlineDays, options.isWorkingDay) : null
  return {
    currentStage: index,
    stageLabel: stage.label,
    stageDueAt: due ? due.toISOString() : null,
    stageDueNote: (due && options.deadlineNote?.(now, due)) || null,
    pendingSigners: pendingFor(run, index),
  }
}

async function publishDocument(req: PayloadRequest, options: SanitizedOptions, run: Run, emergency: boolean) {
  await req.payload.update({
    collection: run.docCollection as CollectionSlug,
    id: run.docId,
    data: { _status: 'published' } as never,
    overrideAccess: true,
    req,
    context: { reviewWorkflow: { publishing: run.id } },
  })
  await options.onFinalApproval?.({
    payload: req.payload,
    req,
    collection: run.docCollection,
    docId: run.docId,
    runId: run.id,
    emergency,
  })
}

async function unpublishDocument(req: PayloadRequest, run: Run) {
  await req.payload.update({
    collection: run.docCollection as CollectionSlug,
    id: run.docId,
    data: { _status: 'draft' } as never,
    overrideAccess: true,
    req,
    context: { reviewWorkflow: { unpublishing: run.id } },
  })
}

async function notifyAssigned(req: PayloadRequest, options: SanitizedOptions, run: Run) {
  const stage = run.route[run.currentStage ?? 0]
  await notify(req, options, {
    recipients: run.pendingSigners ?? [],
    kind: 'assigned',
    title: `待您审核：《${run.title ?? ''}》`,
    message: `环节：${stage.label}${run.stageDueAt ? `；时限：${formatDateTime(run.stageDueAt)}` : ''}`,
    collection: run.docCollection,
    docId: run.docId,
    runId: run.id,
  })
}

export async function findActiveRun(req: PayloadRequest, options: SanitizedOptions, collection: string, id: Id): Promise<Run | null> {
  const found = await req.payload.find({
    collection: options.slugs.runs,
    where: { and: [{ docCollection: { equals: collection } }, { docId: { equals: String(id) } }, { status: { equals: 'in_review' } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return found.docs[0] ? normaliseRun(found.docs[0] as unknown as Record<string, unknown>) : null
}

/** 提交: resolves and freezes the route for the item's current revision. */
export async function submit(req: PayloadRequest, options: SanitizedOptions, args: { collection: string; id: Id }): Promise<Run> {
  const user = currentUser(req)
  const config = collectionOptions(options, args.collection)
  return inTransaction(req, async () => {
    await executeSql(req, sql`select pg_advisory_xact_lock(hashtext(${`review-workflow:${args.collection}:${args.id}`}))`)
    if (!(await canEdit(req, args.collection, args.id))) throw refuse(403, '您无权提交该稿件：只能提交本单位的稿件。')
    if (await findActiveRun(req, options, args.collection, args.id)) throw refuse(409, '该稿件已在审核中，不能重复提交。')
    const doc = await latestDraft(req, args.collection, args.id)
    if (config.classifiedField && doc[config.classifiedField]) {
      throw refuse(400, '涉密信息不得上网发布，不能提交发布审核。')
    }
    const refusal = await options.canSubmit?.({ req, collection: args.collection, docId: String(args.id), doc })
    if (refusal) throw refuse(409, refusal)
    const contentCheck = await checkRevision(req, options, args.collection, doc)
    refuseBlocked(contentCheck, '提交')
    const code = await config.definitionCode?.({ req, collection: args.collection, docId: String(args.id), doc })
    const definition = await loadDefinition(req, options, args.collection, code)
    const unitField = config.unitField ?? 'unit'
    const route = await resolveRoute(req, options, definition, doc, {
      authorId: user.id,
      writerId: writerOf(options, args.collection, doc),
      unitField,
      ...routeLabels(req, options, args.collection),
    })
    const hash = revisionHash(doc, config.reviewedFields)
    const now = new Date()
    const base = { route, signatures: [], delegations: [] }
    const filingOnly = route.length === 0
    if (filingOnly) await checkFinalApproval(req, options, args.collection, args.id, doc)
    const created = await req.payload.create({
      collection: options.slugs.runs,
      overrideAccess: true,
      req,
      depth: 0,
      data: {
        title: String(doc[titleFieldOf(req, args.collection)] ?? doc.title ?? doc.name ?? `${args.collection} ${args.id}`),
        docCollection: args.collection,
        docId: String(args.id),
        definitionCode: definition.code,
        status: filingOnly ? 'approved' : 'in_review',
        revisionHash: hash,
        author: user.id,
        authorUnit: idOf(doc[unitField]),
        submittedAt: now.toISOString(),
        finishedAt: filingOnly ? now.toISOString() : null,
        route,
        contentCheck,
        signatures: [],
        delegations: [],
        lockVersion: 0,
        ...(filingOnly ? { currentStage: null, stageLabel: null, pendingSigners: [] } : stageEntry(options, base, 0, now)),
      } as never,
    })
    const run = normaliseRun(created as unknown as Record<string, unknown>)
    const warnings = warningsOf(contentCheck)
    await appendAudit(req, options, {
      action: 'submit',
      docCollection: args.collection,
      docId: args.id,
      runId: run.id,
      revisionHash: hash,
      detail: warnings.length > 0 ? `内容检测提示：${summariseFindings(warnings)}` : null,
    })
    if (!filingOnly) await notifyAssigned(req, options, run)
    if (filingOnly) {
      // No stage applies (e.g. an IT project under the approval threshold): filed, not reviewed.
      await appendAudit(req, options, { action: 'file', docCollection: args.collection, docId: args.id, runId: run.id, revisionHash: hash })
      await publishDocument(req, options, run, false)
    }
    await releaseEditLock(req, args.collection, args.id)
    return run
  })
}

export type SignArgs = {
  runId: Id
  decision: 'approve' | 'reject' | 'return'
  opinion?: string
  checklist?: Record<string, boolean>
  /** Why the signer approves past the content checks' warnings (required when there are any). */
  checkReason?: string
  /** The stage the reviewer saw; a different current stage means someone else acted first. */
  expectedStage?: number
}

/** 同意 / 不同意 / 退回修改 on the current stage. */
export async function sign(req: PayloadRequest, options: SanitizedOptions, args: SignArgs): Promise<Run> {
  const user = currentUser(req)
  const opinion = args.opinion?.trim() || null
  if (args.decision === 'reject' && !opinion) throw refuse(400, '选择“不同意”时必须填写意见。')
  if (args.decision === 'return' && !opinion) throw refuse(400, '退回修改时必须填写退回理由。')
  return inTransaction(req, async () => {
    const run = await lockRun(req, options, args.runId)
    if (run.status !== 'in_review') {
      throw refuse(409, `该稿件的审核已结束（${RUN_STATUS_LABELS[run.status]}），无需再签发。`)
    }
    const index = run.currentStage ?? 0
    if (args.expectedStage !== undefined && args.expectedStage !== index) {
      throw refuse(409, '该环节已由他人处理，请刷新页面查看最新状态。')
    }
    const stage = run.route[index]
    if (same(run.author, user.id)) throw refuse(403, '作者不能审核自己的稿件。')
    const isSigner = stage.signers.some((s) => same(s.id, user.id))
    const delegation = run.delegations.find((d) => d.stage === index && same(d.to, user.id))
    if (!isSigner && !delegation) throw refuse(403, `您不是当前环节“${stage.label}”的签发人。`)
    if (isNonSigning(options, user)) throw refuse(403, '系统管理员、安全管理员和审计管理员不参与内容审核。')
    const principal = isSigner ? user.id : delegation!.from
    if (run.signatures.some((s) => s.stage === index && same(s.actingFor ?? s.signer, principal))) {
      throw refuse(409, '本环节您已签发，请勿重复操作。')
    }
    if (options.oneStagePerSigner && run.signatures.some((s) => s.stage !== index && same(s.signer, user.id))) {
      throw refuse(403, '同一人在一个审核流程中只能签发一个环节，请委托他人签发本环节。')
    }
    const config = collectionOptions(options, run.docCollection)
    const current = await latestDraft(req, run.docCollection, run.docId)
    const hash = revisionHash(current, config.reviewedFields)
    if (hash !== run.revisionHash) throw refuse(409, '稿件在送审后已被修改，本次审核已作废，请作者重新提交。')
    if (!isSigner && same(user.id, writerOf(options, run.docCollection, current))) {
      throw refuse(403, '录入人不能审核自己录入的稿件，不能代为签发。')
    }
    // The lists and the links may have changed since submission: every approval checks again.
    let contentCheck: ContentCheck | null = null
    let checkNote: string | null = null
    if (args.decision === 'approve') {
      contentCheck = await checkRevision(req, options, run.docCollection, current)
      refuseBlocked(contentCheck, '签发')
      checkNote = warningNote(contentCheck, args.checkReason)
    }

    const actingFor = isSigner ? null : stage.signers.find((s) => same(s.id, delegation!.from)) ?? { id: delegation!.from, name: String(delegation!.from) }
    const now = new Date()
    const signature: Signature = {
      stage: index,
      signer: user.id,
      signerName: nameOf(user),
      actingFor: actingFor?.id ?? null,
      actingForName: actingFor?.name ?? null,
      decision: args.decision,
      opinion,
      checklist: args.checklist ?? null,
      checkNote,
      revisionHash: hash,
      signedAt: now.toISOString(),
    }
    const signatures = [...run.signatures, signature]
    let changes: Partial<Run> = contentCheck ? { signatures, contentCheck } : { signatures }
    let final = false
    if (args.decision === 'approve') {
      const stageDone = stage.mode !== 'all' || pendingFor({ ...run, signatures }, index).length === 0
      if (!stageDone) changes.pendingSigners = pendingFor({ ...run, signatures }, index)
      else if (index + 1 < run.route.length) changes = { ...changes, ...stageEntry(options, { ...run, signatures }, index + 1, now) }
      else {
        await checkFinalApproval(req, options, run.docCollection, run.docId, current)
        final = true
        changes = { ...changes, status: 'approved', finishedAt: now.toISOString(), pendingSigners: [], stageDueAt: null, stageDueNote: null, stageLabel: '已终审' }
      }
    } else {
      changes = {
        ...changes,
        status: args.decision === 'reject' ? 'rejected' : 'returned',
        finishedAt: now.toISOString(),
        pendingSigners: [],
        stageDueAt: null, stageDueNote: null,
      }
    }
    const saved = await saveRun(req, options, run, changes)
    await appendAudit(req, options, {
      action: args.decision,
      docCollection: run.docCollection,
      docId: run.docId,
      runId: run.id,
      stage: index,
      opinion,
      revisionHash: hash,
      actingFor,
      detail: checkNote,
    })
    if (saved.status === 'in_review' && saved.currentStage !== run.currentStage) await notifyAssigned(req, options, saved)
    if (saved.status !== 'in_review') {
      const outcome = { approved: ['approved', '已终审'], rejected: ['rejected', '未获同意'], returned: ['returned', '被退回修改'] } as const
      const [kind, verb] = outcome[saved.status as keyof typeof outcome]
      await notify(req, options, {
        recipients: [run.author],
        kind,
        title: `《${run.title ?? ''}》${verb}`,
        message: `${stage.label}：${nameOf(user)}${opinion ? `，意见：${opinion}` : ''}`,
        collection: run.docCollection,
        docId: run.docId,
        runId: run.id,
      })
    }
    if (final && !run.emergency?.published) {
      await publishDocument(req, options, saved, false)
      await appendAudit(req, options, { action: 'publish', docCollection: run.docCollection, docId: run.docId, runId: run.id, revisionHash: hash })
    }
    if (!final && args.decision !== 'approve' && run.emergency?.published) {
      // An emergency-published item that fails review leaves the portal.
      await unpublishDocument(req, saved)
    }
    return saved
  })
}

/** 撤回: the author takes the item back before anyone has signed. */
export async function withdraw(req: PayloadRequest, options: SanitizedOptions, args: { runId: Id }): Promise<Run> {
  const user = currentUser(req)
  return inTransaction(req, async () => {
    const run = await lockRun(req, options, args.runId)
    if (!same(run.author, user.id)) throw refuse(403, '只有提交人可以撤回。')
    if (run.status !== 'in_review') throw refuse(409, `该稿件当前为“${RUN_STATUS_LABELS[run.status]}”，不能撤回。`)
    if (run.signatures.length > 0) throw refuse(409, '已有审核人签发意见，不能撤回；如需修改请联系当前审核人退回。')
    const saved = await saveRun(req, options, run, { status: 'withdrawn', finishedAt: new Date().toISOString(), pendingSigners: [], stageDueAt: null, stageDueNote: null })
    await appendAudit(req, options, { action: 'withdraw', docCollection: run.docCollection, docId: run.docId, runId: run.id, revisionHash: run.revisionHash })
    return saved
  })
}

type UserDoc = { id: Id; name?: string; email?: string } & Record<string, unknown>

const rolesOf = (options: SanitizedOptions, user: Record<string, unknown>): string[] => {
  const roles = user[options.userRolesField]
  return Array.isArray(roles) ? roles.map(String) : []
}

const isNonSigning = (options: SanitizedOptions, user: Record<string, unknown>) =>
  rolesOf(options, user).some((r) => options.nonSigningRoles.includes(r))

/** The item's writer (录入人), when the collection records one. */
function writerOf(options: SanitizedOptions, collection: string, doc: Record<string, unknown>): Id | null {
  const field = options.collections[collection]?.writerField ?? 'createdBy'
  return idOf(doc[field])
}

/**
 * Why `to` may not sign the current stage for `from`, or null. Allowed: a colleague of the
 * delegator's own unit holding the role the stage's signers were chosen by (for a stage of
 * named users, one of the delegator's roles), or a deputy the host configured. Never an
 * administrator of 三员, the item's writer (录入人) or its submitter, nor someone who signed
 * another stage of the run when one person signs one stage.
 */
async function delegationRefusal(
  req: PayloadRequest,
  options: SanitizedOptions,
  run: Run,
  from: UserDoc,
  to: UserDoc,
): Promise<{ status: number; message: string } | null> {
  const index = run.currentStage ?? 0
  const stage = run.route[index]
  if (same(to.id, from.id)) return { status: 400, message: '不能委托给自己。' }
  if (isNonSigning(options, to)) {
    return { status: 403, message: '不能委托给系统管理员、安全管理员或审计管理员：三员不参与内容审核。' }
  }
  if (same(to.id, run.author)) return { status: 403, message: '不能委托给稿件作者：作者不能审核自己的稿件。' }
  const doc = await latestDraft(req, run.docCollection, run.docId)
  if (same(to.id, writerOf(options, run.docCollection, doc))) {
    return { status: 403, message: '不能委托给稿件录入人：录入人不能审核自己录入的稿件。' }
  }
  if (options.oneStagePerSigner && run.signatures.some((s) => s.stage !== index && same(s.signer, to.id))) {
    return { status: 403, message: '被委托人已签发本流程的其他环节，同一人在一个审核流程中只能签发一个环节。' }
  }
  const deputies = (await options.deputies?.({ req, from, collection: run.docCollection, docId: run.docId, stage: stage.label })) ?? []
  if (deputies.some((d) => same(d, to.id))) return null
  const fromUnit = idOf(from[options.userUnitField])
  if (fromUnit === null || !same(to[options.userUnitField], fromUnit)) {
    return { status: 403, message: '只能委托本单位的同事（或配置的代签人）签发。' }
  }
  const qualifying = stage.role ? [stage.role] : rolesOf(options, from).filter((r) => !options.nonSigningRoles.includes(r))
  if (!rolesOf(options, to).some((r) => qualifying.includes(r))) {
    return { status: 403, message: `被委托人不具备签发“${stage.label}”环节的资格：只能委托本单位同一岗位的同事（或配置的代签人）。` }
  }
  return null
}

/** 委托: a signer of the current stage lets an eligible colleague sign for them ("acting for"). */
export async function delegate(
  req: PayloadRequest,
  options: SanitizedOptions,
  args: { runId: Id; to: Id; reason?: string },
): Promise<Run> {
  const user = currentUser(req)
  return inTransaction(req, async () => {
    const run = await lockRun(req, options, args.runId)
    if (run.status !== 'in_review') throw refuse(409, `该稿件当前为“${RUN_STATUS_LABELS[run.status]}”，不能委托。`)
    const index = run.currentStage ?? 0
    const stage = run.route[index]
    if (!stage.signers.some((s) => same(s.id, user.id))) throw refuse(403, `您不是当前环节“${stage.label}”的签发人，不能委托。`)
    if (same(args.to, user.id)) throw refuse(400, '不能委托给自己。')
    const delegateUser = (await req.payload
      .findByID({ collection: options.usersCollection as CollectionSlug, id: args.to, depth: 0, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)) as UserDoc | null
    if (!delegateUser) throw refuse(400, '被委托人不存在。')
    const refusal = await delegationRefusal(req, options, run, user as UserDoc, delegateUser)
    if (refusal) throw refuse(refusal.status, refusal.message)
    const delegations = [...run.delegations, { stage: index, from: user.id, to: args.to, reason: args.reason ?? null, at: new Date().toISOString() }]
    const saved = await saveRun(req, options, run, { delegations, pendingSigners: pendingFor({ ...run, delegations }, index) })
    await appendAudit(req, options, {
      action: 'delegate',
      docCollection: run.docCollection,
      docId: run.docId,
      runId: run.id,
      stage: index,
      opinion: `委托 ${nameOf(delegateUser as { id: Id; name?: string })} 代为签发${args.reason ? `：${args.reason}` : ''}`,
      revisionHash: run.revisionHash,
    })
    await notify(req, options, {
      recipients: [args.to],
      kind: 'delegated',
      title: `${nameOf(user)}委托您签发《${run.title ?? ''}》`,
      message: `环节：${stage.label}${args.reason ? `；原因：${args.reason}` : ''}`,
      collection: run.docCollection,
      docId: run.docId,
      runId: run.id,
    })
    return saved
  })
}

/** 紧急发布: publishes the submitted revision now; review continues and must finish in time. */
export async function emergencyPublish(
  req: PayloadRequest,
  options: SanitizedOptions,
  args: { runId: Id; reason: string },
): Promise<Run> {
  const user = currentUser(req)
  const reason = args.reason?.trim()
  if (!reason) throw refuse(400, '紧急发布必须填写理由。')
  const roles = user[options.userRolesField]
  if (!Array.isArray(roles) || !roles.some((r) => options.emergencyRoles.includes(String(r)))) {
    throw refuse(403, '您无权紧急发布。')
  }
  return inTransaction(req, async () => {
    const run = await lockRun(req, options, args.runId)
    if (run.status !== 'in_review') throw refuse(409, `该稿件当前为“${RUN_STATUS_LABELS[run.status]}”，不能紧急发布。`)
    if (run.emergency?.published) throw refuse(409, '该稿件已紧急发布。')
    if (options.collections[run.docCollection]?.emergency === false) throw refuse(403, '此类稿件不能紧急发布，须审核通过后才能发布。')
    if (same(run.author, user.id)) throw refuse(403, '作者不能紧急发布自己的稿件。')
    const config = collectionOptions(options, run.docCollection)
    const doc = await latestDraft(req, run.docCollection, run.docId)
    if (config.classifiedField && doc[config.classifiedField]) throw refuse(403, '涉密信息不得发布，紧急发布也不例外。')
    if (revisionHash(doc, config.reviewedFields) !== run.revisionHash) throw refuse(409, '稿件在送审后已被修改，不能紧急发布。')
    const contentCheck = await checkRevision(req, options, run.docCollection, doc)
    refuseBlocked(contentCheck, '紧急发布')
    const warnings = warningsOf(contentCheck)
    const now = new Date()
    const saved = await saveRun(req, options, run, {
      contentCheck,
      emergency: {
        published: true,
        reason,
        by: user.id,
        at: now.toISOString(),
        reviewDueAt: addWorkingDays(now, options.emergencyReviewDays, options.isWorkingDay).toISOString(),
      },
    })
    await appendAudit(req, options, {
      action: 'emergency',
      docCollection: run.docCollection,
      docId: run.docId,
      runId: run.id,
      opinion: reason,
      revisionHash: run.revisionHash,
      detail: warnings.length > 0 ? `内容检测提示：${summariseFindings(warnings)}（紧急发布理由即处理说明）` : null,
    })
    await publishDocument(req, options, saved, true)
    await notify(req, options, {
      recipients: [run.author, ...(saved.pendingSigners ?? [])],
      kind: 'emergency',
      title: `《${run.title ?? ''}》已紧急发布，须尽快完成审核`,
      message: `${nameOf(user)}紧急发布，理由：${reason}`,
      collection: run.docCollection,
      docId: run.docId,
      runId: run.id,
    })
    return saved
  })
}

/** Voids an in-review run whose item was edited after submission (called from afterChange). */
export async function voidIfEdited(req: PayloadRequest, options: SanitizedOptions, collection: string, doc: Record<string, unknown>) {
  const run = await findActiveRun(req, options, collection, doc.id as Id)
  if (!run) return
  const hash = revisionHash(doc, options.collections[collection].reviewedFields)
  if (hash === run.revisionHash) return
  const locked = await lockRun(req, options, run.id)
  if (locked.status !== 'in_review') return
  await saveRun(req, options, locked, { status: 'voided', finishedAt: new Date().toISOString(), pendingSigners: [], stageDueAt: null, stageDueNote: null })
  await appendAudit(req, options, {
    action: 'void',
    docCollection: collection,
    docId: doc.id as Id,
    runId: run.id,
    opinion: '送审后内容被修改，审核作废，需重新提交',
    revisionHash: hash,
  })
}

/** The field the collection shows as its documents' title in the admin (useAsTitle). */
function titleFieldOf(req: PayloadRequest, collection: string): string {
  return req.payload.collections[collection as CollectionSlug]?.config.admin?.useAsTitle ?? 'title'
}

/**
 * The author has handed the item over: Payload's edit lock (taken when the author typed in the
 * edit view) is released, so the signers who open it next are not told that it is being edited.
 */
async function releaseEditLock(req: PayloadRequest, collection: string, id: Id): Promise<void> {
  if (!req.payload.collections['payload-locked-documents' as CollectionSlug]) return
  await req.payload.delete({
    collection: 'payload-locked-documents' as CollectionSlug,
    where: { and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }] },
    overrideAccess: true,
    req,
  })
}
