import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { userError } from '../errors'
import type { SanitizedOptions } from '../options'
import { conditionFields, conditionLabels } from '../labels'
import { describeGroup, evaluateGroup } from './conditions'
import type { NormalizedDefinition, NormalizedStage } from './definitions'

export type Signer = { id: number | string; name: string }

/** A stage as frozen on the run at submission. */
export type RouteStage = {
  index: number
  label: string
  mode: 'one' | 'all' | 'any'
  signers: Signer[]
  /** The role the stage's signers were chosen by (none for named users): who else may be delegated the stage. */
  role?: string | null
  deadlineDays: number | null
  checklist: string[]
  /** Why the stage is on the route (its condition), empty for stages that always apply. */
  because: string
}

/**
 * The Chinese names of a collection's fields and of their values, so a condition reads
 * 涉及领导活动 属于 县级领导活动或图片 … and 写给领导 = 是 on the route and the review form.
 */
export function routeLabels(
  req: PayloadRequest,
  options: SanitizedOptions,
  collection: string,
): { labels: Record<string, string>; valueLabels: Record<string, Record<string, string>> } {
  const fields = req.payload.collections[collection as CollectionSlug]?.config.fields ?? []
  return conditionLabels(conditionFields(fields, { fieldLabels: options.collections[collection]?.fieldLabels }))
}

type UserDoc = { id: number | string; name?: string; email?: string }

const nameOf = (u: UserDoc) => u.name || u.email || String(u.id)

const rolesOf = (u: UserDoc, options: SanitizedOptions): string[] => {
  const roles = (u as Record<string, unknown>)[options.userRolesField]
  return Array.isArray(roles) ? roles.map(String) : []
}

async function candidates(
  req: PayloadRequest,
  options: SanitizedOptions,
  stage: NormalizedStage,
  docUnit: number | string | undefined,
): Promise<UserDoc[]> {
  const spec = stage.signers
  let where: Where
  if (spec.type === 'users') {
    where = { id: { in: spec.users } }
  } else {
    const byRole: Where = { [options.userRolesField]: { contains: spec.role } }
    let unit: number | string | undefined
    if (spec.type === 'relative') {
      if (docUnit === undefined) throw userError(`环节“${stage.label}”按作者单位确定签发人，但该内容没有所属单位。`, 400)
      unit = docUnit
    } else if (spec.unit !== undefined) {
      unit = spec.unit
    } else if (spec.unitCode) {
      const found = await req.payload.find({
        collection: options.unitsCollection as never,
        where: { code: { equals: spec.unitCode } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
      unit = (found.docs[0] as { id?: number | string } | undefined)?.id
      if (unit === undefined) throw userError(`环节“${stage.label}”限定的单位（机构代码 ${spec.unitCode}）不存在。`, 400)
    }
    where = unit === undefined ? byRole : { and: [byRole, { [options.userUnitField]: { equals: unit } }] }
  }
  const found = await req.payload.find({
    collection: options.usersCollection as never,
    where,
    sort: 'id',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs as unknown as UserDoc[]
}

/**
 * Resolves who signs each applicable stage, for this document and author. Neither the author
 * (who submits) nor the writer (录入人) is ever a signer; a stage left without signers refuses
 * the submission with a clear reason.
 */
export async function resolveRoute(
  req: PayloadRequest,
  options: SanitizedOptions,
  definition: NormalizedDefinition,
  doc: Record<string, unknown>,
  {
    authorId,
    writerId = null,
    unitField,
    labels = {},
    valueLabels = {},
  }: { authorId: number | string; writerId?: number | string | null; unitField: string; labels?: Record<string, string>; valueLabels?: Record<string, Record<string, string>> },
): Promise<RouteStage[]> {
  const rawUnit = doc[unitField] as number | string | { id: number | string } | undefined
  const docUnit = rawUnit && typeof rawUnit === 'object' ? rawUnit.id : rawUnit
  const route: RouteStage[] = []
  for (const stage of definition.stages) {
    if (!evaluateGroup(doc, stage.when)) continue
    const excluded = [authorId, writerId].filter((id) => id !== null).map(String)
    // 三员 never sign: a stage of theirs could never be signed.
    const users = (await candidates(req, options, stage, docUnit)).filter(
      (u) => !excluded.includes(String(u.id)) && !rolesOf(u, options).some((r) => options.nonSigningRoles.includes(r)),
    )
    if (users.length === 0) {
      throw userError(`无法提交：环节“${stage.label}”没有可签发人（作者、录入人不能审核自己的稿件）。请联系安全管理员配置相应角色。`, 400)
    }
    const signers = (stage.mode === 'one' ? users.slice(0, 1) : users).map((u) => ({ id: u.id, name: nameOf(u) }))
    route.push({
      index: route.length,
      label: stage.label,
      mode: stage.mode,
      signers,
      role: stage.signers.type === 'users' ? null : stage.signers.role,
      deadlineDays: stage.deadlineDays,
      checklist: stage.checklist,
      because: describeGroup(stage.when, labels, valueLabels),
    })
  }
  return route
}
